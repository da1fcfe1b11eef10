package uk.harbour.shared;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The indicator prompts a reporter may note observations against, each in its evidence group. The
 * wording lives in messages/intake.properties ({@code intake.indicator.<NAME>}) and never blames
 * the child.
 */
public enum Indicator {
  DISABILITY(IndicatorGroup.EVIDENCED_CORRELATES),
  IN_CARE(IndicatorGroup.EVIDENCED_CORRELATES),
  PREVIOUS_SEXUAL_ABUSE(IndicatorGroup.EVIDENCED_CORRELATES),

  GOING_MISSING(IndicatorGroup.SIGNS_OF_HARM),
  ADULTS_WHO_WORRY_YOU(IndicatorGroup.SIGNS_OF_HARM),
  UNEXPLAINED_GIFTS_OR_MONEY(IndicatorGroup.SIGNS_OF_HARM),
  GIVEN_ALCOHOL_OR_DRUGS(IndicatorGroup.SIGNS_OF_HARM),
  CONTROLLED_BY_SOMEONE(IndicatorGroup.SIGNS_OF_HARM),
  ONLINE_CONTACT_OR_IMAGES(IndicatorGroup.SIGNS_OF_HARM),
  SEEN_WHERE_CHILDREN_ARE_EXPLOITED(IndicatorGroup.SIGNS_OF_HARM),
  SEXUAL_HEALTH(IndicatorGroup.SIGNS_OF_HARM),
  UNEXPLAINED_INJURIES(IndicatorGroup.SIGNS_OF_HARM),

  NOT_IN_EDUCATION(IndicatorGroup.WITHOUT_EVIDENCE),
  CHANGES_IN_MOOD(IndicatorGroup.WITHOUT_EVIDENCE),
  DIFFICULTIES_AT_HOME(IndicatorGroup.WITHOUT_EVIDENCE),
  FRIENDS_WHO_ARE_EXPLOITED(IndicatorGroup.WITHOUT_EVIDENCE),
  DISADVANTAGE(IndicatorGroup.WITHOUT_EVIDENCE);

  private final IndicatorGroup group;

  Indicator(IndicatorGroup group) {
    this.group = group;
  }

  public IndicatorGroup group() {
    return group;
  }

  public static List<Indicator> in(IndicatorGroup group) {
    return Arrays.stream(values()).filter(i -> i.group == group).toList();
  }

  public static @Nullable Indicator parse(@Nullable String name) {
    return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst().orElse(null);
  }
}

package uk.harbour.cases.assessment;

import java.util.Arrays;
import java.util.List;

/**
 * The narrative parts of an assessment, each a free-text answer in one section. Labels and hints
 * live in messages/cases/assessment.properties ({@code assessment.field.<NAME>}).
 */
public enum Narrative {
  NEEDS(Section.PRACTITIONER),
  THINK_ABOUT(Section.PRACTITIONER),
  DO_FOR_THEM(Section.PRACTITIONER),
  RISKS_REDUCING(Section.PRACTITIONER),
  MY_SUPPORT(Section.PRACTITIONER),
  NOT_SEEN_AS_ABUSE(Section.YOUNG_PERSON),
  PLAN_KEEPS_SAFE(Section.YOUNG_PERSON),
  OTHERS_AT_RISK(Section.YOUNG_PERSON),
  COURT_SUPPORT(Section.YOUNG_PERSON),
  HOPE(Section.YOUNG_PERSON),
  STRENGTHS(Section.STRENGTHS),
  FAMILY_VIEWS(Section.FAMILY),
  PEER_GROUP(Section.CONTEXT),
  SCHOOL(Section.CONTEXT),
  NEIGHBOURHOOD(Section.CONTEXT),
  ONLINE(Section.CONTEXT),
  LEVEL_REASONS(Section.JUDGEMENT),
  FAMILY_SUMMARY(Section.SUMMARY);

  /** The longest text any part may hold; longer text is refused with an error, never cut. */
  public static final int MAX_LENGTH = 10_000;

  /** The sections of the assessment, in the order they are shown. */
  public enum Section {
    PRACTITIONER,
    YOUNG_PERSON,
    STRENGTHS,
    FAMILY,
    CONTEXT,
    JUDGEMENT,
    SUMMARY
  }

  private final Section section;

  Narrative(Section section) {
    this.section = section;
  }

  public Section section() {
    return section;
  }

  public static List<Narrative> in(Section section) {
    return Arrays.stream(values()).filter(n -> n.section == section).toList();
  }
}

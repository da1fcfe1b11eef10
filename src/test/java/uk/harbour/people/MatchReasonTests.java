package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.harbour.matching.FieldMatch;
import uk.harbour.matching.MatchModel;

/**
 * Match reasons are shown from the message bundle in plain words; every field and level the
 * matching model can report has its words, and the duplicate queue's stored form reads back the
 * same.
 */
class MatchReasonTests {

  @Test
  void everyFieldLevelAndStrengthHasPlainWordsInTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/messages/people.properties")) {
      bundle.load(in);
    }
    List<String> missing = new ArrayList<>();
    for (MatchModel.LevelParameters p : MatchModel.defaults().parameters()) {
      String field = MatchReason.key(p.field());
      if (!bundle.containsKey("matching.field." + field)) {
        missing.add("matching.field." + field);
      }
      String level = "matching.level." + field + "." + MatchReason.key(p.level());
      if (!bundle.containsKey(level)) {
        missing.add(level);
      }
    }
    for (MatchReason.Strength s : MatchReason.Strength.values()) {
      if (!bundle.containsKey("matching.strength." + s)) {
        missing.add("matching.strength." + s);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(MatchModel.defaults().parameters()).hasSizeGreaterThan(30);
  }

  @Test
  void strengthIsSaidInWordsFromTheWeight() {
    assertThat(MatchReason.Strength.of(7.4)).isEqualTo(MatchReason.Strength.STRONG_AGREEMENT);
    assertThat(MatchReason.Strength.of(3.9)).isEqualTo(MatchReason.Strength.AGREES);
    assertThat(MatchReason.Strength.of(1.0)).isEqualTo(MatchReason.Strength.PARTLY_AGREES);
    assertThat(MatchReason.Strength.of(0.1)).isEqualTo(MatchReason.Strength.LITTLE_DIFFERENCE);
    assertThat(MatchReason.Strength.of(-2)).isEqualTo(MatchReason.Strength.DISAGREES);
    assertThat(MatchReason.Strength.of(-9)).isEqualTo(MatchReason.Strength.STRONGLY_DISAGREES);
  }

  @Test
  void aReasonIsKeyedByFieldAndLevelAndReadsBackFromItsStoredForm() {
    MatchReason r =
        MatchReason.of(new FieldMatch("given name", "nickname, variant or other name", 3.91));
    assertThat(r.field()).isEqualTo("given-name");
    assertThat(r.level()).isEqualTo("nickname-variant-or-other-name");
    assertThat(r.strength()).isEqualTo(MatchReason.Strength.AGREES);
    assertThat(r.weightText()).isEqualTo("+3.9");
    MatchReason back = MatchReason.parse(r.stored());
    assertThat(back.field()).isEqualTo(r.field());
    assertThat(back.level()).isEqualTo(r.level());
    assertThat(back.weight()).isEqualTo(3.91);
    assertThat(back.legacy()).isFalse();
  }

  @Test
  void anOldFreeTextLineIsShownAsItWas() {
    MatchReason old = MatchReason.parse("date of birth: exact (+4.3)");
    assertThat(old.legacy()).isTrue();
    assertThat(old.text()).isEqualTo("date of birth: exact (+4.3)");
  }
}

package uk.harbour.tools.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.language.GuideMatcher;

/** The sentence-level counts for a corpus written without sight of the guide. */
class VerdictCorpusTests {

  private static final GuideMatcher MATCHER = GuideMatcher.builtIn();

  private static final String CORPUS =
      """
      # written for this test only
      blames\tlabel\tage=14\tStaff say she keeps putting herself at risk at weekends.
      blames\tinvented\t-\tZorbly quibbled the frandish wemble.
      fine\tordinary\t-\tShe went to the dentist with her aunt on Tuesday.
      fine\tprofessional-risk\t-\tStaff keep putting herself at risk on every form they fill in.
      """;

  @Test
  void countsEachSentenceOnceAndEachEntryFoundByVerdict() {
    List<VerdictCorpus.Sentence> sentences = VerdictCorpus.parse(CORPUS);
    VerdictCorpus.Result result = VerdictCorpus.evaluate(MATCHER, sentences);

    assertThat(sentences).hasSize(4);
    assertThat(sentences.get(0).blames()).isTrue();
    assertThat(sentences.get(0).context().childAge()).isEqualTo(14);
    assertThat(result.overall().truePositives()).isEqualTo(1);
    assertThat(result.overall().falseNegatives()).isEqualTo(1);
    assertThat(result.overall().falsePositives()).isEqualTo(1);
    assertThat(result.overall().recall()).isEqualTo(0.5);
    assertThat(result.byConcept().get("invented").falseNegatives()).isEqualTo(1);
    assertThat(result.byConcept().get("ordinary").falsePositives()).isZero();
    assertThat(result.byEntry()).isNotEmpty();
    assertThat(result.byEntry().values())
        .allSatisfy(s -> assertThat(s.truePositives() + s.falsePositives()).isPositive());
    assertThat(result.mistakes()).hasSize(2);
  }

  @Test
  void recognisesItsFormatAndRefusesAnUnknownVerdict() {
    assertThat(VerdictCorpus.isVerdictCorpus(CORPUS)).isTrue();
    assertThat(VerdictCorpus.isVerdictCorpus("# c\n-\t-\tShe went home.\n")).isFalse();
    assertThatThrownBy(() -> VerdictCorpus.parse("maybe\tx\t-\tShe went home.\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Line 1");
    assertThatThrownBy(() -> VerdictCorpus.parse("fine\tx\tShe went home.\n"))
        .hasMessageContaining("four columns");
  }
}

package uk.harbour.tools.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.harbour.language.GuideEntry;
import uk.harbour.language.GuideMatcher;

/**
 * Precision and recall of the built-in guide on the labelled corpora (figures are printed). The
 * tuning corpora (corpus.tsv, dev-corpus.tsv) must reach the targets, 0.95 and 0.90; the
 * held-out ones the targets for unseen sentences, 0.90 and 0.85.
 */
class LanguageCorpusTests {

  private final GuideMatcher matcher = GuideMatcher.builtIn();

  @ParameterizedTest
  @CsvSource({
    "corpus.tsv, 300, 0.95, 0.90",
    "dev-corpus.tsv, 200, 0.95, 0.90",
    "corpus-holdout.tsv, 60, 0.90, 0.85",
    "corpus-holdout-2.tsv, 100, 0.90, 0.85"
  })
  void corpusReachesItsTargets(String file, int size, double precision, double recall)
      throws Exception {
    List<LabelledCorpus.Sentence> sentences = read("/language/" + file);
    LabelledCorpus.Result result = LabelledCorpus.evaluate(matcher, sentences);
    System.out.println(LabelledCorpus.report(file, sentences.size(), result));

    assertThat(sentences).hasSizeGreaterThanOrEqualTo(size);
    assertThat(result.overall().precision()).isGreaterThanOrEqualTo(precision);
    assertThat(result.overall().recall()).isGreaterThanOrEqualTo(recall);
  }

  /**
   * The third-round corpus, written without sight of the guide, is measured by the benchmark, not
   * asserted here: the guide does not reach the targets on it yet (docs/language.md). This
   * checks only that it stays what the issue asks for: at least 400 sentences, about half blaming.
   */
  @Test
  void theRoundThreeCorpusIsLargeAndBalanced() throws Exception {
    String content;
    try (InputStream in = getClass().getResourceAsStream("/language/corpus-round3.tsv")) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<VerdictCorpus.Sentence> sentences = VerdictCorpus.parse(content);
    long blaming = sentences.stream().filter(VerdictCorpus.Sentence::blames).count();

    assertThat(sentences).hasSizeGreaterThanOrEqualTo(400);
    assertThat(blaming).isBetween(sentences.size() * 2L / 5, sentences.size() * 3L / 5);
    assertThat(sentences.stream().map(VerdictCorpus.Sentence::text).distinct().count())
        .isEqualTo(sentences.size());
  }

  @Test
  void everyEntryHasPositivesInBothTuningCorpora() throws Exception {
    Set<String> ids = matcher.entries().stream().map(GuideEntry::id).collect(Collectors.toSet());
    for (String file : List.of("corpus.tsv", "dev-corpus.tsv")) {
      Set<String> covered =
          read("/language/" + file).stream()
              .flatMap(s -> s.expected().stream())
              .collect(Collectors.toSet());

      assertThat(covered).as(file).containsAll(ids);
      assertThat(ids).as(file).containsAll(covered);
    }
  }

  @Test
  void aMissedPhraseLowersRecall() {
    List<LabelledCorpus.Sentence> sentences =
        LabelledCorpus.parse(
            "promiscuous\t-\tShe is promiscuous.\nstreetwise\t-\tShe is fine.\n"
                + "-\tage=14;names=Jade\tJade said \"he is my boyfriend and he is 25\".\n");
    LabelledCorpus.Result result = LabelledCorpus.evaluate(matcher, sentences);

    assertThat(result.overall().truePositives()).isEqualTo(1);
    assertThat(result.overall().falseNegatives()).isEqualTo(1);
    assertThat(result.overall().falsePositives()).isZero();
    assertThat(result.overall().recall()).isEqualTo(0.5);
    assertThat(result.mistakes()).containsExactly("FN streetwise: She is fine.");
  }

  /**
   * Reads a labelled corpus from the test resources (see {@link LabelledCorpus} for the format).
   */
  private static List<LabelledCorpus.Sentence> read(String resource) throws IOException {
    try (InputStream in = LanguageCorpusTests.class.getResourceAsStream(resource)) {
      return LabelledCorpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Precision and recall of the built-in guide on the labelled corpus (figures are printed). */
class LanguageCorpusTests {

  private final GuideMatcher matcher = GuideMatcher.builtIn();

  @Test
  void corpusReachesTheTargets() throws Exception {
    List<Corpus.Sentence> sentences = Corpus.read("/language/corpus.tsv");
    Corpus.Result result = Corpus.evaluate(matcher, sentences);
    System.out.println(Corpus.report("corpus.tsv", result));

    assertThat(sentences).hasSizeGreaterThanOrEqualTo(300);
    assertThat(result.overall().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(result.overall().recall()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void everyEntryHasPositivesInTheCorpus() throws Exception {
    Set<String> covered =
        Corpus.read("/language/corpus.tsv").stream()
            .flatMap(s -> s.expected().stream())
            .collect(Collectors.toSet());
    Set<String> ids = matcher.entries().stream().map(GuideEntry::id).collect(Collectors.toSet());

    assertThat(covered).containsAll(ids);
    assertThat(ids).containsAll(covered);
  }

  @Test
  void heldOutCorpusIsReported() throws Exception {
    List<Corpus.Sentence> sentences = Corpus.read("/language/corpus-holdout.tsv");
    Corpus.Result result = Corpus.evaluate(matcher, sentences);
    System.out.println(Corpus.report("corpus-holdout.tsv", result));

    assertThat(sentences).hasSizeGreaterThanOrEqualTo(60);
    assertThat(result.overall().precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(result.overall().recall()).isGreaterThanOrEqualTo(0.85);
  }
}

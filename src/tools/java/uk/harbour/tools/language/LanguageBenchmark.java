package uk.harbour.tools.language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.harbour.language.GuideMatcher;
import uk.harbour.language.LanguageCommand;
import uk.harbour.language.TextContext;

/**
 * {@code language benchmark [--words 10000] [--runs 200] [--corpus corpus.tsv]...}: times the guide
 * on a synthetic note of that many words (ordinary case-note sentences with a flagged phrase now
 * and then), on 1 MB of text and on 1 MB of opening quotation marks that never close; then prints
 * precision and recall, overall and per entry, on each labelled corpus ({@link LabelledCorpus}, or
 * {@link VerdictCorpus} for a corpus written without sight of the guide; its figures are printed by
 * concept, never its sentences, so that nobody tunes the guide to them). Without {@code --corpus}
 * it reads the corpora in src/test/resources/language when run from the repository. Prints the
 * median and 95th percentile; asserts nothing (figures go in docs/benchmarks.md).
 */
final class LanguageBenchmark {

  static final List<String> DEFAULT_CORPORA =
      List.of(
          "src/test/resources/language/corpus.tsv",
          "src/test/resources/language/dev-corpus.tsv",
          "src/test/resources/language/corpus-holdout.tsv",
          "src/test/resources/language/corpus-holdout-2.tsv",
          "src/test/resources/language/corpus-round3.tsv");

  private static final String[] SENTENCES = {
    "Visited Leah at the unit after school and we talked about her week.",
    "She said the men at the flat give her vodka and cigarettes.",
    "Her mum is worried and has asked for help with the evenings.",
    "The school reports that attendance has dropped since October.",
    "Staff feel she keeps putting herself at risk at the weekends.",
    "A return home interview was offered within 72 hours and she agreed.",
    "Police have issued a warning notice to the adult seen with her.",
    "He was recruited by older boys and is working for a dealer.",
  };

  private final PrintStream out;
  private final PrintStream err;

  LanguageBenchmark(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(GuideMatcher matcher, int words, int runs, List<String> corpora) {
    speed(matcher, words, runs);
    List<String> files = corpora.isEmpty() ? DEFAULT_CORPORA : corpora;
    int status = LanguageCommand.OK;
    for (String file : files) {
      Path path = Path.of(file);
      if (corpora.isEmpty() && !Files.exists(path)) {
        out.println("language benchmark: " + file + " not found (run from the repository)");
        continue;
      }
      try {
        out.print(figures(matcher, path, Files.readString(path, StandardCharsets.UTF_8)));
      } catch (IOException | IllegalArgumentException e) {
        err.println("language: cannot read the corpus " + file + ": " + e.getMessage());
        status = LanguageCommand.BAD_INPUT;
      }
    }
    out.flush();
    return status;
  }

  /** The figures for one corpus, in whichever of the two labelled formats it is written. */
  private static String figures(GuideMatcher matcher, Path path, String content) {
    String name = "language benchmark: " + path.getFileName();
    if (VerdictCorpus.isVerdictCorpus(content)) {
      List<VerdictCorpus.Sentence> sentences = VerdictCorpus.parse(content);
      return VerdictCorpus.report(
          name, sentences.size(), VerdictCorpus.evaluate(matcher, sentences), false);
    }
    List<LabelledCorpus.Sentence> sentences = LabelledCorpus.parse(content);
    return LabelledCorpus.report(
        name, sentences.size(), LabelledCorpus.evaluate(matcher, sentences), false);
  }

  private void speed(GuideMatcher matcher, int words, int runs) {
    String note = note(words);
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append(note).append('\n');
    }
    String megabyte = big.substring(0, 1_000_000);
    String quotes = "\u201c".repeat(999_960) + " she is putting herself at risk.";
    TextContext context = TextContext.ofAge(14);
    for (int i = 0; i < Math.max(300, runs); i++) {
      matcher.check(note, context);
    }
    double[] times = new double[runs];
    int findings = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      findings = matcher.check(note, context).size();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    out.printf(
        Locale.ROOT,
        "language benchmark: %d entries; note of %d words (%d characters), %d findings;"
            + " %d runs: median %.2f ms, 95th percentile %.2f ms%n",
        matcher.entries().size(),
        words,
        note.length(),
        findings,
        runs,
        times[runs / 2],
        times[Math.min(runs - 1, (int) (runs * 0.95))]);
    out.printf(
        Locale.ROOT,
        "language benchmark: 1 MB of text: median %.1f ms%n",
        median(matcher, megabyte, context));
    out.printf(
        Locale.ROOT,
        "language benchmark: 1 MB of unclosed quotation marks: median %.1f ms%n",
        median(matcher, quotes, context));
  }

  private static double median(GuideMatcher matcher, String text, TextContext context) {
    for (int i = 0; i < 3; i++) {
      matcher.check(text, context);
    }
    double[] times = new double[5];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      matcher.check(text, context);
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return times[2];
  }

  static String note(int words) {
    StringBuilder b = new StringBuilder();
    int count = 0;
    int i = 0;
    while (count < words) {
      String sentence = SENTENCES[i++ % SENTENCES.length];
      b.append(sentence).append(i % 5 == 0 ? "\n" : " ");
      count += sentence.split(" ").length;
    }
    return b.toString();
  }
}

package uk.harbour.language;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code language benchmark [--words 10000] [--runs 200]}: times the built-in guide on a synthetic
 * note of that many words (ordinary case-note sentences with a flagged phrase now and then), and on
 * 1 MB of text. Prints the median and 95th percentile; asserts nothing (figures go in
 * docs/benchmarks.md).
 */
final class LanguageBenchmark {

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

  LanguageBenchmark(PrintStream out) {
    this.out = out;
  }

  int run(int words, int runs) {
    GuideMatcher matcher = GuideMatcher.builtIn();
    String note = note(words);
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append(note).append('\n');
    }
    String megabyte = big.substring(0, 1_000_000);
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
    double[] big1 = new double[5];
    for (int i = 0; i < big1.length; i++) {
      long start = System.nanoTime();
      matcher.check(megabyte, context);
      big1[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(big1);
    out.printf(Locale.ROOT, "language benchmark: 1 MB of text: median %.1f ms%n", big1[2]);
    return LanguageCommand.OK;
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

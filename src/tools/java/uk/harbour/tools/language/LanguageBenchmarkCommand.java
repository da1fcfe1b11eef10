package uk.harbour.tools.language;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import uk.harbour.language.GuideMatcher;
import uk.harbour.language.LanguageCommand;

/**
 * {@code language benchmark [--words 10000] [--runs 200] [--corpus corpus.tsv]... [--guide
 * guide.yml]}: the guide's speed, and precision and recall on the labelled corpora ({@link
 * LanguageBenchmark}). Exit status as {@link LanguageCommand}'s.
 */
public final class LanguageBenchmarkCommand {

  static final String USAGE_TEXT =
      "Usage: language benchmark [--words 10000] [--runs 200] [--corpus corpus.tsv]..."
          + " [--guide guide.yml]";

  private final PrintStream out;
  private final PrintStream err;

  public LanguageBenchmarkCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the benchmark; {@code args} includes the words {@code language benchmark}. */
  public int run(String[] args) {
    String guide = null;
    int words = 10_000;
    int runs = 200;
    List<String> corpora = new ArrayList<>();
    for (int i = 2; i < args.length; i += 2) {
      String option = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        return usage(option + " needs a value");
      }
      switch (option) {
        case "--guide" -> guide = value;
        case "--corpus" -> corpora.add(value);
        case "--words" -> {
          Integer n = LanguageCommand.number(value, 1, 1_000_000);
          if (n == null) {
            return usage("--words needs a whole number from 1 to 1000000");
          }
          words = n;
        }
        case "--runs" -> {
          Integer n = LanguageCommand.number(value, 1, 100_000);
          if (n == null) {
            return usage("--runs needs a whole number from 1 to 100000");
          }
          runs = n;
        }
        default -> {
          return usage("unknown option " + option);
        }
      }
    }
    GuideMatcher matcher = LanguageCommand.guide(guide, err);
    if (matcher == null) {
      return LanguageCommand.BAD_INPUT;
    }
    return new LanguageBenchmark(out, err).run(matcher, words, runs, corpora);
  }

  private int usage(String message) {
    return LanguageCommand.usage(err, message, USAGE_TEXT);
  }
}

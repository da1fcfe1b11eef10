package uk.harbour.language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code language check --input notes.txt [--child-age 14] [--child-name Jade] [--format jsonl]
 * [--guide guide.yml]}: checks each line of the input (or standard input when the input is {@code
 * -}) and writes one JSON object per line with the line number, findings and their offsets into
 * that line ({@link LanguageCheck}). {@code language benchmark}: speed, and precision and recall on
 * the labelled corpora ({@link LanguageBenchmark}). Runs without Spring or the database. Exit
 * status 0 on success, 1 for unreadable input (or a JSON line that cannot be read), 2 for a usage
 * mistake.
 */
public final class LanguageCommand {

  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      "Usage: language check --input notes.txt [--child-age 14] [--child-name Jade]..."
          + " [--format text|jsonl] [--guide guide.yml]\n"
          + "       language benchmark [--words 10000] [--runs 200] [--corpus corpus.tsv]..."
          + " [--guide guide.yml]";

  private final PrintStream out;
  private final PrintStream err;

  public LanguageCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Whether {@code args} name this command ({@code language ...}). */
  public static boolean handles(String[] args) {
    return args.length >= 1 && args[0].equals("language");
  }

  /** Runs the command; {@code args} includes the words {@code language check}. */
  public int run(String[] args) {
    if (args.length < 2 || !(args[1].equals("check") || args[1].equals("benchmark"))) {
      return usage("the sub-commands are check and benchmark");
    }
    boolean check = args[1].equals("check");
    String input = null;
    String guide = null;
    String format = "text";
    Integer age = null;
    Set<String> names = new LinkedHashSet<>();
    int words = 10_000;
    int runs = 200;
    List<String> corpora = new ArrayList<>();
    for (int i = 2; i < args.length; i += 2) {
      String option = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        return usage(option + " needs a value");
      }
      switch (check ? "check " + option : "benchmark " + option) {
        case "check --input" -> input = value;
        case "check --guide", "benchmark --guide" -> guide = value;
        case "check --format" -> format = value;
        case "check --child-name" -> names.add(value);
        case "check --child-age" -> {
          age = number(value, 0, 25);
          if (age == null) {
            return usage("--child-age needs a whole number from 0 to 25");
          }
        }
        case "benchmark --words" -> {
          Integer n = number(value, 1, 1_000_000);
          if (n == null) {
            return usage("--words needs a whole number from 1 to 1000000");
          }
          words = n;
        }
        case "benchmark --runs" -> {
          Integer n = number(value, 1, 100_000);
          if (n == null) {
            return usage("--runs needs a whole number from 1 to 100000");
          }
          runs = n;
        }
        case "benchmark --corpus" -> corpora.add(value);
        default -> {
          return usage("unknown option " + option);
        }
      }
    }
    if (check && input == null) {
      return usage("--input is required");
    }
    if (!format.equals("text") && !format.equals("jsonl")) {
      return usage("--format is text or jsonl");
    }
    GuideMatcher matcher;
    try {
      matcher =
          guide == null
              ? GuideMatcher.builtIn()
              : GuideMatcher.of(GuideYaml.read(Files.readString(Path.of(guide))));
    } catch (IOException | IllegalArgumentException e) {
      err.println("language: cannot read the guide: " + e.getMessage());
      return BAD_INPUT;
    }
    if (!check) {
      return new LanguageBenchmark(out, err).run(matcher, words, runs, corpora);
    }
    TextContext defaults = new TextContext(age, false, Set.of(), names, Set.of());
    return new LanguageCheck(matcher, out, err).run(input, format.equals("jsonl"), defaults);
  }

  private static Integer number(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      return n < min || n > max ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private int usage(String message) {
    err.println("language: " + message);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  /** Findings as JSON (for the command and the endpoint's tests). */
  static String json(List<Finding> findings) {
    return FindingJson.findings(findings);
  }
}

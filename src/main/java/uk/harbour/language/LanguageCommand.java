package uk.harbour.language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code language check --input notes.txt [--child-age 14] [--child-name Jade] [--format jsonl]
 * [--guide guide.yml]}: checks each line of the input (or standard input when the input is {@code
 * -}) and writes one JSON object per line with the line number, findings and their offsets into
 * that line ({@link LanguageCheck}). Runs without Spring or the database. Exit status 0 on success,
 * 1 for unreadable input (or a JSON line that cannot be read), 2 for a usage mistake. ({@code
 * language benchmark} is a tool: {@code ./harbour-tools language benchmark}.)
 */
public final class LanguageCommand {

  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      "Usage: language check --input notes.txt [--child-age 14] [--child-name Jade]..."
          + " [--format text|jsonl] [--guide guide.yml]";

  private final PrintStream out;
  private final PrintStream err;

  public LanguageCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command; {@code args} includes the words {@code language check}. */
  public int run(String[] args) {
    if (args.length < 2 || !args[1].equals("check")) {
      return usage("the sub-command is check (language benchmark runs with ./harbour-tools)");
    }
    String input = null;
    String guide = null;
    String format = "text";
    Integer age = null;
    Set<String> names = new LinkedHashSet<>();
    for (int i = 2; i < args.length; i += 2) {
      String option = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        return usage(option + " needs a value");
      }
      switch (option) {
        case "--input" -> input = value;
        case "--guide" -> guide = value;
        case "--format" -> format = value;
        case "--child-name" -> names.add(value);
        case "--child-age" -> {
          age = number(value, 0, 25);
          if (age == null) {
            return usage("--child-age needs a whole number from 0 to 25");
          }
        }
        default -> {
          return usage("unknown option " + option);
        }
      }
    }
    if (input == null) {
      return usage("--input is required");
    }
    if (!format.equals("text") && !format.equals("jsonl")) {
      return usage("--format is text or jsonl");
    }
    GuideMatcher matcher = guide(guide, err);
    if (matcher == null) {
      return BAD_INPUT;
    }
    TextContext defaults = new TextContext(age, false, Set.of(), names, Set.of());
    return new LanguageCheck(matcher, out, err).run(input, format.equals("jsonl"), defaults);
  }

  /**
   * The guide in the YAML file at {@code path}, or the built-in guide when {@code path} is null;
   * null, after telling {@code err} why, when the file cannot be read.
   */
  public static @Nullable GuideMatcher guide(String path, PrintStream err) {
    try {
      return path == null
          ? GuideMatcher.builtIn()
          : GuideMatcher.of(GuideYaml.read(Files.readString(Path.of(path))));
    } catch (IOException | IllegalArgumentException e) {
      err.println("language: cannot read the guide: " + e.getMessage());
      return null;
    }
  }

  /** {@code value} as a whole number from {@code min} to {@code max}, or null. */
  public static @Nullable Integer number(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      return n < min || n > max ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private int usage(String message) {
    return usage(err, message, USAGE_TEXT);
  }

  /** Tells {@code err} what was wrong and how the command is used; returns {@link #USAGE}. */
  public static int usage(PrintStream err, String message, String usageText) {
    err.println("language: " + message);
    err.println(usageText);
    return USAGE;
  }

  /** Findings as JSON (for the command and the endpoint's tests). */
  static String json(List<Finding> findings) {
    return FindingJson.findings(findings);
  }
}

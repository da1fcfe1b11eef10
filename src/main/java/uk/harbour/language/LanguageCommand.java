package uk.harbour.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code language check --input notes.txt [--child-age 14] [--guide guide.yml]}: checks each line
 * of the input (or standard input when the input is {@code -}) and writes one JSON object per line
 * with the line number, findings and their offsets into that line. Runs without Spring or the
 * database. Exit status 0 on success, 1 for unreadable input, 2 for a usage mistake.
 */
public final class LanguageCommand {

  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      "Usage: language check --input notes.txt [--child-age 14] [--guide guide.yml]\n"
          + "       language benchmark [--words 10000] [--runs 200]";

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
    String input = null;
    Integer age = null;
    String guide = null;
    if (args.length >= 2 && args[1].equals("benchmark")) {
      return benchmark(args);
    }
    if (args.length < 2 || !args[1].equals("check")) {
      return usage("the sub-commands are check and benchmark");
    }
    for (int i = 2; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--input" -> input = value;
        case "--guide" -> guide = value;
        case "--child-age" -> {
          try {
            age = value == null ? null : Integer.valueOf(value);
          } catch (NumberFormatException e) {
            return usage("--child-age needs a whole number");
          }
          if (age == null || age < 0 || age > 25) {
            return usage("--child-age needs a whole number from 0 to 25");
          }
        }
        default -> {
          return usage("unknown option " + args[i]);
        }
      }
      i++;
    }
    if (input == null) {
      return usage("--input is required");
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
    TextContext context = TextContext.ofAge(age);
    try (BufferedReader reader = open(input)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        out.println(FindingJson.line(number, line, matcher.check(line, context)));
      }
    } catch (IOException e) {
      err.println("language: cannot read " + input + ": " + e.getMessage());
      return BAD_INPUT;
    }
    out.flush();
    return OK;
  }

  private static BufferedReader open(String input) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    var stream = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
    return new BufferedReader(new InputStreamReader(stream, decoder));
  }

  private int benchmark(String[] args) {
    int words = 10_000;
    int runs = 200;
    try {
      for (int i = 2; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--words" -> words = Integer.parseInt(args[i + 1]);
          case "--runs" -> runs = Integer.parseInt(args[i + 1]);
          default -> {
            return usage("unknown option " + args[i]);
          }
        }
      }
    } catch (NumberFormatException e) {
      return usage("--words and --runs need whole numbers");
    }
    if (words < 1 || runs < 1 || words > 1_000_000 || runs > 100_000) {
      return usage("--words from 1 to 1000000, --runs from 1 to 100000");
    }
    return new LanguageBenchmark(out).run(words, runs);
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

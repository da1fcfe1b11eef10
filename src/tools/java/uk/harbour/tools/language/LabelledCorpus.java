package uk.harbour.tools.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.harbour.language.Finding;
import uk.harbour.language.GuideMatcher;
import uk.harbour.language.TextContext;

/**
 * A labelled evaluation corpus and the guide's precision and recall on it. One sentence a line:
 * expected entry ids (comma-separated, {@code -} for none) TAB context TAB text ({@code \n} for a
 * line break); lines starting with # are comments. The context is {@code -}, or {@code ;}-separated
 * parts: {@code own} (the young person's own words), {@code age=14}, {@code names=Jade/Jade Smith}
 * (the child's names), {@code pronouns=she/her}, {@code adults=Dean/Marcus} (known adults).
 */
public final class LabelledCorpus {

  /** One labelled sentence. */
  public record Sentence(Set<String> expected, TextContext context, String text) {}

  /** Counts of true positives, false positives and false negatives. */
  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
      int wanted = truePositives + falseNegatives;
      return wanted == 0 ? 1.0 : (double) truePositives / wanted;
    }

    Score plus(int tp, int fp, int fn) {
      return new Score(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
  }

  /** Overall and per-entry scores, and every mistake ("FP id: text" or "FN id: text"). */
  public record Result(Score overall, Map<String, Score> byEntry, List<String> mistakes) {}

  private LabelledCorpus() {}

  /** Parses a corpus; throws IllegalArgumentException naming the line when one is malformed. */
  public static List<Sentence> parse(String content) {
    List<Sentence> sentences = new ArrayList<>();
    String[] lines = content.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String line =
          lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      if (cols.length < 3) {
        throw new IllegalArgumentException("Line " + (n + 1) + ": expected three columns");
      }
      Set<String> expected =
          cols[0].equals("-") ? Set.of() : new HashSet<>(Arrays.asList(cols[0].split(",")));
      sentences.add(new Sentence(expected, context(cols[1], n + 1), cols[2].replace("\\n", "\n")));
    }
    return sentences;
  }

  static TextContext context(String column, int line) {
    Integer age = null;
    boolean own = false;
    Set<String> names = new LinkedHashSet<>();
    Set<String> pronouns = new LinkedHashSet<>();
    Set<String> adults = new LinkedHashSet<>();
    if (!column.equals("-")) {
      for (String part : column.split(";")) {
        String value = part.contains("=") ? part.substring(part.indexOf('=') + 1) : "";
        List<String> values = Arrays.asList(value.split("/"));
        if (part.equals("own")) {
          own = true;
        } else if (part.startsWith("age=")) {
          try {
            age = Integer.valueOf(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Line " + line + ": age needs a whole number");
          }
        } else if (part.startsWith("names=")) {
          names.addAll(values);
        } else if (part.startsWith("pronouns=")) {
          pronouns.addAll(values);
        } else if (part.startsWith("adults=")) {
          adults.addAll(values);
        } else {
          throw new IllegalArgumentException("Line " + line + ": unknown context " + part);
        }
      }
    }
    return new TextContext(age, own, adults, names, pronouns);
  }

  /** Counts, per sentence and entry, whether the entry was expected and whether it was found. */
  public static Result evaluate(GuideMatcher matcher, List<Sentence> sentences) {
    Score overall = new Score(0, 0, 0);
    Map<String, Score> byEntry = new TreeMap<>();
    List<String> mistakes = new ArrayList<>();
    for (Sentence s : sentences) {
      Set<String> found = new HashSet<>();
      for (Finding f : matcher.check(s.text(), s.context())) {
        found.add(f.entryId());
      }
      Set<String> ids = new TreeSet<>(found);
      ids.addAll(s.expected());
      for (String id : ids) {
        int tp = found.contains(id) && s.expected().contains(id) ? 1 : 0;
        int fp = found.contains(id) && !s.expected().contains(id) ? 1 : 0;
        int fn = !found.contains(id) && s.expected().contains(id) ? 1 : 0;
        overall = overall.plus(tp, fp, fn);
        byEntry.merge(id, new Score(tp, fp, fn), (a, b) -> a.plus(tp, fp, fn));
        if (fp + fn > 0) {
          mistakes.add((fp > 0 ? "FP " : "FN ") + id + ": " + s.text().replace("\n", "\\n"));
        }
      }
    }
    return new Result(overall, byEntry, mistakes);
  }

  /** The first line of a report: the corpus, its size and the overall figures. */
  static String overall(String name, int sentences, Score o, String how) {
    return String.format(
        Locale.ROOT,
        "%s: %d sentences; precision %.3f, recall %.3f (tp %d, fp %d, fn %d%s)%n",
        name,
        sentences,
        o.precision(),
        o.recall(),
        o.truePositives(),
        o.falsePositives(),
        o.falseNegatives(),
        how);
  }

  /** The figures as text: overall, then per entry, then the mistakes. */
  public static String report(String name, int sentences, Result result) {
    return report(name, sentences, result, true);
  }

  /** The figures as text: overall, then per entry, then (if asked) the mistakes. */
  public static String report(String name, int sentences, Result result, boolean mistakes) {
    StringBuilder b = new StringBuilder(overall(name, sentences, result.overall(), ""));
    result
        .byEntry()
        .forEach(
            (id, s) ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  %-30s precision %.2f recall %.2f (tp %d, fp %d, fn %d)%n",
                        id,
                        s.precision(),
                        s.recall(),
                        s.truePositives(),
                        s.falsePositives(),
                        s.falseNegatives())));
    if (mistakes) {
      result.mistakes().forEach(m -> b.append("  ").append(m).append('\n'));
    }
    return b.toString();
  }
}

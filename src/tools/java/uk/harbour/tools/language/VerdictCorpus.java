package uk.harbour.tools.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.harbour.language.Finding;
import uk.harbour.language.GuideMatcher;
import uk.harbour.language.TextContext;
import uk.harbour.tools.language.LabelledCorpus.Score;

/**
 * A corpus labelled by someone who has not seen the guide, so it cannot name the guide's entries:
 * each sentence says only whether it blames the child ({@code blames}) or not ({@code fine}), and
 * the writer's own name for the kind of blame or of hard negative. One sentence a line: verdict TAB
 * concept TAB context TAB text; context as in {@link LabelledCorpus}; # starts a comment.
 *
 * <p>A sentence counts once: a blaming sentence the guide finds anything in is a true positive, one
 * it finds nothing in a false negative, and a fine sentence it finds anything in a false positive.
 * Per concept, the same counts over that concept's sentences. Per entry, each entry found counts a
 * true positive on a blaming sentence and a false positive on a fine one (so an entry's precision
 * is measured; its recall cannot be, as nobody said which entry a sentence should raise).
 */
public final class VerdictCorpus {

  static final String BLAMES = "blames";
  static final String FINE = "fine";

  /** One labelled sentence. */
  public record Sentence(boolean blames, String concept, TextContext context, String text) {}

  /** Overall, per concept and per entry scores, and every mistake. */
  public record Result(
      Score overall,
      Map<String, Score> byConcept,
      Map<String, Score> byEntry,
      List<String> mistakes) {}

  private VerdictCorpus() {}

  /** Whether the content is in this format: its first sentence line starts with a verdict. */
  static boolean isVerdictCorpus(String content) {
    for (String line : content.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      return line.startsWith(BLAMES + "\t") || line.startsWith(FINE + "\t");
    }
    return false;
  }

  /** Parses a corpus; throws IllegalArgumentException naming the line when one is malformed. */
  public static List<Sentence> parse(String content) {
    List<Sentence> sentences = new ArrayList<>();
    String[] lines = content.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = lines[n].replace("\r", "").split("\t", 4);
      if (cols.length < 4) {
        throw new IllegalArgumentException("Line " + (n + 1) + ": expected four columns");
      }
      if (!cols[0].equals(BLAMES) && !cols[0].equals(FINE)) {
        throw new IllegalArgumentException(
            "Line " + (n + 1) + ": the verdict must be " + BLAMES + " or " + FINE);
      }
      sentences.add(
          new Sentence(
              cols[0].equals(BLAMES),
              cols[1].strip(),
              LabelledCorpus.context(cols[2].strip(), n + 1),
              cols[3].replace("\\n", "\n")));
    }
    return sentences;
  }

  /** What the guide finds in each sentence, counted as the class comment says. */
  public static Result evaluate(GuideMatcher matcher, List<Sentence> sentences) {
    Score overall = new Score(0, 0, 0);
    Map<String, Score> byConcept = new TreeMap<>();
    Map<String, Score> byEntry = new TreeMap<>();
    List<String> mistakes = new ArrayList<>();
    for (Sentence s : sentences) {
      Set<String> found = new TreeSet<>();
      for (Finding f : matcher.check(s.text(), s.context())) {
        found.add(f.entryId());
      }
      int tp = s.blames() && !found.isEmpty() ? 1 : 0;
      int fp = !s.blames() && !found.isEmpty() ? 1 : 0;
      int fn = s.blames() && found.isEmpty() ? 1 : 0;
      overall = overall.plus(tp, fp, fn);
      byConcept.merge(s.concept(), new Score(tp, fp, fn), (a, b) -> a.plus(tp, fp, fn));
      for (String id : found) {
        int entryTp = s.blames() ? 1 : 0;
        int entryFp = s.blames() ? 0 : 1;
        byEntry.merge(id, new Score(entryTp, entryFp, 0), (a, b) -> a.plus(entryTp, entryFp, 0));
      }
      if (fp + fn > 0) {
        mistakes.add(
            (fp > 0 ? "FP " + found : "FN")
                + " ["
                + s.concept()
                + "] "
                + s.text().replace("\n", "\\n"));
      }
    }
    return new Result(overall, byConcept, byEntry, mistakes);
  }

  /** The figures as text: overall, per concept, per entry, then (if asked) the mistakes. */
  public static String report(String name, int sentences, Result result, boolean mistakes) {
    StringBuilder b =
        new StringBuilder(
            LabelledCorpus.overall(name, sentences, result.overall(), "; by sentence"));
    result
        .byConcept()
        .forEach(
            (concept, s) ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  concept %-26s caught %d of %d blaming, flagged %d fine%n",
                        concept,
                        s.truePositives(),
                        s.truePositives() + s.falseNegatives(),
                        s.falsePositives())));
    result
        .byEntry()
        .forEach(
            (id, s) ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  entry %-28s precision %.2f (on blaming %d, on fine %d)%n",
                        id,
                        s.precision(),
                        s.truePositives(),
                        s.falsePositives())));
    if (mistakes) {
      result.mistakes().forEach(m -> b.append("  ").append(m).append('\n'));
    }
    return b.toString();
  }
}

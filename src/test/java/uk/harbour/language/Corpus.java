package uk.harbour.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A labelled corpus (see corpus.tsv) and the precision and recall of the guide on it. */
final class Corpus {

  record Sentence(Set<String> expected, TextContext context, String text) {}

  record Score(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      int wanted = truePositives + falseNegatives;
      return wanted == 0 ? 1.0 : (double) truePositives / wanted;
    }

    Score plus(int tp, int fp, int fn) {
      return new Score(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
  }

  record Result(Score overall, Map<String, Score> byEntry, List<String> mistakes) {}

  private Corpus() {}

  static List<Sentence> read(String resource) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 3);
        Set<String> expected =
            cols[0].equals("-") ? Set.of() : new HashSet<>(Arrays.asList(cols[0].split(",")));
        TextContext context =
            switch (cols[1]) {
              case "-" -> TextContext.none();
              case "own" -> TextContext.youngPersonsWords();
              default -> TextContext.ofAge(Integer.valueOf(cols[1].substring(4)));
            };
        sentences.add(new Sentence(expected, context, cols[2].replace("\\n", "\n")));
      }
    }
    return sentences;
  }

  static Result evaluate(GuideMatcher matcher, List<Sentence> sentences) {
    Score overall = new Score(0, 0, 0);
    Map<String, Score> byEntry = new TreeMap<>();
    List<String> mistakes = new ArrayList<>();
    for (Sentence s : sentences) {
      Set<String> found = new HashSet<>();
      for (Finding f : matcher.check(s.text(), s.context())) {
        found.add(f.entryId());
      }
      Set<String> ids = new HashSet<>(found);
      ids.addAll(s.expected());
      for (String id : ids) {
        int tp = found.contains(id) && s.expected().contains(id) ? 1 : 0;
        int fp = found.contains(id) && !s.expected().contains(id) ? 1 : 0;
        int fn = !found.contains(id) && s.expected().contains(id) ? 1 : 0;
        overall = overall.plus(tp, fp, fn);
        byEntry.merge(id, new Score(tp, fp, fn), (a, b) -> a.plus(tp, fp, fn));
        if (fp + fn > 0) {
          mistakes.add((fp > 0 ? "FP " : "FN ") + id + ": " + s.text());
        }
      }
    }
    return new Result(overall, byEntry, mistakes);
  }

  static String report(String name, Result result) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
            name,
            result.overall().precision(),
            result.overall().recall(),
            result.overall().truePositives(),
            result.overall().falsePositives(),
            result.overall().falseNegatives()));
    result
        .byEntry()
        .forEach(
            (id, s) ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  %-30s precision %.2f recall %.2f%n",
                        id,
                        s.precision(),
                        s.recall())));
    result.mistakes().forEach(m -> b.append("  ").append(m).append('\n'));
    return b.toString();
  }
}

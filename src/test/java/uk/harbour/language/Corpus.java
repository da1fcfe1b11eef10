package uk.harbour.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a labelled corpus from the test resources (see {@link LabelledCorpus} for the format). */
final class Corpus {

  private Corpus() {}

  static List<LabelledCorpus.Sentence> read(String resource) throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      return LabelledCorpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

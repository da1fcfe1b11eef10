package uk.harbour.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTests {

  @TempDir Path dir;

  @Test
  void readsQuotedFieldsLineBreaksBomAndCrlf() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(
        file,
        "\uFEFFid, name\r\n1, \"Smith, \"\"Jo\"\"\"\r\n\r\n2,\"two\nlines\" \n3,  spaced  ,\n");
    try (CsvReader csv = new CsvReader(file, 100)) {
      assertThat(csv.next()).containsExactly("id", "name");
      assertThat(csv.next()).containsExactly("1", "Smith, \"Jo\"");
      assertThat(csv.next()).containsExactly("2", "two\nlines");
      assertThat(csv.recordLine()).isEqualTo(4);
      assertThat(csv.next()).containsExactly("3", "spaced", "");
      assertThat(csv.recordLine()).isEqualTo(6);
      assertThat(csv.next()).isNull();
    }
  }

  @Test
  void textAfterAClosingQuoteIsRefused() throws Exception {
    Path file = dir.resolve("b.csv");
    Files.writeString(file, "id\n\"1\"x\n");
    try (CsvReader csv = new CsvReader(file, 100)) {
      csv.next();
      org.assertj.core.api.Assertions.assertThatThrownBy(csv::next)
          .isInstanceOf(InputException.class)
          .hasMessage("b.csv line 2: field 1 has text after its closing quote");
    }
  }
}

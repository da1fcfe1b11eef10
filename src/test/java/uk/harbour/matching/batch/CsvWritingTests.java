package uk.harbour.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cells a spreadsheet would run as a formula are neutralised as OWASP's CSV injection guidance
 * advises: a leading single quote, inside double quotes.
 */
class CsvWritingTests {

  @Test
  void cellsStartingWithAFormulaCharacterGetALeadingQuoteInsideDoubleQuotes() {
    assertThat(CsvWriting.field("=1+2")).isEqualTo("\"'=1+2\"");
    assertThat(CsvWriting.field("+44")).isEqualTo("\"'+44\"");
    assertThat(CsvWriting.field("-7")).isEqualTo("\"'-7\"");
    assertThat(CsvWriting.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvWriting.field("\tcmd")).isEqualTo("\"'\tcmd\"");
    assertThat(CsvWriting.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(CsvWriting.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void otherCellsAreWrittenAsBeforeQuotedOnlyWhenTheyNeedIt() {
    assertThat(CsvWriting.field("a1")).isEqualTo("a1");
    assertThat(CsvWriting.field("a-1=b")).isEqualTo("a-1=b");
    assertThat(CsvWriting.field("Smith, Jo")).isEqualTo("\"Smith, Jo\"");
    assertThat(CsvWriting.field("")).isEmpty();
  }
}

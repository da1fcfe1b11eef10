package uk.harbour.tools.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.harbour.language.LanguageCommand;

class LanguageBenchmarkCommandTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final LanguageBenchmarkCommand command =
      new LanguageBenchmarkCommand(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void usageMistakes() {
    assertThat(command.run(new String[] {"language", "benchmark", "--words"}))
        .isEqualTo(LanguageCommand.USAGE);
    assertThat(command.run(new String[] {"language", "benchmark", "--runs", "0"}))
        .isEqualTo(LanguageCommand.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: language benchmark");
  }

  @Test
  void benchmarkPrintsPrecisionAndRecallPerEntryAndOverall(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.tsv");
    Files.writeString(
        corpus,
        "promiscuous\t-\tShe is promiscuous.\nstreetwise\t-\tShe is fine.\n",
        StandardCharsets.UTF_8);

    int status =
        command.run(
            new String[] {
              "language",
              "benchmark",
              "--words",
              "100",
              "--runs",
              "3",
              "--corpus",
              corpus.toString()
            });

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(printed)
        .contains("note of 100 words", "1 MB of unclosed quotation marks")
        .contains("c.tsv: 2 sentences; precision 1.000, recall 0.500 (tp 1, fp 0, fn 1)")
        .containsPattern("promiscuous +precision 1.00 recall 1.00")
        .containsPattern("streetwise +precision 1.00 recall 0.00");
  }
}

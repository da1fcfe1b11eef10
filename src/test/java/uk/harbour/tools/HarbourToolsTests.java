package uk.harbour.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HarbourToolsTests {

  @Test
  void everyDocumentedToolHasItsTwoWords() {
    assertThat(HarbourTools.TOOLS.keySet())
        .containsExactlyInAnyOrder(
            "generate cases",
            "generate linkage",
            "generate entities",
            "benchmark pages",
            "benchmark linkage",
            "benchmark linkage-heldout",
            "benchmark entities",
            "benchmark entities-latency",
            "intelligence generate",
            "benchmark network",
            "missing generate",
            "benchmark missing",
            "language benchmark");
  }

  @Test
  void productCommandsAndUnknownWordsGiveTheUsage() {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(HarbourTools.run(new String[] {"audit", "verify"})).isEqualTo(2);
      assertThat(HarbourTools.run(new String[] {"benchmark"})).isEqualTo(2);
      assertThat(HarbourTools.run(new String[0])).isEqualTo(2);
    } finally {
      System.setErr(before);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./harbour-tools generate");
  }
}

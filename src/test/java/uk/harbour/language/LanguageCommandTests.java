package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCommandTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final LanguageCommand command =
      new LanguageCommand(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void writesOneJsonObjectPerLine(@TempDir Path dir) throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(
        notes, "She is \"sexually active\".\nNothing here.\n\n", StandardCharsets.UTF_8);

    int status =
        command.run(
            new String[] {"language", "check", "--input", notes.toString(), "--child-age", "12"});

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(status).isZero();
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .startsWith(
            "{\"line\":1,\"findings\":[{\"phrase\":\"sexually active\",\"start\":8,\"end\":23,")
        .contains("\"entryId\":\"sexually-active\"", "\"severity\":\"medium\"", "\"quoted\":true")
        .contains("\"alternatives\":[\"");
    assertThat(lines[1]).isEqualTo("{\"line\":2,\"findings\":[]}");
    assertThat(lines[2]).isEqualTo("{\"line\":3,\"findings\":[]}");
  }

  @Test
  void usageMistakesAndMissingFiles(@TempDir Path dir) {
    assertThat(command.run(new String[] {"language", "check"})).isEqualTo(LanguageCommand.USAGE);
    assertThat(command.run(new String[] {"language", "fix", "--input", "x"}))
        .isEqualTo(LanguageCommand.USAGE);
    assertThat(
            command.run(new String[] {"language", "check", "--input", "x", "--child-age", "old"}))
        .isEqualTo(LanguageCommand.USAGE);
    assertThat(
            command.run(
                new String[] {"language", "check", "--input", dir.resolve("none").toString()}))
        .isEqualTo(LanguageCommand.BAD_INPUT);
    assertThat(command.run(new String[] {"language", "check", "--input", "x", "--format", "xml"}))
        .isEqualTo(LanguageCommand.USAGE);
    assertThat(command.run(new String[] {"language", "benchmark"}))
        .isEqualTo(LanguageCommand.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: language check");
  }

  @Test
  void jsonLinesCarryEachTextsContext(@TempDir Path dir) throws Exception {
    Path notes = dir.resolve("notes.jsonl");
    Files.writeString(
        notes,
        String.join(
            "\n",
            "{\"id\":\"a\",\"text\":\"Jade said \\\"he's my boyfriend and he's 25\\\"\","
                + "\"childAge\":14,\"childNames\":[\"Jade\"]}",
            "{\"id\":\"b\",\"text\":\"Dean said \\\"she's streetwise\\\"\","
                + "\"childNames\":[\"Jade\"]}",
            "{\"text\":\"I chose to go.\",\"ownWords\":true}",
            "{\"text\":\"He is with her boyfriend Dean.\",\"knownAdults\":[\"Dean\"]}",
            "",
            "not json",
            "{\"text\":\"x\",\"childAge\":\"old\"}"),
        StandardCharsets.UTF_8);

    int status =
        command.run(
            new String[] {"language", "check", "--input", notes.toString(), "--format", "jsonl"});

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(status).isEqualTo(LanguageCommand.BAD_INPUT);
    assertThat(lines).hasSize(7);
    assertThat(lines[0]).isEqualTo("{\"line\":1,\"id\":\"a\",\"findings\":[]}");
    assertThat(lines[1]).contains("\"id\":\"b\"", "\"entryId\":\"streetwise\"", "\"quoted\":true");
    assertThat(lines[2]).isEqualTo("{\"line\":3,\"findings\":[]}");
    assertThat(lines[3]).contains("\"entryId\":\"boyfriend-adult\"");
    assertThat(lines[4]).isEqualTo("{\"line\":5,\"findings\":[]}");
    assertThat(lines[5]).isEqualTo("{\"line\":6,\"error\":\"not a JSON object\"}");
    assertThat(lines[6]).contains("\"error\":\"childAge must be");
  }

  @Test
  void theChildsNameCanBeGivenForPlainLines(@TempDir Path dir) throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "Jade said \"I chose to go\".\n", StandardCharsets.UTF_8);

    command.run(new String[] {"language", "check", "--input", notes.toString()});
    command.run(
        new String[] {"language", "check", "--input", notes.toString(), "--child-name", "Jade"});

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).contains("\"entryId\":\"chose-to\"", "\"quoted\":true");
    assertThat(lines[1]).isEqualTo("{\"line\":1,\"findings\":[]}");
  }

  @Test
  void escapesJson() {
    assertThat(FindingJson.quote("a\"b\\c\nd\u0001\ud83d"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\\ud83d\"");
  }
}

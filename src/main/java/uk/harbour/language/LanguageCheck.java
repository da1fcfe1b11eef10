package uk.harbour.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch check behind {@code language check}. In text mode every input line is one text, checked
 * with the context given on the command line. In JSON-lines mode every input line is an object
 * giving the text and what the record knows around it:
 *
 * <pre>{"id": "n1", "text": "...", "childAge": 14, "childNames": ["Jade Smith"],
 *  "childPronouns": ["she", "her"], "knownAdults": ["Dean"], "ownWords": false}</pre>
 *
 * All but {@code text} are optional (the command line's {@code --child-age} and {@code
 * --child-name} fill in what a line leaves out); an {@code id} is copied to the output. A line that
 * is not such an object gets {@code {"line":n,"error":"..."}} and the exit status is then 1; the
 * other lines are still checked.
 */
final class LanguageCheck {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final GuideMatcher matcher;
  private final PrintStream out;
  private final PrintStream err;

  LanguageCheck(GuideMatcher matcher, PrintStream out, PrintStream err) {
    this.matcher = matcher;
    this.out = out;
    this.err = err;
  }

  int run(String input, boolean jsonLines, TextContext defaults) {
    boolean allRead = true;
    try (BufferedReader reader = open(input)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!jsonLines) {
          out.println(FindingJson.line(number, null, matcher.check(line, defaults)));
        } else if (line.isBlank()) {
          out.println(FindingJson.line(number, null, java.util.List.of()));
        } else {
          allRead &= jsonLine(number, line, defaults);
        }
      }
    } catch (IOException e) {
      err.println("language: cannot read " + input + ": " + e.getMessage());
      return LanguageCommand.BAD_INPUT;
    }
    out.flush();
    return allRead ? LanguageCommand.OK : LanguageCommand.BAD_INPUT;
  }

  private boolean jsonLine(int number, String line, TextContext defaults) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return error(number, "not a JSON object");
    }
    if (node == null || !node.isObject()) {
      return error(number, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isString()) {
      return error(number, "no text");
    }
    Integer age = defaults.childAge();
    JsonNode childAge = node.get("childAge");
    if (childAge != null && !childAge.isNull()) {
      if (!childAge.isInt() || childAge.intValue() < 0 || childAge.intValue() > 25) {
        return error(number, "childAge must be a whole number from 0 to 25");
      }
      age = childAge.intValue();
    }
    Set<String> names = strings(node.get("childNames"), defaults.childNames());
    Set<String> pronouns = strings(node.get("childPronouns"), defaults.childPronouns());
    Set<String> adults = strings(node.get("knownAdults"), defaults.knownAdults());
    if (names == null || pronouns == null || adults == null) {
      return error(number, "childNames, childPronouns and knownAdults must be lists of text");
    }
    JsonNode own = node.has("ownWords") ? node.get("ownWords") : node.get("youngPersonsOwnWords");
    TextContext context =
        new TextContext(age, own != null && own.asBoolean(false), adults, names, pronouns);
    String id = node.has("id") && !node.get("id").isNull() ? node.get("id").asString() : null;
    out.println(FindingJson.line(number, id, matcher.check(text.stringValue(), context)));
    return true;
  }

  /** The strings of a JSON list, the default when it is missing, null when it is not a list. */
  private static @Nullable Set<String> strings(JsonNode node, Set<String> missing) {
    if (node == null || node.isNull()) {
      return missing;
    }
    if (!node.isArray()) {
      return null;
    }
    Set<String> result = new LinkedHashSet<>();
    for (JsonNode item : node) {
      if (!item.isString()) {
        return null;
      }
      result.add(item.stringValue());
    }
    return result;
  }

  private boolean error(int number, String message) {
    out.println("{\"line\":" + number + ",\"error\":" + FindingJson.quote(message) + "}");
    return false;
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
}

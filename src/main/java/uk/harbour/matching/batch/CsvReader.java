package uk.harbour.matching.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV as UTF-8, refusing bad encodings: quoted fields (with doubled quotes and line breaks),
 * unquoted fields trimmed (so FEBRL's comma-plus-space separators work), blank lines skipped, and a
 * limit on field length so a runaway field is refused instead of filling memory.
 */
public final class CsvReader implements Closeable {

  public static final int DEFAULT_MAX_FIELD = 1_000_000;

  private final String name;
  private final Path file;
  private final Reader reader;
  private final int maxField;
  private final char[] buffer = new char[65536];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private boolean started;

  CsvReader(Path file, int maxField) throws IOException {
    this.name = file.getFileName().toString();
    this.file = file;
    this.reader =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.maxField = maxField;
  }

  /** The line on which the last record returned began. */
  long recordLine() {
    return recordLine;
  }

  /** The next record's fields, or null at the end of the file. */
  @Nullable List<String> next() throws InputException {
    try {
      int c = peek();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          position++;
          c = peek();
        }
      }
      while (c == '\n' || c == '\r') {
        skipNewline();
        c = peek();
      }
      if (c < 0) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      while (true) {
        boolean end = readField(field, fields.size() + 1);
        fields.add(field.toString());
        field.setLength(0);
        if (end) {
          return fields;
        }
      }
    } catch (CharacterCodingException e) {
      throw InputException.at(name, Utf8.firstBadLine(file), "the file is not valid UTF-8 text");
    } catch (IOException e) {
      throw InputException.at(name, line, "could not be read: " + e.getMessage());
    }
  }

  /** Reads one field into {@code out}; returns true when it ended the record. */
  private boolean readField(StringBuilder out, int number) throws IOException, InputException {
    int c = peek();
    while (c == ' ' || c == '\t') {
      position++;
      c = peek();
    }
    if (c == '"') {
      position++;
      readQuoted(out, number);
      c = peek();
      while (c == ' ' || c == '\t') {
        position++;
        c = peek();
      }
    } else {
      while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
        append(out, (char) c, number);
        position++;
        c = peek();
      }
      int end = out.length();
      while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
        end--;
      }
      out.setLength(end);
    }
    if (c == ',') {
      position++;
      return false;
    }
    if (c == '\n' || c == '\r') {
      skipNewline();
      return true;
    }
    if (c < 0) {
      return true;
    }
    throw InputException.at(name, line, "field " + number + " has text after its closing quote");
  }

  private void readQuoted(StringBuilder out, int number) throws IOException, InputException {
    long opened = line;
    while (true) {
      int c = peek();
      if (c < 0) {
        throw InputException.at(name, opened, "field " + number + " opens a quote never closed");
      }
      position++;
      if (c == '"') {
        if (peek() == '"') {
          position++;
          append(out, '"', number);
        } else {
          return;
        }
      } else {
        if (c == '\n') {
          line++;
        }
        append(out, (char) c, number);
      }
    }
  }

  private void append(StringBuilder out, char c, int number) throws InputException {
    if (out.length() >= maxField) {
      throw InputException.at(
          name,
          recordLine,
          "field " + number + " is longer than " + String.format("%,d", maxField) + " characters");
    }
    out.append(c);
  }

  private void skipNewline() throws IOException {
    int c = peek();
    position++;
    if (c == '\r' && peek() == '\n') {
      position++;
    }
    line++;
  }

  private int peek() throws IOException {
    if (position < limit) {
      return buffer[position];
    }
    limit = reader.read(buffer, 0, buffer.length);
    position = 0;
    if (limit <= 0) {
      limit = 0;
      return -1;
    }
    return buffer[0];
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

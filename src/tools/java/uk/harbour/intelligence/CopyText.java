package uk.harbour.intelligence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format, sent in chunks of about a megabyte, for the synthetic
 * network's bulk load.
 */
public final class CopyText {

  private static final int FLUSH_AT = 1 << 20;

  private final CopyIn copy;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);

  public CopyText(CopyIn copy) {
    this.copy = copy;
  }

  /** One row: the values tab-separated, null as {@code \N}, ending in a newline. */
  public static String row(@Nullable String... values) {
    StringBuilder row = new StringBuilder(256);
    for (int v = 0; v < values.length; v++) {
      if (v > 0) {
        row.append('\t');
      }
      String value = values[v];
      if (value == null) {
        row.append("\\N");
        continue;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> row.append("\\\\");
          case '\t' -> row.append("\\t");
          case '\n' -> row.append("\\n");
          case '\r' -> row.append("\\r");
          default -> row.append(c);
        }
      }
    }
    return row.append('\n').toString();
  }

  public void add(String row) throws SQLException {
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    buffer.write(bytes, 0, bytes.length);
    if (buffer.size() >= FLUSH_AT) {
      flush();
    }
  }

  /** Sends what is buffered and ends the COPY; returns the number of rows PostgreSQL took. */
  public long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  private void flush() throws SQLException {
    if (buffer.size() > 0) {
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      buffer.reset();
    }
  }
}

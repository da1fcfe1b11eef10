package uk.harbour.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Writes stored events as rows of PostgreSQL's COPY text format, in chunks of about a megabyte, so
 * millions of events stream into the table without being held in memory.
 */
final class CopyRows {

  static final String COPY_SQL =
      "COPY audit_event (" + StoredEvent.COLUMNS + ") FROM STDIN WITH (FORMAT text)";

  private static final int FLUSH_AT = 1 << 20;

  private final CopyIn copy;
  private final StringBuilder row = new StringBuilder(512);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);

  CopyRows(CopyIn copy) {
    this.copy = copy;
  }

  void add(StoredEvent e) throws SQLException {
    row.setLength(0);
    row.append(e.seq()).append('\t');
    value(String.valueOf(e.id()));
    value(time(e.occurredAt()));
    value(e.userId() == null ? null : e.userId().toString());
    value(e.username());
    value(e.agencyId() == null ? null : e.agencyId().toString());
    value(e.agencyName());
    value(e.roles());
    value(e.action());
    value(e.recordType());
    value(e.recordId());
    value(e.outcome());
    value(e.ipAddress());
    value(e.sessionRef());
    value(e.reason());
    value(e.detail());
    value(e.prevHash());
    value(e.hash());
    value(e.childIds());
    row.setCharAt(row.length() - 1, '\n');
    byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
    buffer.write(bytes, 0, bytes.length);
    if (buffer.size() >= FLUSH_AT) {
      flush();
    }
  }

  /** Sends what is buffered and ends the COPY; returns the number of rows PostgreSQL took. */
  long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  private void flush() throws SQLException {
    if (buffer.size() > 0) {
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      buffer.reset();
    }
  }

  private void value(@Nullable String value) {
    if (value == null) {
      row.append("\\N");
    } else {
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
    row.append('\t');
  }

  /** The stored time, exactly as the hash reads it (microseconds, UTC). */
  private static String time(Instant at) {
    return AuditHash.time(at).replace('T', ' ').replace("Z", "+00");
  }
}

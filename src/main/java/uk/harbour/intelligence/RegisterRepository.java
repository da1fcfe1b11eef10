package uk.harbour.intelligence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.matching.entities.EntityRecord;
import uk.harbour.matching.entities.EntityType;

/** The register entries: created from a mention, read whole for matching and for their page. */
@Repository
class RegisterRepository {

  private final JdbcClient jdbc;

  RegisterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new entry with the words of the mention it was first known by. */
  UUID create(Item from, String createdBy, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_entity (id, kind, label, name, nickname, approx_age, description,
              plate, make, colour, phone, platform, username, place_name, address, postcode,
              created_at, created_by_name, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """)
        .params(
            id,
            from.kind().name(),
            from.label(),
            from.name(),
            from.nickname(),
            from.approxAge(),
            from.description(),
            from.plate(),
            from.make(),
            from.colour(),
            from.phone(),
            from.platform(),
            from.username(),
            from.placeName(),
            from.address(),
            from.postcode(),
            Timestamp.from(now),
            createdBy)
        .update();
    return id;
  }

  Optional<Entry> find(UUID id) {
    return jdbc.sql("SELECT * FROM intel_entity WHERE id = ?")
        .param(id)
        .query(RegisterRepository::entry)
        .optional();
  }

  /** Entries created at or after {@code since}, oldest first, for the in-memory registers. */
  List<Entry> createdSince(Instant since) {
    return jdbc.sql("SELECT * FROM intel_entity WHERE created_at >= ? ORDER BY created_at, id")
        .param(Timestamp.from(since))
        .query(RegisterRepository::entry)
        .list();
  }

  /** A register entry: its kind, label and the words matching compares. */
  record Entry(UUID id, EntityKind kind, String label, Instant createdAt, EntityRecord record) {}

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    EntityKind kind = EntityKind.valueOf(rs.getString("kind"));
    return new Entry(
        id,
        kind,
        rs.getString("label"),
        rs.getTimestamp("created_at").toInstant(),
        new EntityRecord(
            id.toString(),
            EntityType.valueOf(kind.name()),
            rs.getString("name"),
            rs.getString("nickname"),
            (Integer) rs.getObject("approx_age"),
            rs.getString("plate"),
            rs.getString("make"),
            rs.getString("colour"),
            rs.getString("phone"),
            rs.getString("platform"),
            rs.getString("username"),
            rs.getString("place_name"),
            rs.getString("address"),
            rs.getString("postcode")));
  }
}

package uk.harbour.language;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code language_entry} table: administrators' entries, each as its YAML definition. */
@Repository
class GuideEntryRepository {

  /** One stored entry: its YAML definition and whether it is enabled. */
  record Row(String definition, boolean enabled) {}

  private final JdbcClient jdbc;

  GuideEntryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every stored entry, by id. */
  List<Row> all() {
    return jdbc
        .sql("SELECT definition, enabled FROM language_entry ORDER BY id")
        .query()
        .listOfRows()
        .stream()
        .map(row -> new Row((String) row.get("definition"), (Boolean) row.get("enabled")))
        .toList();
  }

  /** Inserts the entry or replaces the one with its id. */
  void save(String id, String definition, boolean enabled, Instant at, UUID by) {
    jdbc.sql(
            """
            INSERT INTO language_entry (id, definition, enabled, updated_at, updated_by)
            VALUES (:id, :definition, :enabled, :at, :by)
            ON CONFLICT (id) DO UPDATE SET definition = :definition, enabled = :enabled,
              updated_at = :at, updated_by = :by, version = language_entry.version + 1
            """)
        .param("id", id)
        .param("definition", definition)
        .param("enabled", enabled)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
  }
}

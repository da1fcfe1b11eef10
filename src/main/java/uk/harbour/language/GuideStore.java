package uk.harbour.language;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Administrators' entries, overlaying the built-in guide (see V6_1). */
@Repository
class GuideStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  GuideStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The built-in entries with stored ones laid over them, built-in order first. */
  List<GuideEntry> effective() {
    Map<String, GuideEntry> byId = new LinkedHashMap<>();
    for (GuideEntry entry : GuideYaml.builtIn()) {
      byId.put(entry.id(), entry);
    }
    for (GuideEntry entry : stored()) {
      byId.put(entry.id(), entry);
    }
    return new ArrayList<>(byId.values());
  }

  List<GuideEntry> stored() {
    List<GuideEntry> entries = new ArrayList<>();
    for (Map<String, Object> row :
        jdbc.sql("SELECT definition, enabled FROM language_entry ORDER BY id")
            .query()
            .listOfRows()) {
      GuideEntry entry = GuideYaml.read((String) row.get("definition")).get(0);
      entries.add(entry.withEnabled((Boolean) row.get("enabled")));
    }
    return entries;
  }

  void save(GuideEntry entry, UUID by) {
    String yaml = GuideYaml.write(List.of(entry.withEnabled(true)));
    jdbc.sql(
            """
            INSERT INTO language_entry (id, definition, enabled, updated_at, updated_by)
            VALUES (:id, :definition, :enabled, :at, :by)
            ON CONFLICT (id) DO UPDATE SET definition = :definition, enabled = :enabled,
              updated_at = :at, updated_by = :by, version = language_entry.version + 1
            """)
        .param("id", entry.id())
        .param("definition", yaml)
        .param("enabled", entry.enabled())
        .param("at", java.sql.Timestamp.from(clock.instant()))
        .param("by", by)
        .update();
  }
}

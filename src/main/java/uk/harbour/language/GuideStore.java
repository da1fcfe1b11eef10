package uk.harbour.language;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Administrators' entries, overlaying the built-in guide (see V6_1). */
@Component
class GuideStore {

  private final GuideEntryRepository repository;
  private final Clock clock;

  GuideStore(GuideEntryRepository repository, Clock clock) {
    this.repository = repository;
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
    for (GuideEntryRepository.Row row : repository.all()) {
      GuideEntry entry = GuideYaml.read(row.definition()).get(0);
      entries.add(entry.withEnabled(row.enabled()));
    }
    return entries;
  }

  void save(GuideEntry entry, UUID by) {
    String yaml = GuideYaml.write(List.of(entry.withEnabled(true)));
    repository.save(entry.id(), yaml, entry.enabled(), clock.instant(), by);
  }
}

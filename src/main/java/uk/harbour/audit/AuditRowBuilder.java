package uk.harbour.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.audit.AuditDirectory.Person;

/** Turns a page of grouped events into rows in words: people's names, records described. */
@Component
class AuditRowBuilder {

  private final AuditPeople people;
  private final RecordWords records;

  AuditRowBuilder(AuditPeople people, RecordWords records) {
    this.people = people;
    this.records = records;
  }

  List<AuditRow> rows(List<AuditRows.Group> groups) {
    List<StoredEvent> firsts = groups.stream().map(AuditRows.Group::first).toList();
    Set<UUID> userIds = new HashSet<>();
    firsts.stream()
        .map(StoredEvent::userId)
        .filter(java.util.Objects::nonNull)
        .forEach(userIds::add);
    Map<UUID, Person> named = people.byId(userIds);
    List<RecordDescription> words = records.describe(firsts);
    List<AuditRow> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      AuditRows.Group g = groups.get(i);
      StoredEvent e = g.first();
      Person who = e.userId() == null ? null : named.get(e.userId());
      rows.add(
          new AuditRow(
              g.oldest(),
              g.newest(),
              g.times(),
              e.userId(),
              who == null ? null : who.displayName(),
              e.username(),
              e.agencyName(),
              e.roles() == null || e.roles().isEmpty() ? List.of() : List.of(e.roles().split(",")),
              e.action(),
              e.outcome(),
              e.recordType(),
              e.recordId(),
              words.get(i),
              e.reason(),
              e.ipAddress(),
              g.severalAddresses()));
    }
    return rows;
  }
}

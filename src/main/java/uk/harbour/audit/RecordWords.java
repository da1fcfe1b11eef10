package uk.harbour.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.shared.ChildId;

/**
 * Describes the records audit events are about in words: a child's record by its Harbour reference,
 * a case or concern by its child's reference, an account by its holder's name, a list by how many
 * children it showed, and Harbour's own pages by what they are. Records it cannot name keep their
 * type and id. One look-up per record kind for a whole page.
 */
@Component
class RecordWords {

  static final String CHILD = "child";

  private final List<RecordNames> names;
  private final List<RecordChildren> children;
  private final AuditDirectory directory;

  RecordWords(List<RecordNames> names, List<RecordChildren> children, AuditDirectory directory) {
    this.names = List.copyOf(names);
    this.children = List.copyOf(children);
    this.directory = directory;
  }

  /** The words for each event's record, in the same order. */
  List<RecordDescription> describe(List<StoredEvent> events) {
    Map<String, String> childOf = new HashMap<>();
    Set<String> childIds = new HashSet<>();
    Set<UUID> userIds = new HashSet<>();
    for (StoredEvent e : events) {
      if (e.recordId() == null) {
        continue;
      }
      if (CHILD.equals(e.recordType())) {
        childIds.add(e.recordId());
      } else if ("case".equals(e.recordType()) || "concern".equals(e.recordType())) {
        childOfRecord(e.recordType(), e.recordId())
            .ifPresent(
                c -> {
                  childOf.put(e.recordType() + ":" + e.recordId(), c.toString());
                  childIds.add(c.toString());
                });
      } else if ("user".equals(e.recordType())) {
        RecordChildren.idOf(e.recordId()).ifPresent(userIds::add);
      }
    }
    Map<String, String> references = references(childIds);
    Map<UUID, String> people = peopleNames(userIds);
    Map<String, String> agencies = agencyNames(events);
    List<RecordDescription> words = new ArrayList<>();
    for (StoredEvent e : events) {
      words.add(words(e, references, childOf, people, agencies));
    }
    return words;
  }

  private RecordDescription words(
      StoredEvent e,
      Map<String, String> references,
      Map<String, String> childOf,
      Map<UUID, String> people,
      Map<String, String> agencies) {
    String type = e.recordType();
    String id = e.recordId();
    if (id == null) {
      int shown = e.childIds() == null ? 0 : e.childIds().split(",").length;
      if (type == null || CHILD.equals(type)) {
        return shown == 0 ? of("audit.record.list") : of("audit.record.listShowing", shown);
      }
      return known(type) ? of("audit.record." + type) : of("audit.record.kind", type);
    }
    switch (type == null ? "" : type) {
      case CHILD -> {
        String ref = references.get(id);
        return ref != null ? of("audit.record.child", ref) : of("audit.record.other", type, id);
      }
      case "case", "concern" -> {
        String child = childOf.get(type + ":" + id);
        String ref = child == null ? null : references.get(child);
        return ref != null
            ? of("audit.record." + type, ref)
            : of("audit.record." + type + ".unlinked");
      }
      case "user" -> {
        String name = RecordChildren.idOf(id).map(people::get).orElse(null);
        return name != null ? of("audit.record.user", name) : of("audit.record.other", type, id);
      }
      case "agency" -> {
        String name = agencies.get(id);
        return name != null ? of("audit.record.agency", name) : of("audit.record.other", type, id);
      }
      default -> {
        return known(type) ? of("audit.record." + type) : of("audit.record.other", type, id);
      }
    }
  }

  /** Record types named by what they are, whatever their id. */
  private static boolean known(String type) {
    return Set.of("audit", "notification", "break-glass", "language-guide").contains(type);
  }

  private Optional<ChildId> childOfRecord(String type, String id) {
    for (RecordChildren resolver : children) {
      Optional<ChildId> child = resolver.childOf(type, id);
      if (child.isPresent()) {
        return child;
      }
    }
    return Optional.empty();
  }

  private Map<String, String> references(Collection<String> childIds) {
    Map<String, String> found = new HashMap<>();
    if (!childIds.isEmpty()) {
      names.forEach(n -> found.putAll(n.names(CHILD, childIds)));
    }
    return found;
  }

  private Map<UUID, String> peopleNames(Set<UUID> ids) {
    Map<UUID, String> found = new HashMap<>();
    if (!ids.isEmpty()) {
      for (AuditDirectory.Person p :
          directory.withIds(ids.stream().map(uk.harbour.shared.UserId::new).toList())) {
        found.put(p.id().value(), p.nameAndAgency());
      }
    }
    return found;
  }

  private Map<String, String> agencyNames(List<StoredEvent> events) {
    Map<String, String> found = new HashMap<>();
    if (events.stream().anyMatch(e -> "agency".equals(e.recordType()) && e.recordId() != null)) {
      found.putAll(directory.agencyNames());
    }
    return found;
  }

  private static RecordDescription of(String key, Object... args) {
    return new RecordDescription(key, List.of(args));
  }
}

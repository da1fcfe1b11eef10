package uk.harbour.missing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntityId;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;

/**
 * What the missing pages show beyond one record: the missing list (overdue return interviews, open
 * episodes, interviews still to hold) across the children the user may see, each child shown
 * audited with what the list showed; and the words naming register entries a child was found with.
 */
@Component
class MissingPages {

  static final int LIMIT = 100;
  static final String LIST = "missing list";

  private final MissingWork work;
  private final Children children;
  private final Entities entities;
  private final ApplicationEventPublisher events;

  MissingPages(
      MissingWork work, Children children, Entities entities, ApplicationEventPublisher events) {
    this.work = work;
    this.children = children;
    this.entities = entities;
    this.events = events;
  }

  /** One line of the list: the child's name and reference, the episode and the time shown. */
  record Line(String name, String reference, MissingWork.Item item) {
    public Instant at() {
      return item.at();
    }
  }

  /** A section of the list: its lines, and how many there are in all. */
  record Section(String key, List<Line> lines, long total) {
    public boolean cut() {
      return total > lines.size();
    }
  }

  @Transactional
  List<Section> list() {
    MissingWork.Found overdue = work.overdueInterviews(MissingWork.Scope.VISIBLE, LIMIT);
    MissingWork.Found open = work.openEpisodes(MissingWork.Scope.VISIBLE, LIMIT);
    MissingWork.Found outstanding = work.outstandingInterviews(MissingWork.Scope.VISIBLE, LIMIT);
    Map<ChildId, Set<String>> shown = new LinkedHashMap<>();
    overdue.items().forEach(i -> note(shown, i, "return interview overdue"));
    open.items().forEach(i -> note(shown, i, "missing now"));
    outstanding.items().forEach(i -> note(shown, i, "return interview to hold"));
    Map<ChildId, ChildRecord> named = new LinkedHashMap<>();
    if (!shown.isEmpty()) {
      for (ChildRecord c : children.visibleAmong(shown.keySet(), LIST)) {
        named.put(c.id(), c);
        events.publishEvent(
            Audited.succeeded(AuditAction.VIEW, AccessPolicy.CHILD, c.id())
                .withDetail(LIST + ": " + String.join(", ", shown.get(c.id()))));
      }
    }
    return List.of(
        section("overdue", overdue, named),
        section("open", open, named),
        section("outstanding", outstanding, named));
  }

  private static void note(Map<ChildId, Set<String>> shown, MissingWork.Item i, String what) {
    shown.computeIfAbsent(i.child(), k -> new LinkedHashSet<>()).add(what);
  }

  private static Section section(
      String key, MissingWork.Found found, Map<ChildId, ChildRecord> named) {
    List<Line> lines =
        found.items().stream()
            .filter(i -> named.containsKey(i.child()))
            .map(
                i -> new Line(named.get(i.child()).fullName(), named.get(i.child()).reference(), i))
            .toList();
    return new Section(key, lines, found.total());
  }

  /** The child's record, within a page whose own audited event is about this child. */
  ChildRecord child(ChildId id) {
    return children.viewWithin(id);
  }

  /** The words naming each register entry the child was found with (or at), by entry. */
  Map<EntityId, String> labels(MissingEpisode e) {
    Set<EntityId> ids = new LinkedHashSet<>();
    e.foundWith().stream().filter(w -> w.entity() != null).forEach(w -> ids.add(w.entity()));
    if (e.found().place() != null) {
      ids.add(e.found().place());
    }
    return ids.isEmpty() ? Map.of() : entities.labels(ids);
  }
}

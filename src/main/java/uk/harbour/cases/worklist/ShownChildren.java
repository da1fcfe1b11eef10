package uk.harbour.cases.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;

/**
 * Names the children a work list shows (through the people module, which applies the access policy
 * again) and audits a view of each child's record, saying what the list showed about them, so that
 * "who has seen this record" includes work lists. Call inside a read-write transaction.
 */
@Component
class ShownChildren {

  private final Children children;
  private final ApplicationEventPublisher events;

  ShownChildren(Children children, ApplicationEventPublisher events) {
    this.children = children;
    this.events = events;
  }

  /** Collects, per child, what a list is about to show about them. */
  static final class Collector {
    private final Map<UUID, Set<String>> shown = new LinkedHashMap<>();

    void add(UUID child, String what) {
      shown.computeIfAbsent(child, k -> new LinkedHashSet<>()).add(what);
    }

    void addAll(Collection<DueWorkRepository.Row> rows, String what) {
      rows.forEach(r -> add(r.childId(), what));
    }
  }

  /**
   * The records of the children collected (those the user may see), by id; each is audited as a
   * view, with the list's name and what it showed.
   */
  Map<UUID, ChildRecord> nameAndAudit(Collector collected, String list) {
    Map<UUID, ChildRecord> named = new LinkedHashMap<>();
    if (collected.shown.isEmpty()) {
      return named;
    }
    List<ChildRecord> found =
        children.visibleAmong(collected.shown.keySet().stream().map(ChildId::new).toList(), list);
    for (ChildRecord child : found) {
      named.put(child.id().value(), child);
      events.publishEvent(
          Audited.succeeded(AuditAction.VIEW, AccessPolicy.CHILD, child.id())
              .withDetail(
                  list + ": " + String.join(", ", collected.shown.get(child.id().value()))));
    }
    return named;
  }

  /** Turns rows into lines of a work list, leaving out any child who could not be named. */
  static List<Due> lines(
      List<DueWorkRepository.Row> rows,
      Map<UUID, ChildRecord> named,
      LocalDate today,
      java.util.function.Function<DueWorkRepository.Row, String> href) {
    return rows.stream()
        .filter(r -> named.containsKey(r.childId()))
        .map(
            r ->
                new Due(
                    named.get(r.childId()).fullName(),
                    named.get(r.childId()).reference(),
                    r.what(),
                    r.number(),
                    r.dueOn(),
                    r.dueOn().isBefore(today),
                    href.apply(r),
                    r.reReferral(),
                    r.keyWorkerName()))
        .toList();
  }

  /**
   * One line of a work list: for whom, what (for actions and prompted reviews; who submitted, for
   * sign-offs, with the version number), when, whether overdue, where to do it, whether the case is
   * a re-referral, and its key worker.
   */
  record Due(
      String name,
      String reference,
      String what,
      Integer number,
      LocalDate dueOn,
      boolean overdue,
      String href,
      boolean reReferral,
      String keyWorker) {}

  /** The lines of one kind and how many there are in all (more than shown when cut). */
  record Section(String key, List<Due> items, long total) {

    public boolean cut() {
      return total > items.size();
    }
  }
}

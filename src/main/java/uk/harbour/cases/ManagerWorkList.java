package uk.harbour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.AuditOutcome;
import uk.harbour.shared.Audited;
import uk.harbour.shared.ChildId;

/**
 * A team manager's view across the cases they may see: each key worker's caseload and the open
 * cases with no key worker yet, oldest first.
 */
@Service
class ManagerWorkList {

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Children children;
  private final Directory directory;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  ManagerWorkList(
      JdbcClient jdbc,
      AccessPolicy access,
      Children children,
      Directory directory,
      CurrentUser currentUser,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.access = access;
    this.children = children;
    this.directory = directory;
    this.currentUser = currentUser;
    this.events = events;
  }

  /** The work list; only for team managers, and audited. */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  View view() {
    HarbourUser manager = currentUser.require();
    if (!manager.has(Role.TEAM_MANAGER)) {
      events.publishEvent(
          new Audited(
              AuditAction.ACCESS_DENIED,
              Cases.RECORD_TYPE,
              null,
              AuditOutcome.DENIED,
              null,
              "manager work list"));
      throw new AccessDeniedException("Team managers only");
    }
    List<Row> rows =
        jdbc.sql(
                "SELECT id, child_id, status, key_worker_id, key_worker_name, opened_at"
                    + " FROM cases WHERE status <> 'CLOSED' AND "
                    + access.visibleChildrenClause("child_id"))
            .param(AccessPolicy.VIEWER_PARAM, access.viewerId())
            .query(
                (rs, n) ->
                    new Row(
                        new CaseId(rs.getObject("id", UUID.class)),
                        new ChildId(rs.getObject("child_id", UUID.class)),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("key_worker_id", UUID.class),
                        rs.getString("key_worker_name"),
                        rs.getTimestamp("opened_at").toInstant()))
            .list();
    events.publishEvent(
        new Audited(
            AuditAction.VIEW,
            Cases.RECORD_TYPE,
            null,
            AuditOutcome.SUCCEEDED,
            null,
            "manager work list, cases " + rows.size()));
    return new View(caseloads(manager, rows), unallocated(rows));
  }

  private List<Caseload> caseloads(HarbourUser manager, List<Row> rows) {
    Map<UUID, Caseload> loads = new LinkedHashMap<>();
    directory.activeUsersWithRole(Role.KEY_WORKER).stream()
        .filter(u -> manager.id().equals(u.managerId()))
        .forEach(u -> loads.put(u.id().value(), new Caseload(u.displayName(), 0, 0)));
    for (Row r : rows) {
      if (r.keyWorker() == null) {
        continue;
      }
      Caseload now = loads.getOrDefault(r.keyWorker(), new Caseload(r.keyWorkerName(), 0, 0));
      loads.put(
          r.keyWorker(),
          r.status() == CaseStatus.OPEN
              ? new Caseload(now.keyWorker(), now.open() + 1, now.steppedDown())
              : new Caseload(now.keyWorker(), now.open(), now.steppedDown() + 1));
    }
    List<Caseload> sorted = new ArrayList<>(loads.values());
    sorted.sort(Comparator.comparing(Caseload::open).reversed().thenComparing(Caseload::keyWorker));
    return sorted;
  }

  private List<Unallocated> unallocated(List<Row> rows) {
    List<Row> waiting =
        rows.stream()
            .filter(r -> r.keyWorker() == null && r.status() == CaseStatus.OPEN)
            .sorted(Comparator.comparing(Row::openedAt))
            .toList();
    Map<ChildId, ChildRecord> named =
        children
            .visibleAmong(waiting.stream().map(Row::child).toList(), "unallocated cases")
            .stream()
            .collect(Collectors.toMap(ChildRecord::id, Function.identity()));
    return waiting.stream()
        .filter(r -> named.containsKey(r.child()))
        .map(
            r ->
                new Unallocated(
                    r.id(),
                    named.get(r.child()).fullName(),
                    named.get(r.child()).reference(),
                    r.openedAt()))
        .toList();
  }

  private record Row(
      CaseId id,
      ChildId child,
      CaseStatus status,
      UUID keyWorker,
      String keyWorkerName,
      Instant openedAt) {}

  /** One key worker's cases: open and stepped down. */
  record Caseload(String keyWorker, int open, int steppedDown) {}

  /** An open case waiting for a key worker. */
  record Unallocated(CaseId id, String childName, String reference, Instant openedAt) {}

  record View(List<Caseload> caseloads, List<Unallocated> unallocated) {}
}

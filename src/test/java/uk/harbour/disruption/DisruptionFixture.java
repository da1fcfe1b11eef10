package uk.harbour.disruption;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.intelligence.EntityId;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * Children with a key worker and an open case, and a register entry linked to them by a submission,
 * written straight into the intelligence tables (the intelligence module's own pages are built
 * elsewhere). Import with {@code @Import({ActAs.class, DisruptionFixture.class})}.
 */
@Component
public class DisruptionFixture {

  /** A child of the fixture and their open case. */
  public record Young(ChildId child, CaseId kase, String name) {}

  private final ActAs actAs;
  private final Children children;
  private final Teams teams;
  private final Cases cases;
  private final JdbcClient jdbc;

  public DisruptionFixture(
      ActAs actAs, Children children, Teams teams, Cases cases, JdbcClient jdbc) {
    this.actAs = actAs;
    this.children = children;
    this.teams = teams;
    this.cases = cases;
    this.jdbc = jdbc;
  }

  /** A child whose key worker is {@code keyWorker}, with an open case; nobody signed in after. */
  public Young child(String keyWorker, String firstName) {
    var worker = actAs.user(keyWorker);
    try {
      ChildRecord child =
          children.create(
              TestChildren.inNeed(firstName, "Disrupt", LocalDate.of(2011, 3, 1), Sex.FEMALE));
      teams.assign(child.id(), worker.id(), TeamRole.KEY_WORKER);
      CaseId kase = cases.openOrAdd(child.id(), "CON-DISRUPT-" + UUID.randomUUID());
      return new Young(child.id(), kase, child.fullName());
    } finally {
      actAs.nobody();
    }
  }

  /** A date input's three fields as a form posts them: {@code field.day}, ... */
  public static java.util.Map<String, String> date(String field, int day, int month, int year) {
    return java.util.Map.of(
        field + ".day",
        String.valueOf(day),
        field + ".month",
        String.valueOf(month),
        field + ".year",
        String.valueOf(year));
  }

  /** The id of the catalogue's tactic with this code. */
  public String tactic(String code) {
    return jdbc.sql("SELECT id FROM disruption_tactic WHERE code = ?")
        .param(code)
        .query(UUID.class)
        .single()
        .toString();
  }

  /** A register entry of this kind and label, linked to each child by one submission. */
  public EntityId entity(String kind, String label, ChildId... linked) {
    UUID submission = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
                   submitted_by_agency, what_known, created_at, updated_at, submitted_at, version,
                   request_key)
            SELECT ?, ?, 'SUBMITTED', id, display_name, 'Police', 'Synthetic test intelligence',
                   now(), now(), now(), 1, ?
              FROM app_user WHERE username = 'intel.patel'
            """)
        .params(submission, "INT-T-" + submission.toString().substring(0, 8), UUID.randomUUID())
        .update();
    UUID entity = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO intel_entity (id, kind, label, created_at, created_by_name, version)"
                + " VALUES (?, ?, ?, now(), 'Test', 1)")
        .params(entity, kind, label)
        .update();
    for (ChildId child : linked) {
      jdbc.sql(
              "INSERT INTO intel_link (id, from_kind, from_id, to_kind, to_id, submission_id,"
                  + " created_at) VALUES (?, ?, ?, 'CHILD', ?, ?, now())")
          .params(UUID.randomUUID(), kind, entity, child.value(), submission)
          .update();
    }
    return new EntityId(entity);
  }
}

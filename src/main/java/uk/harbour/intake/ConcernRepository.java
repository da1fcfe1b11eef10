package uk.harbour.intake;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.intake.Concern.ScreeningDecision;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** Reads and writes concerns and their decisions. Callers apply the access rules. */
@Repository
class ConcernRepository {

  static final String COLUMNS =
      """
      c.id, c.reference, c.public_reference, c.source, c.status, c.reporter_id, c.reporter_name, c.reporter_agency,
      c.name_unknown, c.given_names, c.family_name, c.other_names, c.date_of_birth,
      c.approximate_age, c.sex, c.address, c.postcode, c.school, c.description,
      c.what_happened, c.happened_on, c.happened_when, c.happened_where, c.information_source,
      c.passed_on_by, c.reliability, c.reliability_notes, c.other_children, c.action_taken,
      c.danger_now, c.reporter_kind, c.business_name, c.people_description, c.contact_name,
      c.contact_phone, c.contact_email, c.created_at, c.updated_at, c.submitted_at, c.child_id,
      c.child_reference, c.linked_at, c.version, d.outcome, d.reasons, d.decided_by_name, d.decided_at
      """;
  static final String FROM =
      " FROM concern c LEFT JOIN screening_decision d ON d.concern_id = c.id";

  private static final String DETAIL_COLUMNS =
      """
      name_unknown = :nameUnknown, given_names = :givenNames, family_name = :familyName,
      other_names = :otherNames, date_of_birth = :dob, approximate_age = :age, sex = :sex,
      address = :address, postcode = :postcode, school = :school, description = :description,
      what_happened = :account, happened_on = :happenedOn, happened_when = :happenedWhen,
      happened_where = :happenedWhere, information_source = :source, passed_on_by = :passedOnBy,
      reliability = :reliability, reliability_notes = :reliabilityNotes,
      other_children = :otherChildren, action_taken = :actionTaken, danger_now = :dangerNow,
      reporter_kind = :reporterKind, business_name = :businessName,
      people_description = :peopleDescription, contact_name = :contactName,
      contact_phone = :contactPhone, contact_email = :contactEmail
      """;

  private final JdbcClient jdbc;
  private final ConcernRows rows;

  ConcernRepository(JdbcClient jdbc, ConcernRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  /** A new concern row; its details are written by {@link #saveDetails}. */
  UUID insert(ConcernSource source, UserId reporter, String name, String agency, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO concern (id, source, status, reporter_id, reporter_name, reporter_agency,
                                 created_at, updated_at)
            VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            source.name(),
            reporter == null ? null : reporter.value(),
            name,
            agency,
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
    return id;
  }

  /** Saves a draft's details if nobody saved since {@code version}; false if stale. */
  boolean saveDetails(UUID id, int version, ConcernDetails details, Instant now) {
    int updated =
        jdbc.sql(
                "UPDATE concern SET "
                    + DETAIL_COLUMNS
                    + ", updated_at = :now, version = version + 1"
                    + " WHERE id = :id AND version = :version AND status = 'DRAFT'")
            .params(detailParams(details))
            .param("now", Timestamp.from(now))
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 1) {
      rows.replace(id, details.connections(), details.observations());
    }
    return updated == 1;
  }

  /** Gives a draft its reference number and puts it in the screening queue; false if stale. */
  boolean submit(UUID id, int version, String reference, Instant now) {
    return jdbc.sql(
                """
                UPDATE concern SET status = 'SUBMITTED', reference = ?, submitted_at = ?,
                       updated_at = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status = 'DRAFT'
                """)
            .params(reference, Timestamp.from(now), Timestamp.from(now), id, version)
            .update()
        == 1;
  }

  long nextReferenceNumber() {
    return jdbc.sql("SELECT nextval('concern_reference_seq')").query(Long.class).single();
  }

  Optional<Concern> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = ?")
        .param(id)
        .query(this::withRows)
        .optional();
  }

  // Lists below return concerns without their repeating parts and observations.

  /** The reporter's own concerns, drafts and submitted, most recently changed first. */
  List<Concern> raisedBy(UserId reporter, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE c.reporter_id = ? ORDER BY c.updated_at DESC LIMIT ?")
        .params(reporter.value(), limit)
        .query(this::withoutRows)
        .list();
  }

  /** How many submitted concerns await a decision. */
  int countAwaitingDecision() {
    return jdbc.sql("SELECT count(*) FROM concern WHERE status = 'SUBMITTED'")
        .query(Integer.class)
        .single();
  }

  /**
   * The references and ids of concerns linked to this child that await a decision, oldest first.
   */
  List<Map.Entry<String, UUID>> awaitingDecisionFor(ChildId child) {
    return jdbc.sql(
            "SELECT reference, id FROM concern WHERE status = 'SUBMITTED' AND child_id = ?"
                + " ORDER BY submitted_at")
        .param(child.value())
        .query((rs, n) -> Map.entry(rs.getString("reference"), rs.getObject("id", UUID.class)))
        .list();
  }

  /**
   * Submitted concerns awaiting a decision: public reports saying a child is in danger now first,
   * then the rest, each oldest first.
   */
  List<Concern> awaitingDecision(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE c.status = 'SUBMITTED'"
                + " ORDER BY coalesce(c.danger_now = 'YES', false) DESC, c.submitted_at,"
                + " c.reference LIMIT ?")
        .param(limit)
        .query(this::withoutRows)
        .list();
  }

  /** Decided concerns, most recently decided first. */
  List<Concern> recentlyDecided(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE c.status = 'DECIDED' ORDER BY d.decided_at DESC LIMIT ?")
        .param(limit)
        .query(this::withoutRows)
        .list();
  }

  /**
   * Concerns linked to children the user is key worker for and may still see, newest first.
   *
   * @param visibility a SQL condition on {@code c.child_id} with a {@code :viewer} parameter
   */
  List<Concern> forKeyWorker(UserId keyWorker, String visibility, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE c.status <> 'DRAFT' AND "
                + visibility
                + " AND c.child_id IN (SELECT child_id FROM team_member"
                + "  WHERE user_id = :viewer AND team_role = 'KEY_WORKER')"
                + " ORDER BY c.submitted_at DESC LIMIT :limit")
        .param("viewer", keyWorker.value())
        .param("limit", limit)
        .query(this::withoutRows)
        .list();
  }

  /** Links a concern awaiting a decision to a child; false if it was already linked or decided. */
  boolean link(UUID id, ChildId child, String childReference, UserId by, Instant now) {
    return jdbc.sql(
                """
                UPDATE concern SET child_id = ?, child_reference = ?, linked_at = ?, linked_by = ?,
                       version = version + 1
                 WHERE id = ? AND status = 'SUBMITTED' AND child_id IS NULL
                """)
            .params(
                child.value(),
                childReference,
                Timestamp.from(now),
                by == null ? null : by.value(),
                id)
            .update()
        == 1;
  }

  boolean unlink(UUID id, ChildId child) {
    return jdbc.sql(
                """
                UPDATE concern SET child_id = NULL, child_reference = NULL, linked_at = NULL,
                       linked_by = NULL,
                       version = version + 1
                 WHERE id = ? AND status = 'SUBMITTED' AND child_id = ?
                """)
            .params(id, child.value())
            .update()
        == 1;
  }

  /** Records the decision; false if the concern was not awaiting one (decided meanwhile). */
  boolean decide(
      UUID id, ScreeningOutcome outcome, String reasons, UserId by, String byName, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE concern SET status = 'DECIDED', updated_at = ?, version = version + 1
                 WHERE id = ? AND status = 'SUBMITTED'
                """)
            .params(Timestamp.from(now), id)
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO screening_decision (concern_id, outcome, reasons, decided_by,
                                            decided_by_name, decided_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(id, outcome.name(), reasons, by.value(), byName, Timestamp.from(now))
        .update();
    return true;
  }

  /** Records the case a referred concern went to, with its decision. */
  void referredTo(UUID id, UUID caseId) {
    jdbc.sql("UPDATE screening_decision SET case_id = ? WHERE concern_id = ?")
        .params(caseId, id)
        .update();
  }

  /** Whether the concern was linked to its child by Harbour, with nobody deciding. */
  boolean linkedAutomatically(UUID id) {
    return jdbc.sql(
                "SELECT count(*) FROM concern WHERE id = ? AND child_id IS NOT NULL AND linked_by IS NULL")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Stores a public report straight into the screening queue with its internal and public
   * references; empty, storing nothing, if another concern already has that public reference.
   */
  Optional<UUID> insertSubmitted(
      ConcernDetails details, String reference, String publicReference, Instant now) {
    UUID id = UUID.randomUUID();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO concern (id, source, status, public_reference, created_at, updated_at)
                VALUES (?, 'PUBLIC', 'DRAFT', ?, ?, ?)
                ON CONFLICT (public_reference) DO NOTHING
                """)
            .params(id, publicReference, Timestamp.from(now), Timestamp.from(now))
            .update();
    if (inserted == 0) {
      return Optional.empty();
    }
    saveDetails(id, 0, details, now);
    submit(id, 1, reference, now);
    return Optional.of(id);
  }

  /** The submitted concern with this internal reference (CON-2026-000123), if any. */
  Optional<Concern> findSubmittedByReference(String reference) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.reference = ? AND c.status <> 'DRAFT'")
        .param(reference)
        .query(this::withoutRows)
        .optional();
  }

  /** The submitted public report with this public reference (K7MX-9DTA-HWG), if any. */
  Optional<Concern> findSubmittedByPublicReference(String publicReference) {
    return jdbc.sql(
            "SELECT " + COLUMNS + FROM + " WHERE c.public_reference = ? AND c.status <> 'DRAFT'")
        .param(publicReference)
        .query(this::withoutRows)
        .optional();
  }

  private static Map<String, Object> detailParams(ConcernDetails d) {
    AboutWhom a = d.about();
    WhatHappened w = d.happened();
    PublicDetails p = d.publicDetails();
    Map<String, Object> m = new HashMap<>();
    m.put("nameUnknown", a.nameUnknown());
    m.put("givenNames", a.givenNames());
    m.put("familyName", a.familyName());
    m.put("otherNames", a.otherNames());
    m.put("dob", date(a.dateOfBirth()));
    m.put("age", a.approximateAge());
    m.put("sex", name(a.sex()));
    m.put("address", a.address());
    m.put("postcode", a.postcode());
    m.put("school", a.school());
    m.put("description", a.description());
    m.put("account", w.account());
    m.put("happenedOn", date(w.happenedOn()));
    m.put("happenedWhen", w.when());
    m.put("happenedWhere", w.where());
    m.put("source", name(w.source()));
    m.put("passedOnBy", w.passedOnBy());
    m.put("reliability", name(w.reliability()));
    m.put("reliabilityNotes", w.reliabilityNotes());
    m.put("otherChildren", w.otherChildren());
    m.put("actionTaken", w.actionTaken());
    m.put("dangerNow", name(p.dangerNow()));
    m.put("reporterKind", name(p.reporterKind()));
    m.put("businessName", p.businessName());
    m.put("peopleDescription", p.peopleDescription());
    m.put("contactName", p.contactName());
    m.put("contactPhone", p.contactPhone());
    m.put("contactEmail", p.contactEmail());
    return m;
  }

  private Concern withRows(ResultSet rs, int row) throws SQLException {
    return map(rs, true);
  }

  /** For lists: the concern without its repeating parts and observations (empty). */
  private Concern withoutRows(ResultSet rs, int row) throws SQLException {
    return map(rs, false);
  }

  private Concern map(ResultSet rs, boolean withRows) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    AboutWhom about =
        new AboutWhom(
            rs.getBoolean("name_unknown"),
            rs.getString("given_names"),
            rs.getString("family_name"),
            rs.getString("other_names"),
            localDate(rs.getDate("date_of_birth")),
            (Integer) rs.getObject("approximate_age"),
            parse(Sex.class, rs.getString("sex")),
            rs.getString("address"),
            rs.getString("postcode"),
            rs.getString("school"),
            rs.getString("description"));
    WhatHappened happened =
        new WhatHappened(
            rs.getString("what_happened"),
            localDate(rs.getDate("happened_on")),
            rs.getString("happened_when"),
            rs.getString("happened_where"),
            parse(InformationSource.class, rs.getString("information_source")),
            rs.getString("passed_on_by"),
            parse(Reliability.class, rs.getString("reliability")),
            rs.getString("reliability_notes"),
            rs.getString("other_children"),
            rs.getString("action_taken"));
    PublicDetails publicDetails =
        new PublicDetails(
            parse(DangerNow.class, rs.getString("danger_now")),
            parse(ReporterKind.class, rs.getString("reporter_kind")),
            rs.getString("business_name"),
            rs.getString("people_description"),
            rs.getString("contact_name"),
            rs.getString("contact_phone"),
            rs.getString("contact_email"));
    ConcernDetails details =
        new ConcernDetails(
            about,
            happened,
            withRows ? rows.connections(id) : Connections.NONE,
            withRows ? rows.observations(id) : Map.of(),
            publicDetails);
    UUID reporter = rs.getObject("reporter_id", UUID.class);
    UUID child = rs.getObject("child_id", UUID.class);
    String outcome = rs.getString("outcome");
    ScreeningDecision decision =
        outcome == null
            ? null
            : new ScreeningDecision(
                ScreeningOutcome.valueOf(outcome),
                rs.getString("reasons"),
                rs.getString("decided_by_name"),
                instant(rs.getTimestamp("decided_at")));
    return new Concern(
        id,
        rs.getString("reference"),
        rs.getString("public_reference"),
        ConcernSource.valueOf(rs.getString("source")),
        ConcernStatus.valueOf(rs.getString("status")),
        reporter == null ? null : new UserId(reporter),
        rs.getString("reporter_name"),
        rs.getString("reporter_agency"),
        details,
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("updated_at")),
        instant(rs.getTimestamp("submitted_at")),
        child == null ? null : new ChildId(child),
        rs.getString("child_reference"),
        instant(rs.getTimestamp("linked_at")),
        rs.getInt("version"),
        decision);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static LocalDate localDate(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}

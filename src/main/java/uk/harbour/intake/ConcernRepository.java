package uk.harbour.intake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * The concern aggregate: writes a concern and its decision and reads one back whole. Callers apply
 * the access rules. Lists of concerns are read by {@link ConcernListRepository}.
 */
@Repository
class ConcernRepository {

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
  private final ConcernPartsRepository parts;

  ConcernRepository(JdbcClient jdbc, ConcernPartsRepository parts) {
    this.jdbc = jdbc;
    this.parts = parts;
  }

  /** A new concern row; its details are written by {@link #saveDetails}. */
  UUID insert(
      ConcernSource source,
      @Nullable UserId reporter,
      @Nullable String name,
      @Nullable String agency,
      Instant now) {
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
      parts.replace(id, details.connections(), details.observations());
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
    return jdbc.sql(ConcernColumns.select(" WHERE c.id = ?"))
        .param(id)
        .query((rs, n) -> ConcernColumns.map(rs, parts))
        .optional();
  }

  /** Links a concern awaiting a decision to a child; false if it was already linked or decided. */
  boolean link(UUID id, ChildId child, String childReference, @Nullable UserId by, Instant now) {
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

  /** The child this concern is linked to, if it is linked. */
  Optional<ChildId> childOf(UUID id) {
    return jdbc.sql("SELECT child_id FROM concern WHERE id = ? AND child_id IS NOT NULL")
        .param(id)
        .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
        .optional();
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
    return jdbc.sql(ConcernColumns.select(" WHERE c.reference = ? AND c.status <> 'DRAFT'"))
        .param(reference)
        .query(ConcernColumns.WITHOUT_PARTS)
        .optional();
  }

  /** The submitted public report with this public reference (K7MX-9DTA-HWG), if any. */
  Optional<Concern> findSubmittedByPublicReference(String publicReference) {
    return jdbc.sql(ConcernColumns.select(" WHERE c.public_reference = ? AND c.status <> 'DRAFT'"))
        .param(publicReference)
        .query(ConcernColumns.WITHOUT_PARTS)
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

  private static @Nullable Date date(@Nullable LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name();
  }
}

package uk.harbour.cases.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.ItemWrite;
import uk.harbour.shared.BatchedReads;

/**
 * A plan's reviews, with who attended, and the young person's comments on their plan. Each insert
 * carries the form's request key, as {@link PlanItemRepository} does.
 */
@Repository
class PlanReviewRepository {

  private final JdbcClient jdbc;
  private final PlanItemRepository items;

  PlanReviewRepository(JdbcClient jdbc, PlanItemRepository items) {
    this.jdbc = jdbc;
    this.items = items;
  }

  /** The plan's reviews with who attended, read with the rest of the plan in one round trip. */
  Supplier<List<Review>> reviews(BatchedReads reads, CaseId caseId) {
    record Attending(UUID review, Attendee attendee) {}
    record Held(UUID id, Review review) {}
    BatchedReads.Result<Attending> attendees =
        reads.add(
            "SELECT a.review_id, a.name, a.agency, a.role FROM plan_review_attendee a"
                + " JOIN plan_review r ON r.id = a.review_id WHERE r.plan_id = "
                + PlanRepository.PLAN_OF_CASE
                + " ORDER BY a.review_id, a.position",
            List.of(caseId.value()),
            (rs, n) ->
                new Attending(
                    rs.getObject("review_id", UUID.class),
                    new Attendee(
                        rs.getString("name"), rs.getString("agency"), rs.getString("role"))));
    BatchedReads.Result<Held> reviews =
        reads.add(
            "SELECT id, held_on, attendees, young_person_part, young_person_views, family_part,"
                + " family_views, decisions, next_review_on, recorded_by_name FROM plan_review"
                + " WHERE plan_id = "
                + PlanRepository.PLAN_OF_CASE
                + " ORDER BY held_on DESC, recorded_at DESC",
            List.of(caseId.value()),
            (rs, n) ->
                new Held(
                    rs.getObject("id", UUID.class),
                    new Review(
                        rs.getDate("held_on").toLocalDate(),
                        List.of(),
                        rs.getString("attendees"),
                        Participation.valueOf(rs.getString("young_person_part")),
                        rs.getString("young_person_views"),
                        Participation.valueOf(rs.getString("family_part")),
                        rs.getString("family_views"),
                        rs.getString("decisions"),
                        rs.getDate("next_review_on").toLocalDate(),
                        rs.getString("recorded_by_name"))));
    return () -> {
      Map<UUID, List<Attendee>> byReview = new LinkedHashMap<>();
      attendees
          .rows()
          .forEach(
              a -> byReview.computeIfAbsent(a.review(), k -> new ArrayList<>()).add(a.attendee()));
      return reviews.rows().stream()
          .map(h -> h.review().withAttendees(byReview.getOrDefault(h.id(), List.of())))
          .toList();
    };
  }

  ItemWrite addReview(UUID planId, Review r, UUID requestKey, Instant now) {
    UUID id = UUID.randomUUID();
    int rows =
        jdbc.sql(
                """
                INSERT INTO plan_review (id, plan_id, held_on, attendees, young_person_part,
                       young_person_views, family_part, family_views, decisions, next_review_on,
                       recorded_at, recorded_by_name, request_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO NOTHING
                """)
            .params(
                id,
                planId,
                Date.valueOf(r.heldOn()),
                r.attendanceNotes(),
                r.youngPersonPart().name(),
                r.youngPersonViews(),
                r.familyPart().name(),
                r.familyViews(),
                r.decisions(),
                Date.valueOf(r.nextReviewOn()),
                Timestamp.from(now),
                r.recordedByName(),
                requestKey)
            .update();
    if (rows == 1) {
      for (int i = 0; i < r.attendees().size(); i++) {
        Attendee a = r.attendees().get(i);
        jdbc.sql(
                "INSERT INTO plan_review_attendee (review_id, position, name, agency, role)"
                    + " VALUES (?, ?, ?, ?, ?)")
            .params(id, i, a.name(), a.agency(), a.role())
            .update();
      }
    }
    return ItemWrite.inserted(rows, () -> items.keyInPlan("plan_review", planId, requestKey));
  }

  /** The young person's comments, newest first, read with the rest of the plan in one trip. */
  BatchedReads.Result<PlanComment> comments(BatchedReads reads, CaseId caseId) {
    return reads.add(
        "SELECT comment, how_gathered, recorded_at, recorded_by_name FROM plan_comment"
            + " WHERE plan_id = "
            + PlanRepository.PLAN_OF_CASE
            + " ORDER BY recorded_at DESC",
        List.of(caseId.value()),
        (rs, n) ->
            new PlanComment(
                rs.getString("comment"),
                rs.getString("how_gathered"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by_name")));
  }

  ItemWrite addComment(UUID planId, PlanComment c, UUID requestKey) {
    int rows =
        jdbc.sql(
                "INSERT INTO plan_comment (id, plan_id, comment, how_gathered, recorded_at,"
                    + " recorded_by_name, request_key) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (request_key) DO NOTHING")
            .params(
                UUID.randomUUID(),
                planId,
                c.comment(),
                c.howGathered(),
                Timestamp.from(c.recordedAt()),
                c.recordedByName(),
                requestKey)
            .update();
    return ItemWrite.inserted(rows, () -> items.keyInPlan("plan_comment", planId, requestKey));
  }
}

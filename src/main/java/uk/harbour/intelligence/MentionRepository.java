package uk.harbour.intelligence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each submission said about each person, vehicle, phone, account and place. */
@Repository
class MentionRepository {

  private final JdbcClient jdbc;

  MentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A draft's rows, replaced whole each time the draft is saved. */
  void replace(UUID submission, List<Item> items) {
    jdbc.sql("DELETE FROM intel_mention WHERE submission_id = ? AND entity_id IS NULL")
        .param(submission)
        .update();
    int position = 0;
    for (Item item : items) {
      jdbc.sql(
              """
              INSERT INTO intel_mention (id, submission_id, position, kind, name, nickname,
                approx_age, description, role, plate, make, colour, phone, platform, username,
                place_name, address, postcode, place_use, how_known)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              UUID.randomUUID(),
              submission,
              position++,
              item.kind().name(),
              item.name(),
              item.nickname(),
              item.approxAge(),
              item.description(),
              item.role(),
              item.plate(),
              item.make(),
              item.colour(),
              item.phone(),
              item.platform(),
              item.username(),
              item.placeName(),
              item.address(),
              item.postcode(),
              item.placeUse() == null ? null : item.placeUse().name(),
              item.howKnown() == null ? null : item.howKnown().name())
          .update();
    }
  }

  List<Item> of(UUID submission) {
    return jdbc.sql("SELECT * FROM intel_mention WHERE submission_id = ? ORDER BY position")
        .param(submission)
        .query(MentionRepository::item)
        .list();
  }

  /**
   * The newest {@code limit} mentions resolved to the entity, with their submissions' references.
   */
  List<EntityMention> ofEntity(UUID entity, int limit) {
    return jdbc.sql(
            """
            SELECT m.*, s.reference, s.submitted_at, s.source_evaluation,
                   s.intelligence_assessment, s.handling, s.handling_conditions
              FROM intel_mention m JOIN intel_submission s ON s.id = m.submission_id
             WHERE m.entity_id = ? ORDER BY s.submitted_at DESC, m.id LIMIT ?
            """)
        .params(entity, limit)
        .query(
            (rs, n) ->
                new EntityMention(
                    item(rs, n),
                    rs.getObject("submission_id", UUID.class),
                    rs.getString("reference"),
                    SubmissionRepository.instant(rs, "submitted_at"),
                    SubmissionRepository.grade(rs)))
        .list();
  }

  /** How many mentions an entry has. */
  long countOfEntity(UUID entity) {
    return jdbc.sql("SELECT count(*) FROM intel_mention WHERE entity_id = ?")
        .param(entity)
        .query(Long.class)
        .single();
  }

  /** One mention with its submission's id, or empty. */
  java.util.Optional<EntityMention> find(UUID mention) {
    return jdbc.sql(
            """
            SELECT m.*, s.reference, s.submitted_at, s.source_evaluation,
                   s.intelligence_assessment, s.handling, s.handling_conditions
              FROM intel_mention m JOIN intel_submission s ON s.id = m.submission_id
             WHERE m.id = ?
            """)
        .param(mention)
        .query(
            (rs, n) ->
                new EntityMention(
                    item(rs, n),
                    rs.getObject("submission_id", UUID.class),
                    rs.getString("reference"),
                    SubmissionRepository.instant(rs, "submitted_at"),
                    SubmissionRepository.grade(rs)))
        .optional();
  }

  void resolve(UUID mention, UUID entity) {
    jdbc.sql("UPDATE intel_mention SET entity_id = ? WHERE id = ?")
        .params(entity, mention)
        .update();
  }

  void recordDecision(
      UUID mention,
      UUID entity,
      String decision,
      String reasons,
      uk.harbour.accesscontrol.HarbourUser user,
      java.time.Instant now) {
    jdbc.sql(
            """
            INSERT INTO intel_resolution (id, mention_id, entity_id, decision, reasons,
              decided_by, decided_by_name, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            mention,
            entity,
            decision,
            reasons,
            user.id().value(),
            user.displayName(),
            java.sql.Timestamp.from(now))
        .update();
  }

  /** A mention of an entity with the submission it came from and that submission's grade. */
  record EntityMention(
      Item item,
      UUID submissionId,
      String reference,
      java.time.@Nullable Instant submittedAt,
      Submission.@Nullable Grade grade) {}

  private static Item item(ResultSet rs, int n) throws SQLException {
    return new Item(
        rs.getObject("id", UUID.class),
        EntityKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("nickname"),
        (Integer) rs.getObject("approx_age"),
        rs.getString("description"),
        rs.getString("role"),
        rs.getString("plate"),
        rs.getString("make"),
        rs.getString("colour"),
        rs.getString("phone"),
        rs.getString("platform"),
        rs.getString("username"),
        rs.getString("place_name"),
        rs.getString("address"),
        rs.getString("postcode"),
        SubmissionRepository.value(rs.getString("place_use"), PlaceUse::valueOf),
        SubmissionRepository.value(rs.getString("how_known"), HowKnown::valueOf),
        rs.getObject("entity_id", UUID.class));
  }
}

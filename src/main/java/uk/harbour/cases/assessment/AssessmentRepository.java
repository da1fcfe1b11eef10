package uk.harbour.cases.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.UserId;

/** The assessment tables. Callers check access and publish audit events. */
@Repository
class AssessmentRepository {

  private final JdbcClient jdbc;

  AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<WorkingCopy> working(CaseId caseId, boolean lock) {
    return jdbc.sql(
            "SELECT id, level_of_response, version, updated_at, updated_by_name,"
                + " review_prompted_at, review_prompt FROM assessment WHERE case_id = ?"
                + (lock ? " FOR UPDATE" : ""))
        .param(caseId.value())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new WorkingCopy(
                  id,
                  AssessmentContent.fromFields(texts(id, 0), level(rs)),
                  rs.getInt("version"),
                  rs.getTimestamp("updated_at").toInstant(),
                  rs.getString("updated_by_name"),
                  instant(rs, "review_prompted_at"),
                  rs.getString("review_prompt"));
            })
        .optional();
  }

  /** Creates the working copy; false if someone else created it first. */
  boolean create(UUID id, CaseId caseId, AssessmentContent content, Instant now, Editor by) {
    int created =
        jdbc.sql(
                """
                INSERT INTO assessment (id, case_id, level_of_response, version, created_at,
                                        updated_at, updated_by, updated_by_name)
                VALUES (?, ?, ?, 1, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING
                """)
            .params(
                id,
                caseId.value(),
                name(content.levelOfResponse()),
                Timestamp.from(now),
                Timestamp.from(now),
                by.id().value(),
                by.name())
            .update();
    if (created == 1) {
      writeTexts(id, 0, content);
    }
    return created == 1;
  }

  /** Saves the working copy if nobody has saved it since {@code expectedVersion}. */
  boolean update(UUID id, int expectedVersion, AssessmentContent content, Instant now, Editor by) {
    int updated =
        jdbc.sql(
                """
                UPDATE assessment SET level_of_response = ?, version = version + 1,
                       updated_at = ?, updated_by = ?, updated_by_name = ?
                 WHERE id = ? AND version = ?
                """)
            .params(
                name(content.levelOfResponse()),
                Timestamp.from(now),
                by.id().value(),
                by.name(),
                id,
                expectedVersion)
            .update();
    if (updated == 1) {
      jdbc.sql("DELETE FROM assessment_text WHERE assessment_id = ? AND version_number = 0")
          .param(id)
          .update();
      writeTexts(id, 0, content);
    }
    return updated == 1;
  }

  Optional<Integer> versionFromDraft(UUID id, int draftVersion) {
    return jdbc.sql(
            "SELECT number FROM assessment_version WHERE assessment_id = ? AND draft_version = ?")
        .params(id, draftVersion)
        .query(Integer.class)
        .optional();
  }

  int addVersion(WorkingCopy working, Instant now, Editor by) {
    int number =
        jdbc.sql(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM assessment_version"
                    + " WHERE assessment_id = ?")
            .param(working.id())
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO assessment_version (assessment_id, number, draft_version,
                   level_of_response, submitted_at, submitted_by, submitted_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            working.id(),
            number,
            working.version(),
            working.content().levelOfResponse().name(),
            Timestamp.from(now),
            by.id().value(),
            by.name())
        .update();
    writeTexts(working.id(), number, working.content());
    jdbc.sql("UPDATE assessment SET review_prompted_at = NULL, review_prompt = NULL WHERE id = ?")
        .param(working.id())
        .update();
    return number;
  }

  List<AssessmentVersion> versions(UUID id) {
    return jdbc.sql(
            """
            SELECT number, level_of_response, submitted_at, submitted_by, submitted_by_name,
                   signed_off_at, signed_off_by_name, sign_off_note
              FROM assessment_version WHERE assessment_id = ? ORDER BY number DESC
            """)
        .param(id)
        .query(
            (rs, n) ->
                new AssessmentVersion(
                    rs.getInt("number"),
                    level(rs),
                    rs.getTimestamp("submitted_at").toInstant(),
                    new UserId(rs.getObject("submitted_by", UUID.class)),
                    rs.getString("submitted_by_name"),
                    instant(rs, "signed_off_at"),
                    rs.getString("signed_off_by_name"),
                    rs.getString("sign_off_note")))
        .list();
  }

  AssessmentContent versionContent(UUID id, AssessmentVersion version) {
    return AssessmentContent.fromFields(texts(id, version.number()), version.levelOfResponse());
  }

  boolean signOff(UUID id, int number, String note, Instant now, Editor by) {
    return jdbc.sql(
                """
                UPDATE assessment_version SET signed_off_at = ?, signed_off_by = ?,
                       signed_off_by_name = ?, sign_off_note = ?
                 WHERE assessment_id = ? AND number = ? AND signed_off_at IS NULL
                """)
            .params(Timestamp.from(now), by.id().value(), by.name(), note, id, number)
            .update()
        == 1;
  }

  /**
   * Flags the case's assessment for review, if it has a submitted version. The first prompt since
   * the latest version sets when the review was prompted (its due date counts from then); later
   * prompts do not move it.
   */
  void promptReview(CaseId caseId, String why, Instant now) {
    jdbc.sql(
            """
            UPDATE assessment a SET review_prompted_at = COALESCE(a.review_prompted_at, ?),
                   review_prompt = ?
             WHERE a.case_id = ?
               AND EXISTS (SELECT 1 FROM assessment_version v WHERE v.assessment_id = a.id)
            """)
        .params(Timestamp.from(now), why, caseId.value())
        .update();
  }

  /** Concerns added to the case after the latest submitted version. */
  List<String> concernsSince(CaseId caseId, Instant since) {
    return jdbc.sql(
            "SELECT concern_ref FROM case_concern WHERE case_id = ? AND added_at > ?"
                + " ORDER BY added_at")
        .params(caseId.value(), Timestamp.from(since))
        .query(String.class)
        .list();
  }

  private Map<String, String> texts(UUID id, int versionNumber) {
    Map<String, String> texts = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT field, body FROM assessment_text WHERE assessment_id = ? AND version_number = ?")
        .params(id, versionNumber)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> texts.put(rs.getString("field"), rs.getString("body")));
    return texts;
  }

  private void writeTexts(UUID id, int versionNumber, AssessmentContent content) {
    content
        .fields()
        .forEach(
            (field, body) ->
                jdbc.sql(
                        "INSERT INTO assessment_text (assessment_id, version_number, field, body)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(id, versionNumber, field, body)
                    .update());
  }

  private static @Nullable LevelOfResponse level(ResultSet rs) throws SQLException {
    String level = rs.getString("level_of_response");
    return level == null ? null : LevelOfResponse.valueOf(level);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Who is making a change. */
  record Editor(UserId id, String name) {}
}

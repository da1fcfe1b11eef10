package uk.harbour.cases.youngperson;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseText;
import uk.harbour.cases.ItemWrite;
import uk.harbour.shared.ChildId;

/** The young person's profile, relationships, linked children and persons of concern. */
@Repository
class YoungPersonRepository {

  private final JdbcClient jdbc;

  YoungPersonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Records.Profile profile(ChildId child) {
    return jdbc.sql(
            "SELECT education, care, strengths, interests, hopes, updated_at, updated_by_name,"
                + " version FROM young_person_profile WHERE child_id = ?")
        .param(child.value())
        .query(
            (rs, n) ->
                new Records.Profile(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7),
                    rs.getInt(8)))
        .optional()
        .orElseGet(Records.Profile::empty);
  }

  /** Saves the profile if it is still at the version opened (0: not saved before). */
  boolean saveProfile(ChildId child, int openedVersion, ProfileForm f, Instant now, String by) {
    Object[] values = {
      CaseText.kept(f.getEducation()),
      CaseText.kept(f.getCare()),
      CaseText.kept(f.getStrengths()),
      CaseText.kept(f.getInterests()),
      CaseText.kept(f.getHopes()),
      Timestamp.from(now),
      by
    };
    if (openedVersion == 0) {
      return jdbc.sql(
                  """
                  INSERT INTO young_person_profile (education, care, strengths, interests, hopes,
                      updated_at, updated_by_name, version, child_id)
                  VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (child_id) DO NOTHING
                  """)
              .params(append(values, child.value()))
              .update()
          == 1;
    }
    return jdbc.sql(
                """
                UPDATE young_person_profile SET education = ?, care = ?, strengths = ?,
                       interests = ?, hopes = ?, updated_at = ?, updated_by_name = ?,
                       version = version + 1
                 WHERE child_id = ? AND version = ?
                """)
            .params(append(append(values, child.value()), openedVersion))
            .update()
        == 1;
  }

  List<Records.Relationship> relationships(ChildId child) {
    return jdbc.sql(
            "SELECT id, kind, name, relationship, closeness, notes FROM young_person_relationship"
                + " WHERE child_id = ? AND removed_at IS NULL ORDER BY kind, created_at")
        .param(child.value())
        .query(
            (rs, n) ->
                new Records.Relationship(
                    rs.getObject(1, UUID.class),
                    RelationshipKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    Closeness.valueOf(rs.getString(5)),
                    rs.getString(6)))
        .list();
  }

  /** Adds the relationship unless one with its id exists (the form sent twice, or a changed id). */
  ItemWrite addRelationship(UUID id, ChildId child, RelationshipForm f, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
                INSERT INTO young_person_relationship (id, child_id, kind, name, relationship,
                    closeness, notes, created_at, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """)
            .params(
                id,
                child.value(),
                f.getKind().name(),
                f.getName(),
                CaseText.kept(f.getRelationship()),
                f.getCloseness().name(),
                CaseText.kept(f.getNotes()),
                Timestamp.from(now),
                by)
            .update();
    return ItemWrite.inserted(rows, () -> childHas("young_person_relationship", child, id));
  }

  List<LinkedRow> linkedChildren(ChildId child) {
    return jdbc.sql(
            "SELECT id, linked_child_id, linked_reference, link_kind, reason FROM linked_child"
                + " WHERE child_id = ? AND removed_at IS NULL ORDER BY created_at")
        .param(child.value())
        .query(
            (rs, n) ->
                new LinkedRow(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    LinkKind.valueOf(rs.getString(4)),
                    rs.getString(5)))
        .list();
  }

  /** Links another child; a second link to the same child is ignored. */
  boolean link(
      ChildId child,
      ChildId other,
      String reference,
      LinkKind kind,
      String reason,
      Instant now,
      String by) {
    return jdbc.sql(
                """
                INSERT INTO linked_child (id, child_id, linked_child_id, linked_reference,
                    link_kind, reason, created_at, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (child_id, linked_child_id) WHERE removed_at IS NULL DO NOTHING
                """)
            .params(
                UUID.randomUUID(),
                child.value(),
                other.value(),
                reference,
                kind.name(),
                reason,
                Timestamp.from(now),
                by)
            .update()
        == 1;
  }

  List<Records.PersonOfConcern> personsOfConcern(ChildId child) {
    return jdbc.sql(
            "SELECT id, name, description, concern_child_ref FROM person_of_concern"
                + " WHERE child_id = ? AND removed_at IS NULL ORDER BY created_at")
        .param(child.value())
        .query(
            (rs, n) ->
                new Records.PersonOfConcern(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /** Names the person unless an entry with its id exists (the form sent twice, or a changed id). */
  ItemWrite addPersonOfConcern(
      UUID id,
      ChildId child,
      String name,
      String description,
      ChildId namedChild,
      String namedChildReference,
      Instant now,
      String by) {
    int rows =
        jdbc.sql(
                """
                INSERT INTO person_of_concern (id, child_id, name, description, concern_child_id,
                    concern_child_ref, created_at, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """)
            .params(
                id,
                child.value(),
                name,
                description,
                namedChild == null ? null : namedChild.value(),
                namedChildReference,
                Timestamp.from(now),
                by)
            .update();
    return ItemWrite.inserted(rows, () -> childHas("person_of_concern", child, id));
  }

  /** Whether the child's own rows in {@code table} include this id (removed or not). */
  boolean childHas(String table, ChildId child, UUID id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = ? AND child_id = ?)")
        .params(id, child.value())
        .query(Boolean.class)
        .single();
  }

  /** Whether this child is named as a person of concern in another child's case. */
  boolean namedAsPersonOfConcern(ChildId child) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM person_of_concern WHERE concern_child_id = ?"
                + " AND removed_at IS NULL)")
        .param(child.value())
        .query(Boolean.class)
        .single();
  }

  /** What names a current (not removed) item of the child's, if there is one with this id. */
  java.util.Optional<String> current(Removable kind, ChildId child, UUID id) {
    return jdbc.sql(
            "SELECT "
                + kind.label()
                + " FROM "
                + kind.table()
                + " WHERE id = ? AND child_id = ? AND removed_at IS NULL")
        .params(id, child.value())
        .query(String.class)
        .optional();
  }

  /**
   * Marks the item removed, with the reason; nothing is deleted.
   *
   * @return the named child, for a person of concern who is a child known to Harbour (or a linked
   *     child), if it was removed now; empty if it was removed already
   */
  java.util.Optional<java.util.Optional<UUID>> remove(
      Removable kind, ChildId child, UUID id, String reason, Instant now, String by) {
    String other =
        switch (kind) {
          case PERSON_OF_CONCERN -> "concern_child_id";
          case LINKED_CHILD -> "linked_child_id";
          case RELATIONSHIP -> "NULL::uuid";
        };
    return jdbc.sql(
            "UPDATE "
                + kind.table()
                + " SET removed_at = ?, removed_by_name = ?, removal_reason = ?"
                + " WHERE id = ? AND child_id = ? AND removed_at IS NULL RETURNING "
                + other)
        .params(Timestamp.from(now), by, reason, id, child.value())
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class)))
        .optional();
  }

  /** A linked child as stored, before the access policy says whether it may be opened. */
  record LinkedRow(UUID id, UUID linkedChildId, String reference, LinkKind kind, String reason) {}

  private static Object[] append(Object[] values, Object last) {
    Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
    all[values.length] = last;
    return all;
  }
}

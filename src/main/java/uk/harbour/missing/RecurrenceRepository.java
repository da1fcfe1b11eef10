package uk.harbour.missing;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * Finds other children whose missing episodes share a found location, a place in the register, or a
 * person or vehicle with an episode, and records each pair of children once (recurrence_flag).
 * Every look-up is by an index: found_location_key, found_place_id, missing_episode_with.entity_id,
 * and the flag table's unique key.
 */
@Repository
class RecurrenceRepository {

  /** The most other children one subject is compared with at a time. */
  static final int MOST_CHILDREN = 1_000;

  /** What an episode could share with other children's episodes. */
  enum Kind {
    LOCATION("e.found_location_key = :key"),
    PLACE("e.found_place_id = CAST(:key AS uuid)"),
    ENTITY(
        "e.id IN (SELECT w.episode_id FROM missing_episode_with w"
            + " WHERE w.entity_id = CAST(:key AS uuid))");

    private final String matches;

    Kind(String matches) {
      this.matches = matches;
    }
  }

  /**
   * What one episode could share: its child, found address and key, place, and register entries.
   */
  record Subjects(
      ChildId child,
      @Nullable String locationKey,
      @Nullable String address,
      @Nullable String postcode,
      @Nullable UUID place,
      List<UUID> entities) {}

  private final JdbcClient jdbc;

  RecurrenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Subjects> subjectsOf(EpisodeId episode) {
    return jdbc.sql(
            """
            SELECT e.child_id, e.found_location_key, e.found_address, e.found_postcode,
                   e.found_place_id,
                   ARRAY(SELECT DISTINCT w.entity_id FROM missing_episode_with w
                          WHERE w.episode_id = e.id AND w.entity_id IS NOT NULL) AS entities
              FROM missing_episode e WHERE e.id = ?
            """)
        .param(episode.value())
        .query(
            (rs, n) ->
                new Subjects(
                    new ChildId(rs.getObject("child_id", UUID.class)),
                    rs.getString("found_location_key"),
                    rs.getString("found_address"),
                    rs.getString("found_postcode"),
                    rs.getObject("found_place_id", UUID.class),
                    uuids(rs.getArray("entities"))))
        .optional();
  }

  /**
   * Records the pairs this child makes with every other child whose episodes share the subject, and
   * returns the other children of the pairs that are new (those already flagged are left alone).
   */
  List<ChildId> flagNewPairs(
      Kind kind, String key, String words, ChildId child, EpisodeId episode, Instant now) {
    return jdbc
        .sql(
            "INSERT INTO recurrence_flag (id, subject_kind, subject_key, subject_words, child_id,"
                + " other_child_id, episode_id, flagged_at)"
                + " SELECT gen_random_uuid(), :kind, :key, :words, LEAST(:child, o.child_id),"
                + " GREATEST(:child, o.child_id), :episode, :now"
                + " FROM (SELECT DISTINCT e.child_id FROM missing_episode e WHERE "
                + kind.matches
                + " AND e.child_id <> :child LIMIT "
                + MOST_CHILDREN
                + ") o ON CONFLICT DO NOTHING"
                + " RETURNING CASE WHEN child_id = :child THEN other_child_id ELSE child_id END")
        .param("kind", kind.name())
        .param("key", key)
        .param("words", words)
        .param("child", child.value())
        .param("episode", episode.value())
        .param("now", Timestamp.from(now))
        .query(UUID.class)
        .list()
        .stream()
        .map(ChildId::new)
        .toList();
  }

  /** How many different children's episodes share the subject. */
  long childrenSharing(Kind kind, String key) {
    return jdbc.sql(
            "SELECT count(DISTINCT e.child_id) FROM missing_episode e WHERE " + kind.matches)
        .param("key", key)
        .query(Long.class)
        .single();
  }

  private static List<UUID> uuids(@Nullable Array array) throws java.sql.SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return new ArrayList<>(Arrays.stream(values).map(v -> (UUID) v).toList());
  }
}

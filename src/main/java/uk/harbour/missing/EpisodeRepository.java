package uk.harbour.missing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Missing episodes and who the child was found with. Who may see them is the caller's access
 * policy: one child's episodes are read after {@code requireChild}, lists take the policy's clause
 * on {@code e.child_id}.
 */
@Repository
class EpisodeRepository {

  static final String SELECT =
      """
      SELECT e.id, e.child_id, e.kind, e.left_at, e.last_seen_at, e.start_at, e.returned_at,
             e.previous_episode_id, e.reported_to_police, e.police_reference,
             e.police_risk_grade, e.found_where, e.found_address, e.found_postcode,
             e.found_location_key, e.found_place_id, e.how_returned, e.harm_disclosed,
             e.harm_notes, e.recorded_by, u.display_name AS recorded_by_name,
             e.recorder_capacity, e.version, e.created_at
        FROM missing_episode e
        JOIN app_user u ON u.id = e.recorded_by
      """;

  private final JdbcClient jdbc;

  EpisodeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the child's row until the transaction ends, so two people recording episodes for the same
   * child at once cannot both pass the overlap check.
   */
  void lockChild(ChildId child) {
    jdbc.sql("SELECT id FROM child WHERE id = ? FOR UPDATE")
        .param(child.value())
        .query(UUID.class)
        .optional();
  }

  Optional<MissingEpisode> find(EpisodeId id) {
    return jdbc.sql(SELECT + " WHERE e.id = ?")
        .param(id.value())
        .query(EpisodeRepository::episode)
        .optional()
        .map(e -> withFoundWith(List.of(e)).get(0));
  }

  /** The child's episodes, newest first. */
  List<MissingEpisode> forChild(ChildId child) {
    return withFoundWith(
        jdbc.sql(SELECT + " WHERE e.child_id = ? ORDER BY e.start_at DESC, e.id")
            .param(child.value())
            .query(EpisodeRepository::episode)
            .list());
  }

  /** The child's episodes that started at or after {@code since}, oldest first. */
  List<MissingEpisode> forChildSince(ChildId child, Instant since) {
    return withFoundWith(
        jdbc.sql(SELECT + " WHERE e.child_id = ? AND e.start_at >= ? ORDER BY e.start_at, e.id")
            .params(child.value(), Timestamp.from(since))
            .query(EpisodeRepository::episode)
            .list());
  }

  /**
   * Whether another of the child's episodes overlaps the period from {@code start} to {@code end}
   * (open-ended when null). Touching ends (one ends as the next starts) do not overlap.
   */
  boolean overlaps(
      ChildId child, Instant start, @Nullable Instant end, @Nullable EpisodeId excluding) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM missing_episode e
                            WHERE e.child_id = :child AND e.id <> :excluding
                              AND (e.returned_at IS NULL OR e.returned_at > :start)
                              AND (CAST(:end AS timestamptz) IS NULL OR e.start_at < :end))
            """)
        .param("child", child.value())
        .param("excluding", excluding == null ? new UUID(0, 0) : excluding.value())
        .param("start", Timestamp.from(start))
        .param("end", end == null ? null : Timestamp.from(end))
        .query(Boolean.class)
        .single();
  }

  void insert(MissingEpisode e) {
    jdbc.sql(
            """
            INSERT INTO missing_episode (id, child_id, kind, left_at, last_seen_at, start_at,
                   returned_at, previous_episode_id, reported_to_police, police_reference,
                   police_risk_grade, found_where, found_address, found_postcode,
                   found_location_key, found_place_id, how_returned, harm_disclosed, harm_notes,
                   recorded_by, recorder_capacity, version, created_at, updated_at,
                   updated_by_name)
            VALUES (:id, :child, :kind, :left, :lastSeen, :start, :returned, :previous,
                    :reported, :reference, :grade, :where, :address, :postcode, :key, :place,
                    :how, :harm, :harmNotes, :recordedBy, :capacity, 1, :created, :created,
                    :recordedByName)
            """)
        .param("id", e.id().value())
        .param("child", e.child().value())
        .param("kind", e.kind().name())
        .param("previous", e.previous() == null ? null : e.previous().value())
        .param("recordedBy", e.recordedBy().value())
        .param("capacity", e.capacity().name())
        .param("recordedByName", e.recordedByName())
        .param("created", Timestamp.from(e.createdAt()))
        .params(detailParams(e))
        .update();
    replaceFoundWith(e.id(), e.foundWith());
  }

  /**
   * Saves the episode's times and details if it is still at {@code version}; false if it is not.
   */
  boolean update(MissingEpisode e, int version, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
                UPDATE missing_episode SET left_at = :left, last_seen_at = :lastSeen,
                       start_at = :start, returned_at = :returned,
                       reported_to_police = :reported, police_reference = :reference,
                       police_risk_grade = :grade, found_where = :where,
                       found_address = :address, found_postcode = :postcode,
                       found_location_key = :key, found_place_id = :place, how_returned = :how,
                       harm_disclosed = :harm, harm_notes = :harmNotes,
                       recorder_capacity = :capacity,
                       version = version + 1, updated_at = :now, updated_by_name = :by
                 WHERE id = :id AND version = :version
                """)
            .params(detailParams(e))
            .param("now", Timestamp.from(now))
            .param("by", by)
            .param("capacity", e.capacity().name())
            .param("id", e.id().value())
            .param("version", version)
            .update();
    if (rows == 1) {
      replaceFoundWith(e.id(), e.foundWith());
    }
    return rows == 1;
  }

  /** Who last changed the episode and when, for the stale-save message. */
  Optional<LastChange> lastChange(EpisodeId id) {
    return jdbc.sql(
            "SELECT COALESCE(updated_by_name, '') AS by_name, updated_at FROM missing_episode"
                + " WHERE id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new LastChange(rs.getString("by_name"), rs.getTimestamp("updated_at").toInstant()))
        .optional();
  }

  record LastChange(String by, Instant at) {}

  private void replaceFoundWith(EpisodeId id, List<MissingEpisode.FoundWith> with) {
    jdbc.sql("DELETE FROM missing_episode_with WHERE episode_id = ?").param(id.value()).update();
    for (MissingEpisode.FoundWith w : with) {
      jdbc.sql(
              "INSERT INTO missing_episode_with (id, episode_id, entity_id, description)"
                  + " VALUES (?, ?, ?, ?)")
          .params(
              UUID.randomUUID(),
              id.value(),
              w.entity() == null ? null : w.entity().value(),
              w.description())
          .update();
    }
  }

  /** The episodes with who they were found with filled in, in one more query. */
  List<MissingEpisode> withFoundWith(List<MissingEpisode> episodes) {
    if (episodes.isEmpty()) {
      return episodes;
    }
    Map<UUID, List<MissingEpisode.FoundWith>> byEpisode = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT episode_id, entity_id, description FROM missing_episode_with"
                + " WHERE episode_id IN (:ids) ORDER BY episode_id, id")
        .param("ids", episodes.stream().map(e -> e.id().value()).toList())
        .query(
            rs -> {
              UUID entity = rs.getObject("entity_id", UUID.class);
              byEpisode
                  .computeIfAbsent(rs.getObject("episode_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new MissingEpisode.FoundWith(
                          entity == null ? null : new EntityId(entity),
                          rs.getString("description")));
            });
    List<MissingEpisode> filled = new ArrayList<>(episodes.size());
    for (MissingEpisode e : episodes) {
      List<MissingEpisode.FoundWith> with = byEpisode.get(e.id().value());
      filled.add(with == null ? e : withList(e, with));
    }
    return filled;
  }

  private static MissingEpisode withList(MissingEpisode e, List<MissingEpisode.FoundWith> with) {
    return new MissingEpisode(
        e.id(),
        e.child(),
        e.kind(),
        e.times(),
        e.previous(),
        e.police(),
        e.found(),
        e.howReturned(),
        e.harm(),
        e.recordedBy(),
        e.recordedByName(),
        e.capacity(),
        with,
        e.version(),
        e.createdAt());
  }

  private static Map<String, @Nullable Object> detailParams(MissingEpisode e) {
    Map<String, @Nullable Object> p = new LinkedHashMap<>();
    p.put("left", ts(e.times().leftAt()));
    p.put("lastSeen", ts(e.times().lastSeenAt()));
    p.put("start", ts(e.times().startAt()));
    p.put("returned", ts(e.times().returnedAt()));
    p.put("reported", e.police().reported());
    p.put("reference", e.police().reference());
    p.put("grade", e.police().grade() == null ? null : e.police().grade().name());
    p.put("where", e.found().where());
    p.put("address", e.found().address());
    p.put("postcode", e.found().postcode());
    p.put("key", e.found().locationKey());
    p.put("place", e.found().place() == null ? null : e.found().place().value());
    p.put("how", e.howReturned() == null ? null : e.howReturned().name());
    p.put("harm", e.harm().disclosed());
    p.put("harmNotes", e.harm().notes());
    return p;
  }

  static @Nullable Timestamp ts(@Nullable Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** One row of {@link #SELECT}, without who the child was found with. */
  static MissingEpisode episode(ResultSet rs, int n) throws SQLException {
    UUID previous = rs.getObject("previous_episode_id", UUID.class);
    UUID place = rs.getObject("found_place_id", UUID.class);
    String grade = rs.getString("police_risk_grade");
    String how = rs.getString("how_returned");
    return new MissingEpisode(
        new EpisodeId(rs.getObject("id", UUID.class)),
        new ChildId(rs.getObject("child_id", UUID.class)),
        EpisodeKind.valueOf(rs.getString("kind")),
        new MissingEpisode.Times(
            instant(rs, "left_at"),
            instant(rs, "last_seen_at"),
            rs.getTimestamp("start_at").toInstant(),
            instant(rs, "returned_at")),
        previous == null ? null : new EpisodeId(previous),
        new MissingEpisode.Police(
            rs.getBoolean("reported_to_police"),
            rs.getString("police_reference"),
            grade == null ? null : PoliceRiskGrade.valueOf(grade)),
        new MissingEpisode.Found(
            rs.getString("found_where"),
            rs.getString("found_address"),
            rs.getString("found_postcode"),
            rs.getString("found_location_key"),
            place == null ? null : new EntityId(place)),
        how == null ? null : HowReturned.valueOf(how),
        new MissingEpisode.Harm(rs.getBoolean("harm_disclosed"), rs.getString("harm_notes")),
        new UserId(rs.getObject("recorded_by", UUID.class)),
        rs.getString("recorded_by_name"),
        RecorderCapacity.valueOf(rs.getString("recorder_capacity")),
        List.of(),
        rs.getInt("version"),
        rs.getTimestamp("created_at").toInstant());
  }
}

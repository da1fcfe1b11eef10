package uk.harbour.contexts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.ControllerKind;
import uk.harbour.contexts.Kinds.Decision;
import uk.harbour.contexts.Records.Context;
import uk.harbour.contexts.Records.NewContext;
import uk.harbour.contexts.Records.Ranked;
import uk.harbour.contexts.Records.Referral;

/**
 * The register of contexts and the referrals about them. Nothing here names a child: links are
 * counted, never listed (the child's case reads them, {@link CaseContextRepository}).
 */
@Repository
class ContextRepository {

  private static final String SELECT =
      """
      SELECT x.*, (SELECT count(*) FROM context_link l WHERE l.context_id = x.id) AS linked
        FROM context x
      """;

  private final JdbcClient jdbc;

  ContextRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ContextId id, NewContext c, Instant now, String by) {
    jdbc.sql(
            """
            INSERT INTO context (id, kind, name, description, controller_name, controller_kind,
                   place_id, address, postcode, version, created_at, created_by_name, updated_at,
                   updated_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
            """)
        .params(
            id.value(),
            c.kind().name(),
            c.name(),
            c.description(),
            c.controllerName(),
            c.controllerKind() == null ? null : c.controllerKind().name(),
            c.placeId(),
            c.address(),
            c.postcode(),
            Timestamp.from(now),
            by,
            Timestamp.from(now),
            by)
        .update();
  }

  boolean exists(ContextId id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM context WHERE id = ?)")
        .param(id.value())
        .query(Boolean.class)
        .single();
  }

  Optional<Context> find(ContextId id) {
    return jdbc.sql(SELECT + " WHERE x.id = ?")
        .param(id.value())
        .query(ContextRepository::context)
        .optional();
  }

  List<Context> all(int limit) {
    return jdbc.sql(SELECT + " ORDER BY lower(x.name), x.id LIMIT ?")
        .param(limit)
        .query(ContextRepository::context)
        .list();
  }

  /** The address and postcode of those of these contexts that have either. */
  java.util.Map<ContextId, ContextPlace> places(java.util.Collection<ContextId> ids) {
    java.util.Map<ContextId, ContextPlace> places = new java.util.LinkedHashMap<>();
    if (ids.isEmpty()) {
      return places;
    }
    jdbc.sql(
            "SELECT id, address, postcode FROM context WHERE id = ANY(?)"
                + " AND (address IS NOT NULL OR postcode IS NOT NULL)")
        .param(ids.stream().map(ContextId::value).toArray(UUID[]::new))
        .query(
            rs -> {
              places.put(
                  new ContextId(rs.getObject("id", UUID.class)),
                  new ContextPlace(rs.getString("address"), rs.getString("postcode")));
            });
    return places;
  }

  /** Contexts by linked children, then referrals about them: counts only. */
  List<Ranked> ranked(int limit) {
    return jdbc.sql(
            """
            SELECT x.id, x.name, x.kind,
                   (SELECT count(*) FROM context_link l WHERE l.context_id = x.id) AS linked,
                   (SELECT count(*) FROM context_referral r WHERE r.context_id = x.id) AS referrals
              FROM context x
             ORDER BY linked DESC, referrals DESC, lower(x.name), x.id
             LIMIT ?
            """)
        .param(limit)
        .query(
            (rs, n) ->
                new Ranked(
                    new ContextId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    ContextKind.valueOf(rs.getString("kind")),
                    rs.getInt("linked"),
                    rs.getInt("referrals"),
                    null))
        .list();
  }

  void insertReferral(
      UUID id,
      ContextKind kind,
      String name,
      String whatNoticed,
      String by,
      String agency,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO context_referral (id, kind, name, what_noticed, referred_by_name,
                   referred_by_agency, referred_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1)
            """)
        .params(id, kind.name(), name, whatNoticed, by, agency, Timestamp.from(now))
        .update();
  }

  Optional<Referral> referral(UUID id) {
    return jdbc.sql("SELECT * FROM context_referral WHERE id = ?")
        .param(id)
        .query(ContextRepository::referral)
        .optional();
  }

  /** Referrals waiting for a decision, oldest first; or those about one context. */
  List<Referral> referrals(@Nullable ContextId about, int limit) {
    return jdbc.sql(
            "SELECT * FROM context_referral WHERE "
                + (about == null ? "decision IS NULL" : "context_id = :about")
                + " ORDER BY referred_at, id LIMIT :limit")
        .param("about", about == null ? null : about.value())
        .param("limit", limit)
        .query(ContextRepository::referral)
        .list();
  }

  /** Records the decision unless someone decided since; false if they did. */
  boolean decide(
      UUID id,
      int openedVersion,
      Decision decision,
      @Nullable String reason,
      @Nullable ContextId context,
      String by,
      Instant now) {
    return jdbc.sql(
                """
            UPDATE context_referral
               SET decision = ?, decision_reason = ?, context_id = ?, decided_by_name = ?,
                   decided_at = ?, version = version + 1
             WHERE id = ? AND version = ? AND decision IS NULL
            """)
            .params(
                decision.name(),
                reason,
                context == null ? null : context.value(),
                by,
                Timestamp.from(now),
                id,
                openedVersion)
            .update()
        == 1;
  }

  private static Context context(ResultSet rs, int n) throws SQLException {
    String controllerKind = rs.getString("controller_kind");
    return new Context(
        new ContextId(rs.getObject("id", UUID.class)),
        ContextKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("controller_name"),
        controllerKind == null ? null : ControllerKind.valueOf(controllerKind),
        rs.getObject("place_id", UUID.class),
        rs.getString("address"),
        rs.getString("postcode"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"),
        rs.getInt("linked"));
  }

  private static Referral referral(ResultSet rs, int n) throws SQLException {
    String decision = rs.getString("decision");
    UUID context = rs.getObject("context_id", UUID.class);
    return new Referral(
        rs.getObject("id", UUID.class),
        ContextKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("what_noticed"),
        rs.getString("referred_by_name"),
        rs.getString("referred_by_agency"),
        rs.getTimestamp("referred_at").toInstant(),
        decision == null ? null : Decision.valueOf(decision),
        rs.getString("decision_reason"),
        context == null ? null : new ContextId(context),
        rs.getString("decided_by_name"),
        rs.getInt("version"));
  }
}

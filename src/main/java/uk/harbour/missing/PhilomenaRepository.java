package uk.harbour.missing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * Philomena profiles and their photographs. The access rule is applied by {@link PhilomenaProfiles}
 * before any of these is called: every method is about one child.
 */
@Repository
class PhilomenaRepository {

  private static final String COLUMNS =
      "height, build, hair, features, clothing, associates, addresses, places, phones,"
          + " social_media, transport, money, medication, health_conditions";

  private final JdbcClient jdbc;

  PhilomenaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PhilomenaProfile> find(ChildId child) {
    return jdbc.sql(
            "SELECT p.child_id, "
                + COLUMNS
                + ", p.confirmed_at, p.confirmed_by_name, p.updated_at, p.updated_by_name,"
                + " p.version,"
                + " EXISTS (SELECT 1 FROM missing_philomena_photo ph"
                + " WHERE ph.child_id = p.child_id) AS has_photo"
                + " FROM missing_philomena_profile p WHERE p.child_id = :child")
        .param("child", child.value())
        .query((rs, n) -> profile(child, rs))
        .optional();
  }

  /** Creates the child's profile; false if someone created it first. */
  boolean insert(ChildId child, PhilomenaProfile.Details d, String byName, Instant at) {
    return jdbc.sql(
                "INSERT INTO missing_philomena_profile (child_id, "
                    + COLUMNS
                    + ", confirmed_at, confirmed_by_name, version, created_at, created_by_name,"
                    + " updated_at, updated_by_name) VALUES (:child, :height, :build, :hair,"
                    + " :features, :clothing, :associates, :addresses, :places, :phones,"
                    + " :socialMedia, :transport, :money, :medication, :healthConditions, :at,"
                    + " :by, 0, :at, :by, :at, :by) ON CONFLICT (child_id) DO NOTHING")
            .params(params(d))
            .param("child", child.value())
            .param("at", Timestamp.from(at))
            .param("by", byName)
            .update()
        == 1;
  }

  /** Saves the details over the version opened (a save is also a confirmation); false if stale. */
  boolean update(
      ChildId child, int openedVersion, PhilomenaProfile.Details d, String byName, Instant at) {
    return jdbc.sql(
                "UPDATE missing_philomena_profile SET height = :height, build = :build,"
                    + " hair = :hair, features = :features, clothing = :clothing,"
                    + " associates = :associates, addresses = :addresses, places = :places,"
                    + " phones = :phones, social_media = :socialMedia, transport = :transport,"
                    + " money = :money, medication = :medication,"
                    + " health_conditions = :healthConditions, confirmed_at = :at,"
                    + " confirmed_by_name = :by, updated_at = :at, updated_by_name = :by,"
                    + " version = version + 1 WHERE child_id = :child AND version = :version")
            .params(params(d))
            .param("child", child.value())
            .param("at", Timestamp.from(at))
            .param("by", byName)
            .param("version", openedVersion)
            .update()
        == 1;
  }

  /** Records that the profile is still current, over the version opened; false if stale. */
  boolean confirm(ChildId child, int openedVersion, String byName, Instant at) {
    return jdbc.sql(
                "UPDATE missing_philomena_profile SET confirmed_at = :at,"
                    + " confirmed_by_name = :by, version = version + 1"
                    + " WHERE child_id = :child AND version = :version")
            .param("child", child.value())
            .param("at", Timestamp.from(at))
            .param("by", byName)
            .param("version", openedVersion)
            .update()
        == 1;
  }

  /** Stores (or replaces) the child's photograph. */
  void savePhoto(ChildId child, String mediaType, byte[] content, String byName, Instant at) {
    jdbc.sql(
            "INSERT INTO missing_philomena_photo (child_id, media_type, content, uploaded_at,"
                + " uploaded_by_name) VALUES (:child, :type, :content, :at, :by)"
                + " ON CONFLICT (child_id) DO UPDATE SET media_type = EXCLUDED.media_type,"
                + " content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at,"
                + " uploaded_by_name = EXCLUDED.uploaded_by_name")
        .param("child", child.value())
        .param("type", mediaType)
        .param("content", content)
        .param("at", Timestamp.from(at))
        .param("by", byName)
        .update();
  }

  /** Removes the child's photograph; false if there was none. */
  boolean removePhoto(ChildId child) {
    return jdbc.sql("DELETE FROM missing_philomena_photo WHERE child_id = :child")
            .param("child", child.value())
            .update()
        == 1;
  }

  Optional<Photo> photo(ChildId child) {
    return jdbc.sql(
            "SELECT media_type, content FROM missing_philomena_photo WHERE child_id = :child")
        .param("child", child.value())
        .query((rs, n) -> new Photo(rs.getString("media_type"), rs.getBytes("content")))
        .optional();
  }

  private static java.util.Map<String, Object> params(PhilomenaProfile.Details d) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    d.byField().forEach((name, value) -> params.put(name, value));
    return params;
  }

  /** A stored photograph. */
  record Photo(String mediaType, byte[] content) {}

  private static PhilomenaProfile profile(ChildId child, ResultSet rs) throws SQLException {
    return new PhilomenaProfile(
        child,
        new PhilomenaProfile.Details(
            rs.getString("height"),
            rs.getString("build"),
            rs.getString("hair"),
            rs.getString("features"),
            rs.getString("clothing"),
            rs.getString("associates"),
            rs.getString("addresses"),
            rs.getString("places"),
            rs.getString("phones"),
            rs.getString("social_media"),
            rs.getString("transport"),
            rs.getString("money"),
            rs.getString("medication"),
            rs.getString("health_conditions")),
        rs.getTimestamp("confirmed_at").toInstant(),
        rs.getString("confirmed_by_name"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"),
        rs.getInt("version"),
        rs.getBoolean("has_photo"));
  }
}

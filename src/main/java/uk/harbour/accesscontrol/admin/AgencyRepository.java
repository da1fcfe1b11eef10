package uk.harbour.accesscontrol.admin;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.shared.AgencyId;

/** Agencies as administrators change them. */
@Repository
class AgencyRepository {

  record AgencyDetails(AgencyId id, String name, AgencyKind kind, int version) {}

  private final JdbcClient jdbc;

  AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AgencyDetails> find(AgencyId id) {
    return jdbc.sql("SELECT id, name, kind, version FROM agency WHERE id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new AgencyDetails(
                    new AgencyId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    AgencyKind.valueOf(rs.getString("kind")),
                    rs.getInt("version")))
        .optional();
  }

  boolean nameTaken(String name, AgencyId except) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM agency WHERE lower(name) = lower(?)"
                + " AND id IS DISTINCT FROM ?)")
        .params(name, except == null ? null : except.value())
        .query(Boolean.class)
        .single();
  }

  boolean update(AgencyId id, String name, AgencyKind kind, int version) {
    return jdbc.sql(
                "UPDATE agency SET name = ?, kind = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .params(name, kind.name(), id.value(), version)
            .update()
        == 1;
  }
}

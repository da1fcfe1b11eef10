package uk.harbour.missing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many episodes ended with the child found at each of some normalised addresses. */
@Repository
class FoundAtRepository {

  private final JdbcClient jdbc;

  FoundAtRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Episodes per location key (through missing_episode_location_ix); absent keys have none. */
  Map<String, Integer> episodesAt(Collection<String> keys) {
    Map<String, Integer> counts = new HashMap<>();
    if (keys.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "SELECT found_location_key, count(*) AS n FROM missing_episode"
                + " WHERE found_location_key = ANY(?) GROUP BY found_location_key")
        .param(keys.toArray(String[]::new))
        .query(
            rs -> {
              counts.put(rs.getString("found_location_key"), rs.getInt("n"));
            });
    return counts;
  }
}

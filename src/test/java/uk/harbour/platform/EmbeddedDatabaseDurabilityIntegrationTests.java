package uk.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL Harbour runs on by default flushes every commit to disk, so a crash or a
 * power cut loses nothing saved; only a throw-away database (the tests') skips it for speed.
 */
class EmbeddedDatabaseDurabilityIntegrationTests {

  @Test
  void theApplicationsEmbeddedDatabaseFlushesEveryCommitAndTheTestsDoNot() throws Exception {
    EmbeddedDatabase durable =
        EmbeddedDatabase.startOrAttach(Files.createTempDirectory("harbour-durable"), 0, true, true);
    EmbeddedDatabase throwAway =
        EmbeddedDatabase.startOrAttach(Files.createTempDirectory("harbour-quick"), 0, true, false);

    assertThat(setting(durable, "fsync")).isEqualTo("on");
    assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
    assertThat(setting(throwAway, "fsync")).isEqualTo("off");
    assertThat(setting(throwAway, "synchronous_commit")).isEqualTo("off");
  }

  private static String setting(EmbeddedDatabase db, String name) throws SQLException {
    try (Connection c = db.superuserConnection("postgres");
        ResultSet rs = c.createStatement().executeQuery("SHOW " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

package uk.harbour.accesscontrol;

import org.springframework.jdbc.core.simple.JdbcClient;
import uk.harbour.shared.UserId;

/** Reads back what sign-in and administration stored about a user, for tests. */
public final class AppUserRows {

  private AppUserRows() {}

  /** The value of one column of the user's {@code app_user} row; {@code null} when none. */
  public static <T> T column(JdbcClient jdbc, UserId user, String column, Class<T> type) {
    return jdbc.sql("SELECT " + column + " FROM app_user WHERE id = ?")
        .param(user.value())
        .query(type)
        .optional()
        .orElse(null);
  }
}

package uk.harbour.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached at start into one log line naming the URL that failed
 * (without any password or query parameters), instead of a stack trace. The Hikari pool's own
 * report of the failure is silenced while Harbour starts ({@link StartupLogging}).
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    String state = cause.getSQLState();
    boolean connection =
        (state != null && state.startsWith("08"))
            || findCause(rootFailure, ConnectException.class) != null
            || findCause(rootFailure, UnknownHostException.class) != null;
    boolean authentication = "28P01".equals(state) || "28000".equals(state);
    if (!connection && !authentication) {
      return null;
    }
    String url = safeUrl(environment.getProperty("spring.datasource.url", "(no URL set)"));
    String what = authentication ? "refused the credentials for" : "could not be reached at";
    return new OneLineFailureAnalysis(
        "Harbour could not start: the database " + what + " " + url + " (" + reason(cause) + ").",
        "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,"
            + " and that PostgreSQL is running and reachable from this machine.",
        cause);
  }

  /** The driver's message up to its first sentence, which names the host and port. */
  private static String reason(SQLException cause) {
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int sentence = message.indexOf(". ");
    return (sentence < 0 ? message : message.substring(0, sentence)).strip();
  }

  static String safeUrl(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}

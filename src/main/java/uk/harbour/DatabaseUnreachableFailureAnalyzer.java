package uk.harbour;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached at start into one clear message naming the URL that
 * failed (without any password or query parameters), instead of a stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
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
    return new FailureAnalysis(
        "Harbour could not start: the database "
            + what
            + " "
            + url
            + " ("
            + cause.getMessage()
            + ")",
        "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,"
            + " and that PostgreSQL is running and reachable from this machine.",
        cause);
  }

  static String safeUrl(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}

package uk.harbour.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports why Harbour could not start. Harbour's own analyses (an unreachable database, a database
 * role that could change the audit trail) are one log line; any other analysis is written the way
 * Spring Boot writes it. Spring Boot's own reporter is switched off in application.properties, so
 * each failure is reported once.
 */
class StartupFailureReporter implements FailureAnalysisReporter {

  private static final Logger log = LoggerFactory.getLogger(StartupFailureReporter.class);

  @Override
  public void report(FailureAnalysis analysis) {
    if (analysis instanceof OneLineFailureAnalysis oneLine) {
      log.error(oneLine.line());
      return;
    }
    StringBuilder message = new StringBuilder();
    message.append(String.format("%n%n***************************%n"));
    message.append(String.format("APPLICATION FAILED TO START%n"));
    message.append(String.format("***************************%n%n"));
    message.append(String.format("Description:%n%n%s%n", analysis.getDescription()));
    if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
      message.append(String.format("%nAction:%n%n%s%n", analysis.getAction()));
    }
    log.error(message.toString());
  }
}

package uk.harbour.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports {@link UnsafeDatabaseRoleException} as one log line. */
class UnsafeDatabaseRoleFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsafeDatabaseRoleException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsafeDatabaseRoleException cause) {
    return new OneLineFailureAnalysis(cause.getMessage(), null, cause);
  }
}

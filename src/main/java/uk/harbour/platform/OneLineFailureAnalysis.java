package uk.harbour.platform;

import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A reason Harbour could not start that {@link StartupFailureReporter} writes as one log line: what
 * is wrong and what to do, with no stack trace.
 */
class OneLineFailureAnalysis extends FailureAnalysis {

  OneLineFailureAnalysis(String description, String action, Throwable cause) {
    super(description, action, cause);
  }

  /** The description and the action on one line, with any line breaks in them flattened. */
  String line() {
    String text = getDescription() + (getAction() == null ? "" : " " + getAction());
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}

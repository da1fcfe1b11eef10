package uk.harbour.audit;

/** What a request may tell the audit module about how to record it. */
public final class AuditHints {

  /**
   * Request attribute: when {@code TRUE}, audit events for this request keep no IP address or
   * session reference. Set by the public report, whose reporters may stay anonymous.
   */
  public static final String ANONYMOUS_REPORTER = "harbour.audit.anonymousReporter";

  private AuditHints() {}
}

package uk.harbour.accesscontrol;

/** What a user may do in Harbour. A user holds one or more. */
public enum Role {
  PRACTITIONER,
  KEY_WORKER,
  TEAM_MANAGER,
  SCREENING_OFFICER,
  INTELLIGENCE_ANALYST,
  /** Police intelligence unit: grades, sanitises and decides partner intelligence. */
  INTELLIGENCE_OFFICER,
  /**
   * Arranges independent return interviews after children go missing and keeps the overdue list
   * (issue 12); sees the children with a recent missing episode.
   */
  RETURN_INTERVIEW_COORDINATOR,
  /** Leads contextual safeguarding: the register of contexts, their assessments and plans. */
  CONTEXTUAL_SAFEGUARDING_LEAD,
  DATA_PROTECTION_OFFICER,
  SYSTEM_ADMINISTRATOR;

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}

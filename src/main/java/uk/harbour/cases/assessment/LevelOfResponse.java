package uk.harbour.cases.assessment;

/**
 * The level of service a practitioner decides the young person needs, with written reasons. It
 * describes the service, never the child, and Harbour never works it out from indicator prompts.
 */
public enum LevelOfResponse {
  UNIVERSAL,
  EARLY_HELP,
  TARGETED,
  SPECIALIST,
  STATUTORY
}

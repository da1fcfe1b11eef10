package uk.harbour.accesscontrol;

/** The part a practitioner plays in one child's team around the child. */
public enum TeamRole {
  KEY_WORKER,
  SOCIAL_WORKER,
  POLICE_OFFICER,
  HEALTH_PRACTITIONER,
  EDUCATION_PRACTITIONER,
  YOUTH_WORKER,
  OTHER_PRACTITIONER
}

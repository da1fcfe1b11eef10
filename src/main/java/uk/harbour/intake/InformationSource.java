package uk.harbour.intake;

/** How the reporter knows what they describe: first-hand or passed on. */
enum InformationSource {
  FIRST_HAND,
  TOLD_BY_CHILD,
  TOLD_BY_SOMEONE_ELSE,
  FOUND_IN_MESSAGES_OR_IMAGES
}

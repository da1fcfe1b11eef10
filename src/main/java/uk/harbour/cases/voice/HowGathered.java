package uk.harbour.cases.voice;

/** How the young person's words were gathered. */
enum HowGathered {
  CONVERSATION,
  WROTE_IT_THEMSELVES,
  MESSAGE,
  ACTIVITY,
  THROUGH_AN_ADVOCATE,
  OTHER
}

package uk.harbour.cases.plan;

/** How the young person or their family took part in a review. */
public enum Participation {
  ATTENDED,
  VIEWS_SHARED_BEFORE,
  CHOSE_NOT_TO_TAKE_PART,
  NOT_INVITED
}

package uk.harbour.cases.chronology;

import uk.harbour.cases.CaseActivity;

/** What sort of chronology entry: one a practitioner wrote, or an automatic one. */
enum EntryKind {
  MANUAL,
  CONCERN,
  SCREENING_DECISION,
  CASE_OPENED,
  ALLOCATION,
  ASSESSMENT,
  PLAN,
  REVIEW,
  STATUS_CHANGE,
  CLOSURE,
  MISSING_EPISODE,
  VOICE,
  YOUNG_PERSON,
  OTHER;

  /** The entry kind for an activity; a kind added to CaseActivity later is OTHER until named. */
  static EntryKind of(CaseActivity.Kind kind) {
    for (EntryKind k : values()) {
      if (k.name().equals(kind.name())) {
        return k;
      }
    }
    return OTHER;
  }

  /** The significance an automatic entry of this kind starts with. */
  Significance defaultSignificance() {
    return switch (this) {
      case CONCERN, SCREENING_DECISION, CASE_OPENED, ALLOCATION, CLOSURE, MISSING_EPISODE ->
          Significance.SIGNIFICANT;
      default -> Significance.ROUTINE;
    };
  }
}

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

  /**
   * Whether entries of this kind are Harbour's own record-keeping (key worker allocations,
   * assessment and plan updates, changes to the young person's page, a record that their words were
   * taken), which the "leave out record-keeping" filter leaves out of a chronology. What happened
   * to the young person, and what the team wrote, never is.
   */
  boolean recordKeeping() {
    return switch (this) {
      case ALLOCATION, ASSESSMENT, PLAN, YOUNG_PERSON, VOICE, OTHER -> true;
      default -> false;
    };
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

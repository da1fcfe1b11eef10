package uk.harbour.intelligence;

/**
 * The lawful basis a decision to share (or not) rests on (facts.md section 8): for partners UK GDPR
 * Article 6(1)(e) with 9(2)(g) and DPA 2018 Schedule 1 paragraph 18; for the police, law
 * enforcement processing under DPA 2018 Part 3.
 */
enum LawfulBasis {
  PUBLIC_TASK_SAFEGUARDING,
  LAW_ENFORCEMENT_PART_3
}

/**
 * The case's chronology: what happened and when, in order, with corrections and withdrawals that
 * keep the earlier wording, notes, the young person's perspective, and its PDF.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package uk.harbour.cases.chronology;

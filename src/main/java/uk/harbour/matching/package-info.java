/**
 * Identity matching: probabilistic record linkage (Fellegi-Sunter with parameters estimated by
 * expectation maximisation) that ranks the people who may be the same as a given record, explains
 * every score field by field, and links or deduplicates whole lists in batch. Plain Java: no Spring
 * and no other Harbour module (MatchingIndependenceTests); {@code people} adapts it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package uk.harbour.matching;

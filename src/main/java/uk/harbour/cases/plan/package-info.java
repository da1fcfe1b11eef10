/**
 * The living multi-agency plan of a case: disruption first, actions, progress measures, reviews and
 * the young person's own version with their comments.
 */
@org.springframework.modulith.NamedInterface("plan")
@org.jspecify.annotations.NullMarked
package uk.harbour.cases.plan;

/**
 * Concerns about children from practitioners and from the public, and their screening in the
 * multi-agency safeguarding hub: the queue, linking a concern to a child, and decisions with
 * written reasons.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "audit",
      "accesscontrol",
      "people",
      "language",
      "intelligence"
    })
@org.jspecify.annotations.NullMarked
package uk.harbour.intake;

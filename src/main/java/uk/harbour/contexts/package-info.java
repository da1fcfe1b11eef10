/**
 * Contextual safeguarding: the register of contexts where harm happens (peer groups, schools,
 * neighbourhoods or places, online spaces), referrals about them, their assessments, conferences
 * whose minutes never name a child, and plans with measures and reviews; and, inside a child's own
 * case, the child's links to contexts and their peer map (initials only). docs/adr/025.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "audit",
      "accesscontrol",
      "people",
      "cases",
      "intelligence",
      "missing",
      "web"
    })
@org.jspecify.annotations.NullMarked
package uk.harbour.contexts;

/**
 * Partner intelligence about the people, vehicles, phones, online accounts and places around
 * children: submissions from any practitioner with how they know what they say, "risk to a person
 * now", triage by the police intelligence unit (3x5x2 grading, sanitising, outcomes), the entity
 * registers that mentions resolve to, links and the two-step network, and every decision to share
 * or not. docs/adr/022.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "audit",
      "accesscontrol",
      "people",
      "matching::entities",
      "web"
    })
@org.jspecify.annotations.NullMarked
package uk.harbour.intelligence;

/** The synthetic, deterministic demo world seeded on first start outside production. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "audit",
      "accesscontrol",
      "people",
      "cases",
      "cases::assessment",
      "cases::plan",
      "intake",
      "intelligence",
      "disruption",
      "missing"
    })
package uk.harbour.demo;

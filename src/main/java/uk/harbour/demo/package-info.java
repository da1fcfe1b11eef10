/** The synthetic, deterministic demo world seeded on first start outside production. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "accesscontrol", "people", "cases"})
package uk.harbour.demo;

/**
 * Disrupting the adults who exploit children: the catalogue of tactics (administrator-editable,
 * seeded from the Home Office toolkit), disruption activities against a register entry with their
 * dates, conditions, breaches, outcome and the victims' views, reminders before an order expires,
 * and the read facade a child's plan lists them through. docs/adr/022.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "audit", "accesscontrol", "people", "intelligence", "web"})
@org.jspecify.annotations.NullMarked
package uk.harbour.disruption;

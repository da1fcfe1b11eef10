/**
 * Oversight pages: break-glass review, notifications and decisions on sign-in resets. A nested
 * module of accesscontrol with no public types.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "accesscontrol",
      "accesscontrol.admin",
      "accesscontrol.signin"
    })
@org.jspecify.annotations.NullMarked
package uk.harbour.accesscontrol.oversight;

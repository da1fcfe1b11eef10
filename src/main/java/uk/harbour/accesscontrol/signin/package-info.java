/**
 * Sign-in with password and second factor, sessions, idle timeouts and lockout. A nested module of
 * accesscontrol: its public types are what administration and oversight use to end sessions, check
 * passwords and require a new password; everything else is package-private.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "audit", "accesscontrol"})
@org.jspecify.annotations.NullMarked
package uk.harbour.accesscontrol.signin;

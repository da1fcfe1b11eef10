/**
 * Administration of users, agencies and sign-in resets: the pages an administrator uses and the
 * records behind them. A nested module of accesscontrol: its public types are what the oversight
 * pages use; everything else is package-private.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "audit", "accesscontrol", "accesscontrol.signin"})
@org.jspecify.annotations.NullMarked
package uk.harbour.accesscontrol.admin;

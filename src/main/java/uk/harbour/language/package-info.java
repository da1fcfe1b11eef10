/**
 * The language guide: notices words that move blame onto an exploited child and offers better ones,
 * without ever blocking the practitioner.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "audit", "accesscontrol"})
@org.jspecify.annotations.NullMarked
package uk.harbour.language;

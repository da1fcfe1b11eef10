/**
 * Users, agencies, roles, teams around the child, sign-in with password and second factor, and the
 * one need-to-know policy every module calls before showing a child's record.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
@org.jspecify.annotations.NullMarked
package uk.harbour.accesscontrol;

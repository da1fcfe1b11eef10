/**
 * The young person's case with the CSE service. For now only what a screening referral needs: a
 * case opened for a child, its status, who opened it and the concerns that led to it. Issue 4 (the
 * case) grows this module: key worker, team around the child, chronology, voice, closure.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "accesscontrol", "people", "web", "language"})
package uk.harbour.cases;

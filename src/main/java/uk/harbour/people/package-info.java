/** Children and the details that identify them: create, view, edit, search, team and access log. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "accesscontrol", "audit", "web", "matching"})
@org.jspecify.annotations.NullMarked
package uk.harbour.people;

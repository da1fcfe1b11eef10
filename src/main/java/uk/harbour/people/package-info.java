/** Children and the details that identify them: create, view, edit, search. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accesscontrol"})
package uk.harbour.people;

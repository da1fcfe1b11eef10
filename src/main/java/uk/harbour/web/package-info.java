/** The page layout, GOV.UK components, error pages, security headers and the home page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accesscontrol"})
package uk.harbour.web;

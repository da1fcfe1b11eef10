/**
 * The page layout, GOV.UK components, error pages, security headers, the checks on what every form
 * sends (characters Harbour refuses, forms sent twice) and the home page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accesscontrol"})
@org.jspecify.annotations.NullMarked
package uk.harbour.web;

/**
 * Children missing from home or care: missing and absent episodes (SSDA903 M and A), where and with
 * whom a child was found, the return interview offered after every return and the overdue ones, a
 * return interview's account as intelligence in one step, and the read facade work lists use.
 * docs/adr/024.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "audit",
      "accesscontrol",
      "people",
      "intelligence",
      "language",
      "web"
    })
@org.jspecify.annotations.NullMarked
package uk.harbour.missing;

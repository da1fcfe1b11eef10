/**
 * The young person's case with the CSE service: its lifecycle and key worker, the chronology, the
 * young person's voice and page, the needs-led assessment, the multi-agency plan with its reviews,
 * and the work lists of key workers and managers.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "audit",
      "accesscontrol",
      "people",
      "intake",
      "web",
      "language",
      "disruption",
      "missing"
    })
@org.jspecify.annotations.NullMarked
package uk.harbour.cases;

/**
 * Synthetic data at scale and the page-latency benchmark, for benchmarks only and never against
 * real data: {@code generate cases} fills the database through each module's bulk-load facade, and
 * {@code benchmark pages} signs generated practitioners in over real HTTP and times case pages.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "accesscontrol",
      "people",
      "cases",
      "cases::assessment",
      "cases::plan",
      "audit",
      "demo"
    })
package uk.harbour.synthetic;

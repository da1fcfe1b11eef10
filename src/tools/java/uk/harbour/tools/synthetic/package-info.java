/**
 * Synthetic data at scale and the page-latency benchmark, for benchmarks only and never against
 * real data: {@code generate cases} fills the database with bulk loads that write the modules'
 * tables directly, and {@code benchmark pages} signs generated practitioners in over real HTTP and
 * times case pages. Tooling, not a module: it is not in the product jar (docs/adr/019).
 */
package uk.harbour.tools.synthetic;

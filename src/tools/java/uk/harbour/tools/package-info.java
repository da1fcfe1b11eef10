/**
 * Tooling apart from the product: generators, benchmarks, held-out data makers and bulk loads,
 * compiled with the tests and packaged as target/harbour-tools.jar, never into target/harbour.jar
 * (docs/adr/019-tooling-apart-from-the-product.md). Run them with {@code ./harbour-tools}.
 */
package uk.harbour.tools;

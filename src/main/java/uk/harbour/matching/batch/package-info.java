/**
 * The {@code link} command: runs the matching engine over CSV files without starting the
 * application (CSV in, scored pairs and clusters out). A named interface so that the application
 * class may start it.
 */
@org.springframework.modulith.NamedInterface("batch")
@org.jspecify.annotations.NullMarked
package uk.harbour.matching.batch;

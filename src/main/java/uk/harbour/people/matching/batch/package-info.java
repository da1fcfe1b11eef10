/**
 * The commands that run the matching engine over files without starting the application: {@code
 * link} (CSV in, scored pairs and clusters out) and {@code benchmark linkage}.
 */
@org.springframework.modulith.NamedInterface("matching-commands")
package uk.harbour.people.matching.batch;

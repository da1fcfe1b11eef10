/**
 * The append-only, hash-chained record of every view, search, export, change and denied attempt on
 * personal data, and the pages that answer "who has seen this record".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package uk.harbour.audit;

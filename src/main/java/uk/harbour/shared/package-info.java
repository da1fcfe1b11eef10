/** Small types every module shares: identifiers, audit event records, common exceptions. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package uk.harbour.shared;

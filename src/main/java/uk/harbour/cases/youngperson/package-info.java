/**
 * The young person on their case: profile, relationships (drawn as an eco-map), linked children and
 * persons of concern.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package uk.harbour.cases.youngperson;

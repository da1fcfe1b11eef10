/**
 * The young person's voice: their own words, how they were gathered and what they agreed to share.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package uk.harbour.cases.voice;

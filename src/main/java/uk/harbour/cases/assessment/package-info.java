/**
 * Needs-led assessments of a young person's case: narrative around the practitioner's and the young
 * person's questions, notes against indicator prompts (never counted), versions, sign-off.
 */
@org.springframework.modulith.NamedInterface("assessment")
@org.jspecify.annotations.NullMarked
package uk.harbour.cases.assessment;

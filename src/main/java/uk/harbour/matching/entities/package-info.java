/**
 * Entity resolution for partner intelligence (issue 11): finds the register entries a new mention
 * of an adult, vehicle, phone, online account or place may be. Deterministic rules over normalised
 * identifiers and names, each match explained by the reasons for and against it, with candidates
 * found through index keys, never by scanning the register. Plain Java like the rest of {@code
 * matching}; a named interface so {@code intelligence} can depend on it.
 */
@org.springframework.modulith.NamedInterface("entities")
@org.jspecify.annotations.NullMarked
package uk.harbour.matching.entities;

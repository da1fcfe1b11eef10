package uk.harbour.intelligence;

/**
 * A register entry as other modules show it: its kind and the words that name it (a name or
 * nickname, a plate, a number, a username on a platform, a place), never the intelligence behind
 * it.
 */
public record EntitySummary(EntityId id, EntityKind kind, String label) {}

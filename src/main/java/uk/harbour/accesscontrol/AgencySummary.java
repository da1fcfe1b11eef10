package uk.harbour.accesscontrol;

import uk.harbour.shared.AgencyId;

/** An agency as other modules see it. */
public record AgencySummary(AgencyId id, String name, AgencyKind kind, boolean active) {}

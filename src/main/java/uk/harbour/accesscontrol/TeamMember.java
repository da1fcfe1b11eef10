package uk.harbour.accesscontrol;

import java.time.Instant;

/** One practitioner in a child's team around the child. */
public record TeamMember(UserSummary user, TeamRole role, Instant addedAt) {}

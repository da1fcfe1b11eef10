package uk.harbour.missing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * One row of the SSDA903 "Missing" table: one episode of a looked-after child that falls in the
 * collection year, with the return interview offer as the children's services data model records it
 * (Y, N, or NA where no interview was due: the episode is still open, or it ended because it
 * changed between M and A).
 *
 * @param childIdentifier the local authority's identifier for the child (Harbour's reference)
 * @param dateOfBirth null if only an approximate age is recorded
 * @param missing M (whereabouts unknown) or A (away without authorisation)
 * @param end null while the episode was still open at the end of the year
 * @param rhiOffered Y, N, NA, or null if nobody has recorded it yet
 * @param rhiAccepted Y, N, NA, or null if nobody has recorded it yet
 */
record Ssda903Row(
    EpisodeId episode,
    ChildId child,
    String childIdentifier,
    @Nullable LocalDate dateOfBirth,
    String missing,
    @Nullable LocalDate start,
    @Nullable LocalDate end,
    @Nullable String rhiOffered,
    @Nullable String rhiAccepted) {}

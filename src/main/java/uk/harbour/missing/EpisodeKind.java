package uk.harbour.missing;

/** SSDA903's two kinds of episode. */
public enum EpisodeKind {
  /** Missing: whereabouts unknown. */
  M,
  /** Away without authorisation: whereabouts known. */
  A;

  /** The other kind, which a change of circumstance starts a new episode as. */
  public EpisodeKind other() {
    return this == M ? A : M;
  }
}

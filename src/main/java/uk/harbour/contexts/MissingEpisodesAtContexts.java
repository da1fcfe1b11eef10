package uk.harbour.contexts;

import java.util.Map;

/**
 * How many missing episodes ended with the child found at each context's place, for the managers'
 * ranking of contexts: {@link EpisodesAtContexts} asks the {@code missing} module's public {@code
 * FoundAddresses} (the ranking shows no missing column when no bean of this type exists). Counts
 * episodes only (no child); {@code contexts} never reads the missing module's tables.
 */
public interface MissingEpisodesAtContexts {

  /**
   * Episodes found at each of these contexts' places (an absent key is none).
   *
   * @param places the contexts being ranked that have an address or postcode, with it
   */
  Map<ContextId, Integer> episodesFoundAt(Map<ContextId, ContextPlace> places);
}

package uk.harbour.contexts;

import java.util.Collection;
import java.util.Map;

/**
 * The seam for the {@code missing} module: how many missing episodes ended with the child found at
 * each context's place, for the managers' ranking of contexts. Nothing implements it yet; the
 * ranking shows no missing column until a bean of this type exists. The implementation must count
 * episodes only (no child), and {@code contexts} never reads the missing module's tables.
 */
public interface MissingEpisodesAtContexts {

  /**
   * Episodes found at each of these contexts (an absent key is none).
   *
   * @param contexts the contexts being ranked
   */
  Map<ContextId, Integer> episodesFoundAt(Collection<ContextId> contexts);
}

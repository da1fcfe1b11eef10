package uk.harbour.contexts;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.harbour.missing.FoundAddresses;

/**
 * For the managers' ranking: how many missing episodes ended with the child found at each context's
 * address, matched as the missing module matches found addresses across children (the same
 * normalised address and postcode). Counts only: which children were found there is never asked.
 */
@Service
class EpisodesAtContexts implements MissingEpisodesAtContexts {

  private final FoundAddresses found;

  EpisodesAtContexts(FoundAddresses found) {
    this.found = found;
  }

  @Override
  public Map<ContextId, Integer> episodesFoundAt(Map<ContextId, ContextPlace> places) {
    Map<String, ContextId> byKey = new HashMap<>();
    places.forEach(
        (id, place) -> {
          String key = FoundAddresses.key(place.address(), place.postcode());
          if (key != null) {
            byKey.put(key, id);
          }
        });
    Map<ContextId, Integer> counts = new HashMap<>();
    found
        .episodesAt(byKey.keySet())
        .forEach((key, n) -> counts.merge(byKey.get(key), n, Integer::sum));
    return counts;
  }
}

package uk.harbour.missing;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many missing episodes ended with a child found at an address, for other modules' counts (the
 * contexts ranking): the address and postcode normalised as found addresses are matched across
 * children. Counts only; never which children.
 */
@Service
public class FoundAddresses {

  private final FoundAtRepository found;

  FoundAddresses(FoundAtRepository found) {
    this.found = found;
  }

  /** The key an address and postcode are matched by, or null when neither is given. */
  public static @Nullable String key(@Nullable String address, @Nullable String postcode) {
    return MissingEpisode.Found.locationKey(address, postcode);
  }

  /** Episodes found at each of these keys ({@link #key}); a key with none is absent. */
  @Transactional(readOnly = true)
  public Map<String, Integer> episodesAt(Collection<String> keys) {
    return found.episodesAt(keys);
  }
}

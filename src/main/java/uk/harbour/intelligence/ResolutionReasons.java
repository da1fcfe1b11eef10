package uk.harbour.intelligence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.matching.entities.EntityMatch;
import uk.harbour.matching.entities.MatchReason;

/**
 * Why a mention was decided to be the entry it is, in words kept with the decision
 * (intel_resolution.reasons): the suggestion the officer took, with its strength and the reasons
 * for and against it, or that the officer chose an entry Harbour did not suggest, or made a new one
 * and how many suggestions they turned down.
 */
@Component
class ResolutionReasons {

  private final EntityIndex index;
  private final MessageSource messages;

  ResolutionReasons(EntityIndex index, MessageSource messages) {
    this.index = index;
    this.messages = messages;
  }

  String of(Item item, @Nullable UUID chosen) {
    List<EntityMatch> suggested = index.candidates(item, Triage.CANDIDATES);
    if (chosen == null) {
      return suggested.isEmpty()
          ? "A new entry at triage: nothing on the register was suggested."
          : "A new entry at triage: the officer turned down "
              + suggested.size()
              + (suggested.size() == 1 ? " suggestion." : " suggestions.");
    }
    Optional<EntityMatch> taken =
        suggested.stream().filter(m -> m.id().equals(chosen.toString())).findFirst();
    if (taken.isEmpty()) {
      return "The same as an entry the officer chose at triage; Harbour had not suggested it.";
    }
    EntityMatch match = taken.get();
    String against = match.against().isEmpty() ? "" : "; against: " + words(match.against());
    return "The same as the entry suggested at triage ("
        + word("intelligence.strength." + match.strength())
        + ": "
        + words(match.forMatch())
        + against
        + ").";
  }

  private String words(List<MatchReason> reasons) {
    return reasons.isEmpty()
        ? "no reason listed"
        : reasons.stream()
            .map(r -> word("intelligence.reason." + r.name()))
            .collect(Collectors.joining(", "));
  }

  private String word(String key) {
    return messages.getMessage(key, null, key, Locale.UK);
  }
}

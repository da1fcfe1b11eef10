package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.harbour.people.ChildRecord;
import uk.harbour.shared.ChildId;

/**
 * One link a submission would make, offered at triage so the officer can untie what the submission
 * does not support (two adults named in one account need not know each other): each identifying
 * mention to each child the submission is about, and each to each other. {@code to} is null for a
 * child the officer may not see.
 */
record LinkChoice(String key, String from, @Nullable String to) {

  /**
   * Above this many links the review is not offered and every link is made: a list that long is not
   * read, and the form binds at most 256 indexed fields.
   */
  static final int MOST = 100;

  static List<LinkChoice> of(Submissions.Seen seen, List<ChildRecord> visible) {
    Map<UUID, String> names =
        visible.stream().collect(Collectors.toMap(c -> c.id().value(), ChildRecord::fullName));
    List<Item> mentions = seen.items().stream().filter(Item::identifies).toList();
    List<LinkChoice> choices = new ArrayList<>();
    for (Item mention : mentions) {
      for (ChildId child : seen.children()) {
        choices.add(
            new LinkChoice(
                TriageDecision.child(mention.id(), child),
                mention.label(),
                names.get(child.value())));
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        choices.add(
            new LinkChoice(
                TriageDecision.pair(mentions.get(i).id(), mentions.get(j).id()),
                mentions.get(i).label(),
                mentions.get(j).label()));
      }
    }
    return choices.size() > MOST ? List.of() : List.copyOf(choices);
  }
}

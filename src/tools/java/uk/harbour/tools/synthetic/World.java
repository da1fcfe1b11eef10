package uk.harbour.tools.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.harbour.shared.UserId;

/**
 * What has been generated so far, kept in memory for the audit history and the sign-in list: every
 * case with its child, and for every account the cases it may see (its teams, and for a manager the
 * teams of the key workers they manage).
 */
final class World {

  private final List<Staff.Member> users;
  private final Map<UserId, Integer> index = new HashMap<>();
  private final List<UUID> caseIds = new ArrayList<>();
  private final List<UUID> childIds = new ArrayList<>();
  private final List<List<Integer>> visible = new ArrayList<>();

  World(List<Staff.Member> users) {
    this.users = users;
    for (int i = 0; i < users.size(); i++) {
      index.put(users.get(i).id(), i);
      visible.add(new ArrayList<>());
    }
  }

  /** Records a case and who may see it. */
  void add(UUID caseId, UUID childId, List<UserId> seenBy) {
    int c = caseIds.size();
    caseIds.add(caseId);
    childIds.add(childId);
    for (UserId user : seenBy) {
      List<Integer> theirs = visible.get(index.get(user));
      if (theirs.isEmpty() || theirs.get(theirs.size() - 1) != c) {
        theirs.add(c);
      }
    }
  }

  int userCount() {
    return users.size();
  }

  Staff.Member user(int i) {
    return users.get(i);
  }

  int caseCount() {
    return caseIds.size();
  }

  UUID caseId(int c) {
    return caseIds.get(c);
  }

  UUID childId(int c) {
    return childIds.get(c);
  }

  /** The cases account {@code u} may see, in the order they were generated. */
  List<Integer> visibleTo(int u) {
    return visible.get(u);
  }
}

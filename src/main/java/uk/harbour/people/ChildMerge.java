package uk.harbour.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A merge of one child's record into another: proposed by one person, approved or rejected by a
 * second, and undone by an unmerge if it was wrong.
 *
 * @param status PROPOSED, REJECTED, MERGED or UNMERGED
 * @param keptAsEdited fields of the kept record an unmerge left as edited since the merge
 */
record ChildMerge(
    UUID id,
    UUID duplicateId,
    ChildRecord kept,
    ChildRecord merged,
    String status,
    int keptVersion,
    int mergedVersion,
    UUID proposedBy,
    String proposedByName,
    Instant proposedAt,
    String proposalReasons,
    String decidedByName,
    Instant decidedAt,
    String decisionReasons,
    String unmergedByName,
    Instant unmergedAt,
    String unmergeReasons,
    List<String> keptAsEdited) {

  ChildMerge {
    keptAsEdited = List.copyOf(keptAsEdited);
  }

  boolean proposed() {
    return "PROPOSED".equals(status);
  }

  boolean done() {
    return "MERGED".equals(status);
  }
}

package uk.harbour.intelligence;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an intelligence officer decided about a submission: its grade, the sanitised text that may
 * travel, the outcome with reasons, which register entry each mention is (an existing one, or a new
 * one), and whether and with whom it is shared, on what lawful basis and why.
 */
record TriageDecision(
    Submission.Grade grade,
    String sanitisedText,
    Outcome outcome,
    String reasons,
    List<Resolution> resolutions,
    Sharing sharing,
    java.util.@Nullable Set<String> links) {

  TriageDecision {
    resolutions = List.copyOf(resolutions);
    links = links == null ? null : java.util.Set.copyOf(links);
  }

  /**
   * The key of a link the submission makes between two of its mentions, whichever order they are
   * given in.
   */
  static String pair(UUID a, UUID b) {
    return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
  }

  /** The key of a link the submission makes between a mention and a child it is about. */
  static String child(UUID mention, uk.harbour.shared.ChildId child) {
    return mention + ":child:" + child.value();
  }

  /** Whether the officer kept this link (every link is kept when they were not asked). */
  boolean keeps(String key) {
    return links == null || links.contains(key);
  }

  /** A mention is the existing entity {@code entityId}, or a new one when that is null. */
  record Resolution(UUID mentionId, @Nullable UUID entityId) {}

  /** A decision to share the sanitised intelligence, or not to, and why. */
  record Sharing(boolean share, String withWhom, LawfulBasis basis, String why) {}
}

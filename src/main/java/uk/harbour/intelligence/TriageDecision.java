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
    Sharing sharing) {

  TriageDecision {
    resolutions = List.copyOf(resolutions);
  }

  /** A mention is the existing entity {@code entityId}, or a new one when that is null. */
  record Resolution(UUID mentionId, @Nullable UUID entityId) {}

  /** A decision to share the sanitised intelligence, or not to, and why. */
  record Sharing(boolean share, String withWhom, LawfulBasis basis, String why) {}
}

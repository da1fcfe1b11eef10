package uk.harbour.missing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * Saving an episode found that where the child was found, or who with, also comes up in other
 * children's missing episodes, for pairs of children not flagged before; the contextual
 * safeguarding lead and each child's team were told. Only the audit hears it: a review of the
 * episode, about every child of a new pair, saying what kind of subject, how many children share it
 * and how many people were told (never the address or the entry's name).
 *
 * @param kind LOCATION, PLACE or ENTITY
 * @param childrenSharing how many different children's episodes share the subject now
 * @param newlyPaired the other children of the pairs flagged now
 * @param told how many people were sent a notification
 */
record RecurrenceFlagged(
    EpisodeId episode,
    ChildId child,
    RecurrenceRepository.Kind kind,
    long childrenSharing,
    List<ChildId> newlyPaired,
    int told)
    implements AuditedEvent {

  RecurrenceFlagged {
    Objects.requireNonNull(episode, "episode");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(kind, "kind");
    newlyPaired = List.copyOf(newlyPaired);
  }

  @Override
  public List<Audited> audited() {
    List<ChildId> children = new ArrayList<>();
    children.add(child);
    children.addAll(newlyPaired);
    return List.of(
        Audited.succeeded(AuditAction.REVIEW, MissingEpisode.RECORD_TYPE, episode)
            .withDetail(
                "recurs across children: "
                    + kind.name().toLowerCase(java.util.Locale.UK)
                    + " shared by "
                    + childrenSharing
                    + " children, "
                    + newlyPaired.size()
                    + " newly flagged, "
                    + told
                    + " people told")
            .withChildren(children));
  }
}

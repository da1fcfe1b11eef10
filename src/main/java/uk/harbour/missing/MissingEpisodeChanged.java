package uk.harbour.missing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A missing episode was recorded, changed, ended by the child's return or by a change between
 * missing and away, or its return interview was recorded, in the transaction that saved it. Audited
 * against the episode and the child; the child's case lists it in the chronology (the case module
 * listens).
 *
 * @param kind the episode's kind after the change
 * @param at when it happened: the episode's start, the return, the change of kind, or when the
 *     interview was recorded
 * @param words the detail the audit keeps: the return's how, or the interview's outcome
 */
public record MissingEpisodeChanged(
    EpisodeId episode, ChildId child, Change change, EpisodeKind kind, Instant at, String words)
    implements AuditedEvent {

  /** What happened to the episode, in the audit's words. */
  public enum Change {
    RECORDED("missing episode recorded: "),
    UPDATED("missing episode changed: "),
    RETURNED("return recorded: "),
    KIND_CHANGED("episode ended by a change of kind, new episode: "),
    INTERVIEW_RECORDED("return interview recorded: ");

    private final String prefix;

    Change(String prefix) {
      this.prefix = prefix;
    }
  }

  public MissingEpisodeChanged {
    Objects.requireNonNull(episode, "episode");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(words, "words");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(
                change == Change.RECORDED ? AuditAction.CREATE : AuditAction.CHANGE,
                change == Change.INTERVIEW_RECORDED
                    ? ReturnInterview.RECORD_TYPE
                    : MissingEpisode.RECORD_TYPE,
                episode)
            .withDetail(change.prefix + words)
            .withChildren(List.of(child)));
  }
}

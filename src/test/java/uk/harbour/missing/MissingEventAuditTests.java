package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;

/**
 * The words the audit trail stores for each missing episode event, pinned: changing them changes
 * what investigators search for, so it must be a decision, not an accident (docs/adr/020).
 */
class MissingEventAuditTests {

  static final String EPISODE_ID = "11111111-2222-4333-8444-555555555555";
  static final EpisodeId EPISODE = new EpisodeId(UUID.fromString(EPISODE_ID));
  static final ChildId CHILD = new ChildId(UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa"));
  static final Instant AT = Instant.parse("2026-11-30T21:00:00Z");

  @Test
  void anEpisodeRecordedIsACreationAgainstTheEpisodeAndTheChild() {
    assertThat(
            new MissingEpisodeChanged(
                    EPISODE, CHILD, MissingEpisodeChanged.Change.RECORDED, EpisodeKind.M, AT, "M")
                .audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "missing episode",
                EPISODE_ID,
                AuditOutcome.SUCCEEDED,
                null,
                "missing episode recorded: M",
                List.of(CHILD)));
  }

  @Test
  void changesReturnsChangesOfKindAndInterviewsAreChangesInTheirOwnWords() {
    assertThat(only(MissingEpisodeChanged.Change.UPDATED, "M"))
        .isEqualTo(
            new Audited(
                AuditAction.CHANGE,
                "missing episode",
                EPISODE_ID,
                AuditOutcome.SUCCEEDED,
                null,
                "missing episode changed: M",
                List.of(CHILD)));
    assertThat(only(MissingEpisodeChanged.Change.RETURNED, "FOUND_BY_POLICE").detail())
        .isEqualTo("return recorded: FOUND_BY_POLICE");
    assertThat(only(MissingEpisodeChanged.Change.KIND_CHANGED, "A to M").detail())
        .isEqualTo("episode ended by a change of kind, new episode: A to M");
    Audited interview = only(MissingEpisodeChanged.Change.INTERVIEW_RECORDED, "NOT_HELD");
    assertThat(interview.recordType()).isEqualTo("return interview");
    assertThat(interview.action()).isEqualTo(AuditAction.CHANGE);
    assertThat(interview.detail()).isEqualTo("return interview recorded: NOT_HELD");
  }

  private static Audited only(MissingEpisodeChanged.Change change, String words) {
    List<Audited> audited =
        new MissingEpisodeChanged(EPISODE, CHILD, change, EpisodeKind.M, AT, words).audited();
    assertThat(audited).hasSize(1);
    return audited.get(0);
  }
}

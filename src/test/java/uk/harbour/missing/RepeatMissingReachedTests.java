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

/** The words the audit trail stores for a repeat missing threshold reached (ADR 020). */
class RepeatMissingReachedTests {

  @Test
  void auditedAsAReviewOfTheEpisodeThatCrossedIt() {
    ChildId child = new ChildId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    UUID episode = UUID.fromString("00000000-0000-0000-0000-000000000002");
    RepeatMissingReached reached =
        new RepeatMissingReached(
            child,
            episode,
            3,
            3,
            90,
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(reached.audited())
        .containsExactly(
            new Audited(
                AuditAction.REVIEW,
                "missing episode",
                episode.toString(),
                AuditOutcome.SUCCEEDED,
                null,
                "repeat missing: 3 episodes in 90 days (threshold 3)",
                List.of(child)));
  }
}

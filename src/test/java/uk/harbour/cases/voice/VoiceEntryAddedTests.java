package uk.harbour.cases.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;

/** A new voice entry yields exactly the audit record {@code Voice} used to build by hand. */
class VoiceEntryAddedTests {

  @Test
  void aNewEntryIsAChangeToTheCaseNamingTheEntry() {
    CaseId caseId = new CaseId(UUID.fromString("5e0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b"));
    UUID entry = UUID.fromString("99999999-8888-4777-8666-555555555555");
    assertThat(new VoiceEntryAdded(caseId, entry).audited())
        .containsExactly(
            new Audited(
                AuditAction.CHANGE,
                "case",
                "5e0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b",
                AuditOutcome.SUCCEEDED,
                null,
                "voice entry added 99999999-8888-4777-8666-555555555555",
                List.of()));
  }
}

package uk.harbour.intake;

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
 * Intake's typed events yield exactly the audit records its services used to build by hand: the
 * same action, record type, record id, detail and children, in the same order. The stored audit
 * rows, the audit pages in words and the "who has seen this record" log depend on these bytes.
 */
class IntakeEventAuditTests {

  static final UUID CONCERN = UUID.fromString("0b7c56e2-1f7e-4c43-9d59-5d0f2c3a9e11");
  static final ChildId CHILD = ChildId.of("7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60");
  static final Instant RECEIVED = Instant.parse("2026-03-03T09:15:00.123456Z");
  static final Instant LINKED = Instant.parse("2026-03-03T10:00:00Z");
  static final Instant DECIDED = Instant.parse("2026-03-04T11:30:45.5Z");

  @Test
  void aDraftIsANewConcernAndSavingItAgainAChange() {
    assertThat(new ConcernDrafted(CONCERN, true).audited())
        .containsExactly(record(AuditAction.CREATE, "concern", CONCERN.toString(), "draft"));
    assertThat(new ConcernDrafted(CONCERN, false).audited())
        .containsExactly(record(AuditAction.CHANGE, "concern", CONCERN.toString(), "draft saved"));
  }

  @Test
  void aPractitionersSubmissionIsAChangeToTheirDraft() {
    assertThat(new ConcernSubmitted(CONCERN, "CON-2026-000123", RECEIVED, false).audited())
        .containsExactly(
            record(AuditAction.CHANGE, "concern", CONCERN.toString(), "submitted CON-2026-000123"));
  }

  @Test
  void aPublicReportIsANewConcern() {
    assertThat(new ConcernSubmitted(CONCERN, "CON-2026-000124", RECEIVED, true).audited())
        .containsExactly(
            record(
                AuditAction.CREATE,
                "concern",
                CONCERN.toString(),
                "public report CON-2026-000124"));
  }

  @Test
  void aReferralFromPoliceIntelligenceIsANewConcernNamingOnlyTheIntelligenceReference() {
    assertThat(
            new ConcernReferredByIntelligence(CONCERN, "CON-2026-000125", "INT-K7MX-9DTA", RECEIVED)
                .audited())
        .containsExactly(
            record(
                AuditAction.CREATE,
                "concern",
                CONCERN.toString(),
                "referred by police intelligence INT-K7MX-9DTA as CON-2026-000125"));
  }

  @Test
  void aLinkIsAChangeToTheConcernAndToTheChild() {
    assertThat(
            new ConcernLinked(
                    CONCERN, "CON-2026-000123", CHILD, "HBR-000042", "existing child", LINKED)
                .audited())
        .containsExactly(
            record(
                AuditAction.CHANGE,
                "concern",
                CONCERN.toString(),
                "linked to existing child HBR-000042"),
            record(
                AuditAction.CHANGE,
                "child",
                CHILD.value().toString(),
                "concern CON-2026-000123 linked"));
  }

  @Test
  void anAutomaticLinkSaysSoWithItsProbability() {
    assertThat(
            new ConcernLinked(
                    CONCERN,
                    "CON-2026-000123",
                    CHILD,
                    "HBR-000042",
                    "child automatically (match probability 0.9999990)",
                    LINKED)
                .audited()
                .get(0)
                .detail())
        .isEqualTo("linked to child automatically (match probability 0.9999990) HBR-000042");
  }

  @Test
  void anUnlinkIsAChangeToTheConcernAndToTheChild() {
    assertThat(
            new ConcernUnlinked(CONCERN, "CON-2026-000123", CHILD, "HBR-000042", LINKED).audited())
        .containsExactly(
            record(
                AuditAction.CHANGE,
                "concern",
                CONCERN.toString(),
                "unlinked from child HBR-000042"),
            record(
                AuditAction.CHANGE,
                "child",
                CHILD.value().toString(),
                "concern CON-2026-000123 unlinked"));
  }

  @Test
  void aScreeningDecisionIsOneChangeToTheConcernWithItsTimings() {
    ConcernScreened linked =
        new ConcernScreened(
            CONCERN,
            "CON-2026-000123",
            CHILD,
            ScreeningOutcome.REFERRAL_TO_CSE_SERVICE,
            "Needs the service",
            "Sam Lee",
            RECEIVED,
            LINKED,
            DECIDED);
    assertThat(linked.audited())
        .containsExactly(
            record(
                AuditAction.CHANGE,
                "concern",
                CONCERN.toString(),
                "screening decision: REFERRAL_TO_CSE_SERVICE, received 2026-03-03T09:15:00.123456Z,"
                    + " decided 2026-03-04T11:30:45.500Z, time to decision PT26H15M45.376544S,"
                    + " linked 2026-03-03T10:00:00Z"));
    ConcernScreened unlinked =
        new ConcernScreened(
            CONCERN,
            "CON-2026-000123",
            null,
            ScreeningOutcome.ADVICE_GIVEN,
            "Advice on safety planning",
            "Sam Lee",
            RECEIVED,
            null,
            DECIDED);
    assertThat(unlinked.audited().get(0).detail())
        .isEqualTo(
            "screening decision: ADVICE_GIVEN, received 2026-03-03T09:15:00.123456Z, decided"
                + " 2026-03-04T11:30:45.500Z, time to decision PT26H15M45.376544S");
  }

  private static Audited record(AuditAction action, String type, String id, String detail) {
    return new Audited(action, type, id, AuditOutcome.SUCCEEDED, null, detail, List.of());
  }
}

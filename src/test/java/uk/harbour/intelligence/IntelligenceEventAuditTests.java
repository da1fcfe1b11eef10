package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;

/**
 * The intelligence module's typed events and the audit records they are stored as (action, record
 * type, id, words, children): pinned, so the words a data protection officer reads never change by
 * accident and never carry the intelligence itself.
 */
class IntelligenceEventAuditTests {

  static final UUID SUBMISSION = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
  static final ChildId CHILD = ChildId.of("7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60");
  static final EntityId ADULT =
      new EntityId(UUID.fromString("1f2e3d4c-5b6a-4978-8a69-5a4b3c2d1e0f"));
  static final EntityId CAR = new EntityId(UUID.fromString("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"));

  @Test
  void eachChangeToASubmissionHasItsOwnWordsAndNamesItsChildren() {
    List<String> words =
        Arrays.stream(IntelligenceChanged.Change.values())
            .map(c -> new IntelligenceChanged(SUBMISSION, c, List.of(CHILD)).audited().get(0))
            .peek(
                a -> {
                  assertThat(a.recordType()).isEqualTo("intelligence submission");
                  assertThat(a.recordId()).isEqualTo(SUBMISSION.toString());
                  assertThat(a.children()).containsExactly(CHILD);
                })
            .map(a -> a.action() + " " + a.detail())
            .toList();
    assertThat(words)
        .containsExactly(
            "CREATE intelligence draft started",
            "CHANGE intelligence draft saved",
            "CHANGE intelligence submitted",
            "CHANGE intelligence submitted: risk to a person now",
            "CHANGE risk to a person now acknowledged",
            "CHANGE intelligence graded and outcome decided",
            "CHANGE decision to share recorded",
            "CHANGE decision not to share recorded");
  }

  @Test
  void linkingIsAChangeToEachEntrySayingWhetherItJoinedOtherChildren() {
    assertThat(
            new EntitiesLinked(
                    SUBMISSION, "INT-AAAA-BBBB", List.of(ADULT, CAR), List.of(CHILD), List.of())
                .audited())
        .containsExactly(
            entity(ADULT, "linked by a submission", List.of(CHILD)),
            entity(CAR, "linked by a submission", List.of(CHILD)));
    ChildId other = ChildId.of("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    EntitiesLinked joins =
        new EntitiesLinked(
            SUBMISSION, "INT-AAAA-BBBB", List.of(ADULT), List.of(CHILD), List.of(other));
    assertThat(joins.joinsOtherChildren()).isTrue();
    assertThat(joins.audited())
        .containsExactly(
            entity(ADULT, "linked by a submission; joins children already linked", List.of(CHILD)));
  }

  @Test
  void separatingOrJoiningAMentionIsAChangeToBothEntries() {
    UUID mention = UUID.fromString("4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a");
    assertThat(
            new EntityResolutionChanged(
                    mention, ADULT, CAR, EntityResolutionChanged.Change.SEPARATED)
                .audited())
        .containsExactly(
            entity(ADULT, "mention separated into a new entry", List.of()),
            entity(CAR, "mention separated into a new entry", List.of()));
    assertThat(
            new EntityResolutionChanged(mention, CAR, ADULT, EntityResolutionChanged.Change.JOINED)
                .audited())
        .containsExactly(
            entity(CAR, "mention joined to another entry", List.of()),
            entity(ADULT, "mention joined to another entry", List.of()));
  }

  @Test
  void recordingOrRemovingADualIdentityIsAChangeToTheEntryNamingTheChild() {
    assertThat(new DualIdentityChanged(ADULT, CHILD, DualIdentityChanged.Change.RECORDED).audited())
        .containsExactly(
            entity(
                ADULT, "person of concern recorded as a child known to Harbour", List.of(CHILD)));
    assertThat(new DualIdentityChanged(ADULT, CHILD, DualIdentityChanged.Change.REMOVED).audited())
        .containsExactly(
            entity(
                ADULT,
                "person of concern no longer recorded as a child known to Harbour",
                List.of(CHILD)));
  }

  private static Audited entity(EntityId id, String detail, List<ChildId> children) {
    return new Audited(
        AuditAction.CHANGE,
        "intelligence entity",
        id.toString(),
        AuditOutcome.SUCCEEDED,
        null,
        detail,
        children);
  }
}

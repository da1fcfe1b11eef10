package uk.harbour.contexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;

/** The words the audit trail stores for each contexts event, pinned (docs/adr/020). */
class ContextEventAuditTests {

  static final String ID = "11111111-2222-4333-8444-555555555555";
  static final ContextId CONTEXT = new ContextId(UUID.fromString(ID));
  static final ChildId CHILD = new ChildId(UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa"));

  @Test
  void contextChangesNameNoChild() {
    assertThat(new ContextChanged(CONTEXT, ContextChanged.Change.CREATED, "PLACE").audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "context",
                ID,
                AuditOutcome.SUCCEEDED,
                null,
                "context created: PLACE",
                List.of()));
    assertThat(detail(ContextChanged.Change.ASSESSED, "version 2"))
        .isEqualTo("context assessment saved: version 2");
    assertThat(detail(ContextChanged.Change.CONFERENCE_RECORDED, "agencies invited 3"))
        .isEqualTo("context conference recorded: agencies invited 3");
    assertThat(detail(ContextChanged.Change.PLAN_SAVED, "version 1"))
        .isEqualTo("context plan saved: version 1");
    assertThat(detail(ContextChanged.Change.MEASURE_RECORDED, "2026-03-01"))
        .isEqualTo("context measure recorded: 2026-03-01");
    assertThat(detail(ContextChanged.Change.PLAN_REVIEWED, "2026-03-02"))
        .isEqualTo("context plan reviewed: 2026-03-02");
    assertThat(detail(ContextChanged.Change.REFERRAL_JOINED, "MERGE"))
        .isEqualTo("referral about the context decided: MERGE");
  }

  @Test
  void referralsAreAuditedAsMadeThenDecided() {
    UUID referral = UUID.fromString(ID);
    assertThat(new ContextReferred(referral, "SCHOOL", "").audited().get(0))
        .isEqualTo(
            new Audited(
                AuditAction.CREATE,
                "context referral",
                ID,
                AuditOutcome.SUCCEEDED,
                null,
                "referral about a context made: SCHOOL",
                List.of()));
    assertThat(new ContextReferred(referral, "SCHOOL", "ASSESS").audited().get(0).detail())
        .isEqualTo("referral about a context decided: ASSESS");
  }

  @Test
  void aChildsLinksAndPeerMapAreAuditedWithTheChild() {
    UUID record = UUID.fromString(ID);
    assertThat(new ChildContextChanged(record, ChildContextChanged.Change.LINKED, CHILD).audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "context link",
                ID,
                AuditOutcome.SUCCEEDED,
                null,
                "child linked to a context",
                List.of(CHILD)));
    Audited removed =
        new ChildContextChanged(record, ChildContextChanged.Change.PEER_REMOVED, CHILD)
            .audited()
            .get(0);
    assertThat(removed.action()).isEqualTo(AuditAction.DELETE);
    assertThat(removed.recordType()).isEqualTo("peer map entry");
    assertThat(removed.detail()).isEqualTo("peer map entry removed");
  }

  private static String detail(ContextChanged.Change change, String words) {
    return new ContextChanged(CONTEXT, change, words).audited().get(0).detail();
  }
}

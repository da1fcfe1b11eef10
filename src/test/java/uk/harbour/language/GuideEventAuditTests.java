package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;

/**
 * Changes to the language guide yield exactly the audit records {@code LanguageGuide} used to build
 * by hand: each entry by its id with what changed, and an import with its counts.
 */
class GuideEventAuditTests {

  static final GuideEntry ENTRY =
      new GuideEntry(
          "putting-herself-at-risk",
          "Putting herself at risk",
          "blame",
          Severity.HIGH,
          List.of("putting herself at risk"),
          "It places responsibility on the child.",
          List.of("being exploited"),
          false,
          null,
          null,
          false,
          false,
          true,
          "");

  @Test
  void aNewEntryIsCreatedAndSaysSoWhenDisabled() {
    assertThat(new GuideEntryChanged(null, ENTRY).audited())
        .containsExactly(entry(AuditAction.CREATE, "putting-herself-at-risk: created"));
    assertThat(new GuideEntryChanged(null, ENTRY.withEnabled(false)).audited())
        .containsExactly(entry(AuditAction.CREATE, "putting-herself-at-risk: created; disabled"));
  }

  @Test
  void aChangedEntrySaysWhichFieldsChanged() {
    GuideEntry after =
        new GuideEntry(
            ENTRY.id(),
            "Put herself at risk",
            ENTRY.category(),
            Severity.MEDIUM,
            ENTRY.patterns(),
            ENTRY.why(),
            ENTRY.alternatives(),
            false,
            null,
            null,
            false,
            false,
            false,
            "");
    assertThat(new GuideEntryChanged(ENTRY, after).audited())
        .containsExactly(
            entry(
                AuditAction.CHANGE, "putting-herself-at-risk: changed title, severity; disabled"));
  }

  @Test
  void anImportIsAChangeToTheGuideWithItsCounts() {
    assertThat(new GuideImported(12, 3).audited())
        .containsExactly(
            new Audited(
                AuditAction.CHANGE,
                "language-guide",
                null,
                AuditOutcome.SUCCEEDED,
                null,
                "imported 12 entries, 3 created or changed",
                List.of()));
  }

  private static Audited entry(AuditAction action, String detail) {
    return new Audited(
        action,
        "language-entry",
        "putting-herself-at-risk",
        AuditOutcome.SUCCEEDED,
        null,
        detail,
        List.of());
  }
}

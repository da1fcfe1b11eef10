package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;

/**
 * The words the audit trail stores for each change to a Philomena profile, pinned: changing them
 * changes what investigators search for, so it must be a decision, not an accident (docs/adr/020).
 */
class PhilomenaEventAuditTests {

  static final String CHILD_ID = "66666666-7777-4888-9999-aaaaaaaaaaaa";
  static final ChildId CHILD = new ChildId(UUID.fromString(CHILD_ID));

  @Test
  void aProfileCreatedIsACreationAgainstTheChildWithItsVersion() {
    assertThat(
            new PhilomenaProfileChanged(CHILD, PhilomenaProfileChanged.Change.CREATED, 0).audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "philomena profile",
                CHILD_ID,
                AuditOutcome.SUCCEEDED,
                null,
                "philomena profile created, version 0",
                List.of(CHILD)));
  }

  @Test
  void savesConfirmationsAndPhotographsAreChangesInTheirOwnWords() {
    assertThat(detail(PhilomenaProfileChanged.Change.SAVED, 3))
        .isEqualTo("philomena profile saved and confirmed current, version 3");
    assertThat(detail(PhilomenaProfileChanged.Change.CONFIRMED, 4))
        .isEqualTo("philomena profile confirmed current, version 4");
    assertThat(detail(PhilomenaProfileChanged.Change.PHOTO_SAVED, 0))
        .isEqualTo("philomena photograph saved");
    assertThat(detail(PhilomenaProfileChanged.Change.PHOTO_REMOVED, 0))
        .isEqualTo("philomena photograph removed");
    assertThat(
            new PhilomenaProfileChanged(CHILD, PhilomenaProfileChanged.Change.PHOTO_SAVED, 0)
                .audited()
                .get(0)
                .action())
        .isEqualTo(AuditAction.CHANGE);
  }

  private static String detail(PhilomenaProfileChanged.Change change, int version) {
    return new PhilomenaProfileChanged(CHILD, change, version).audited().get(0).detail();
  }
}

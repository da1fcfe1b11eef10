package uk.harbour.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordIdsTests {

  private static final String ID = "0b7e4c1a-52f3-4d8e-9a61-3c2f7d9e8a10";

  @Test
  void readsAnIdInItsCanonicalForm() {
    assertThat(RecordIds.parse(ID, "case")).isEqualTo(UUID.fromString(ID));
    assertThat(RecordIds.parseOrNull(ID.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(UUID.fromString(ID));
  }

  @Test
  void anythingElseIsARecordThatDoesNotExist() {
    for (String raw : new String[] {"", "not-an-id", "1-1-1-1-1", ID + "0", ID.replace('a', 'g')}) {
      assertThatThrownBy(() -> RecordIds.parse(raw, "case"))
          .isInstanceOf(RecordNotFoundException.class)
          .hasMessage("case not found");
      assertThat(RecordIds.parseOrNull(raw)).isNull();
    }
    assertThatThrownBy(() -> RecordIds.parse(null, "user"))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessage("user not found");
  }
}

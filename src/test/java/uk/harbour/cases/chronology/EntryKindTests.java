package uk.harbour.cases.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.cases.CaseActivity;

class EntryKindTests {

  @Test
  void theActivityKindsOfTheSharedContractHaveTheirOwnEntryKinds() {
    for (String name :
        List.of(
            "CONCERN",
            "SCREENING_DECISION",
            "CASE_OPENED",
            "ALLOCATION",
            "ASSESSMENT",
            "PLAN",
            "REVIEW",
            "STATUS_CHANGE",
            "CLOSURE",
            "MISSING_EPISODE",
            "VOICE")) {
      assertThat(EntryKind.of(CaseActivity.Kind.valueOf(name)).name()).isEqualTo(name);
    }
  }

  @Test
  void eventsThatHarmMostAreSignificantByDefaultAndWrittenEntriesAreNotAutomatic() {
    assertThat(EntryKind.MISSING_EPISODE.defaultSignificance()).isEqualTo(Significance.SIGNIFICANT);
    assertThat(EntryKind.PLAN.defaultSignificance()).isEqualTo(Significance.ROUTINE);
    assertThat(Arrays.stream(EntryKind.values()).map(Enum::name)).contains("MANUAL", "OTHER");
  }
}

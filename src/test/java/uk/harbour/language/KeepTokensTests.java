package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class KeepTokensTests {

  private final MockHttpSession session = new MockHttpSession();

  @Test
  void aTokenIsRedeemedOnceForTheFindingItWasIssuedFor() {
    String token = KeepTokens.issue(session, "promiscuous", "whatHappened", "/concerns/1/edit");

    assertThat(KeepTokens.issue(session, "promiscuous", "whatHappened", "/concerns/1/edit"))
        .isEqualTo(token);
    assertThat(KeepTokens.issue(session, "promiscuous", "notes", "/concerns/1/edit"))
        .isNotEqualTo(token);
    assertThat(KeepTokens.redeem(session, token))
        .hasValue(new KeepTokens.Shown("promiscuous", "whatHappened", "/concerns/1/edit", false));
    assertThat(KeepTokens.redeem(session, token)).isEmpty();
  }

  @Test
  void anUnknownTokenOrAnotherSessionIsRefused() {
    String token = KeepTokens.issue(session, "promiscuous", "whatHappened", "/x");

    assertThat(KeepTokens.redeem(session, "promiscuous")).isEmpty();
    assertThat(KeepTokens.redeem(new MockHttpSession(), token)).isEmpty();
    assertThat(KeepTokens.redeem(null, token)).isEmpty();
  }

  @Test
  void theOldestTokensAreDroppedBeyondTheLimit() {
    String first = KeepTokens.issue(session, "a", "f", "/0");
    for (int i = 1; i <= 500; i++) {
      KeepTokens.issue(session, "a", "f", "/" + i);
    }

    assertThat(KeepTokens.redeem(session, first)).isEmpty();
  }
}

package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class KeepTokensTests {

  private final KeepTokens tokens = new KeepTokens();
  private final MockHttpSession session = new MockHttpSession();

  @Test
  void aTokenIsRedeemedOnceForTheFindingItWasIssuedFor() {
    String token = tokens.issue(session, "promiscuous", "whatHappened", "/concerns/1/edit");

    assertThat(tokens.issue(session, "promiscuous", "whatHappened", "/concerns/1/edit"))
        .isEqualTo(token);
    assertThat(tokens.issue(session, "promiscuous", "notes", "/concerns/1/edit"))
        .isNotEqualTo(token);
    assertThat(tokens.redeem(session, token))
        .hasValue(new KeepTokens.Shown("promiscuous", "whatHappened", "/concerns/1/edit", false));
    assertThat(tokens.redeem(session, token)).isEmpty();
  }

  @Test
  void anUnknownTokenOrAnotherSessionIsRefused() {
    String token = tokens.issue(session, "promiscuous", "whatHappened", "/x");

    assertThat(tokens.redeem(session, "promiscuous")).isEmpty();
    assertThat(tokens.redeem(new MockHttpSession(), token)).isEmpty();
    assertThat(tokens.redeem(null, token)).isEmpty();
  }

  @Test
  void theOldestTokensAreDroppedBeyondTheLimit() {
    String first = tokens.issue(session, "a", "f", "/0");
    for (int i = 1; i <= 500; i++) {
      tokens.issue(session, "a", "f", "/" + i);
    }

    assertThat(tokens.redeem(session, first)).isEmpty();
  }
}

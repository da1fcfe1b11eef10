package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutTests {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void theFirstFourFailuresCostNothing() {
    for (int failures = 0; failures <= 4; failures++) {
      assertThat(Lockout.after(failures, NOW)).isEqualTo(Lockout.NONE);
      assertThat(Lockout.after(failures, NOW).refuses(NOW)).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({"5, 1", "6, 2", "7, 4", "8, 8", "9, 16"})
  void fromTheFifthFailureTheWaitDoubles(int failures, long seconds) {
    Lockout lockout = Lockout.after(failures, NOW);
    assertThat(lockout.notBefore()).isEqualTo(NOW.plusSeconds(seconds));
    assertThat(lockout.lockedUntil()).isNull();
    assertThat(lockout.refuses(NOW.plusSeconds(seconds).minusMillis(1))).isTrue();
    assertThat(lockout.refuses(NOW.plusSeconds(seconds))).isFalse();
  }

  @Test
  void theTenthFailureLocksForFifteenMinutes() {
    Lockout lockout = Lockout.after(10, NOW);
    assertThat(lockout.locks()).isTrue();
    assertThat(lockout.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(lockout.refuses(NOW.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(lockout.refuses(NOW.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void everyFailureAfterTheTenthLocksAgain() {
    assertThat(Lockout.after(11, NOW).lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "2, 0", "3, 1", "4, 2"})
  void partlyRightAttemptsCostMoreSooner(int failures, long seconds) {
    Lockout lockout = Lockout.Rule.PARTLY_RIGHT.after(failures, NOW);
    assertThat(lockout.lockedUntil()).isNull();
    assertThat(lockout.refuses(NOW)).isEqualTo(seconds > 0);
    assertThat(lockout.refuses(NOW.plusSeconds(seconds))).isFalse();
  }

  @Test
  void theFifthPartlyRightAttemptLocksForFifteenMinutes() {
    Lockout lockout = Lockout.Rule.PARTLY_RIGHT.after(5, NOW);
    assertThat(lockout.locks()).isTrue();
    assertThat(lockout.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
  }
}

package uk.harbour.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The generator never runs under the prod profile, and knows its own usernames. */
class DataGuardTests {

  @Test
  void refusesUnderTheProdProfileBeforeLookingAtTheDatabase() {
    MockEnvironment prod = new MockEnvironment();
    prod.setActiveProfiles("prod");
    assertThat(new DataGuard(prod, null, null).refusal())
        .hasValueSatisfying(reason -> assertThat(reason).contains("prod profile"));
  }

  @Test
  void generatedUsernamesAreTheSyntheticSetPrefixThenADot() {
    assertThat(DataGuard.isGenerated("synth1.kw42")).isTrue();
    assertThat(DataGuard.isGenerated("synth12.mgr0")).isTrue();
    assertThat(DataGuard.isGenerated("synthia.jones")).isFalse();
    assertThat(DataGuard.isGenerated("kw.jones")).isFalse();
  }
}

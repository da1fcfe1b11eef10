package uk.harbour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.harbour.people.Sex;

class DemoConcernsTests {

  private static final String ACCOUNT =
      "{She} said a man gives {her} cash and that {she} {is} scared if {she} stop{s}.";

  @Test
  void aDemoConcernSpeaksOfTheChildAsTheirRecordDoes() {
    assertThat(DemoConcerns.inPronounsOf(Sex.FEMALE, ACCOUNT))
        .isEqualTo("She said a man gives her cash and that she is scared if she stops.");
    assertThat(DemoConcerns.inPronounsOf(Sex.MALE, ACCOUNT))
        .isEqualTo("He said a man gives him cash and that he is scared if he stops.");
    assertThat(DemoConcerns.inPronounsOf(Sex.NOT_KNOWN, ACCOUNT))
        .isEqualTo("They said a man gives them cash and that they are scared if they stop.");
    assertThat(DemoConcerns.inPronounsOf(null, ACCOUNT)).startsWith("They said");
  }
}

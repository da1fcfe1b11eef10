package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.harbour.shared.PageNumber;

class AuditSearchControllerTests {

  @Test
  void readsThePageNumberLeniently() {
    assertThat(PageNumber.parse(null)).isEqualTo(1);
    assertThat(PageNumber.parse("3")).isEqualTo(3);
    assertThat(PageNumber.parse(" 2 ")).isEqualTo(2);
    assertThat(PageNumber.parse("0")).isEqualTo(1);
    assertThat(PageNumber.parse("-4")).isEqualTo(1);
    assertThat(PageNumber.parse("two")).isEqualTo(1);
    assertThat(PageNumber.parse("99999999999")).isEqualTo(1);
    assertThat(PageNumber.parse("2000000")).isEqualTo(100_000);
  }
}

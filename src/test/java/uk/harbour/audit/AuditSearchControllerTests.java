package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditSearchControllerTests {

  @Test
  void readsThePageNumberLeniently() {
    assertThat(AuditSearchController.pageNumber(null)).isEqualTo(1);
    assertThat(AuditSearchController.pageNumber("3")).isEqualTo(3);
    assertThat(AuditSearchController.pageNumber(" 2 ")).isEqualTo(2);
    assertThat(AuditSearchController.pageNumber("0")).isEqualTo(1);
    assertThat(AuditSearchController.pageNumber("-4")).isEqualTo(1);
    assertThat(AuditSearchController.pageNumber("two")).isEqualTo(1);
    assertThat(AuditSearchController.pageNumber("99999999999")).isEqualTo(1);
    assertThat(AuditSearchController.pageNumber("2000000")).isEqualTo(100_000);
  }
}

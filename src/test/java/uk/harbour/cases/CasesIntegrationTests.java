package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;

/** The minimal case a screening referral opens. */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class CasesIntegrationTests {

  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aReferralOpensACaseAndLaterReferralsAddToIt() {
    actAs.user("screening.lee");
    ChildId child = new ChildId(UUID.randomUUID());
    assertThat(cases.hasOpenCase(child)).isFalse();
    CaseId opened = cases.openOrAdd(child, "CON-2026-100001");
    CaseId again = cases.openOrAdd(child, "CON-2026-100001");
    CaseId added = cases.openOrAdd(child, "CON-2026-100002");
    assertThat(again).isEqualTo(opened);
    assertThat(added).isEqualTo(opened);
    assertThat(cases.hasOpenCase(child)).isTrue();
    CaseSummary summary = cases.openCase(child).orElseThrow();
    assertThat(summary.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(summary.openedByName()).isEqualTo("Sam Lee");
    assertThat(summary.concernReferences()).containsExactly("CON-2026-100001", "CON-2026-100002");

    assertThat(audited("CREATE", opened)).isEqualTo(1);
    assertThat(audited("CHANGE", opened)).isEqualTo(2);
    assertThat(cases.openOrAdd(new ChildId(UUID.randomUUID()), "CON-2026-100003"))
        .isNotEqualTo(opened);
  }

  @Test
  void twoReferralsRacingForOneChildShareOneCase() throws Exception {
    actAs.user("screening.lee");
    ChildId child = new ChildId(UUID.randomUUID());
    SecurityContext signedIn = SecurityContextHolder.getContext();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<CaseId> a = pool.submit(() -> referAs(signedIn, child, "CON-2026-200001"));
      Future<CaseId> b = pool.submit(() -> referAs(signedIn, child, "CON-2026-200002"));
      assertThat(a.get()).isEqualTo(b.get());
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM cases WHERE child_id = ?")
                .param(child.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private CaseId referAs(SecurityContext signedIn, ChildId child, String concern) {
    SecurityContextHolder.setContext(signedIn);
    try {
      return cases.openOrAdd(child, concern);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private long audited(String action, CaseId id) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE record_type = 'case' AND record_id = ? AND action = ?")
        .params(id.toString(), action)
        .query(Long.class)
        .single();
  }
}

package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The child record over real HTTP, signed in as demo users exactly as a person would be. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildRecordEndToEndIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Browser keyWorker;
  Browser outsider;
  String child;

  @BeforeAll
  void signIn() {
    keyWorker = Demo.signIn(port, "kw.jones");
    outsider = Demo.signIn(port, "school.green");
    child =
        jdbc.sql(
                "SELECT t.child_id FROM team_member t JOIN app_user u ON u.id = t.user_id"
                    + " WHERE u.username = 'kw.jones' AND t.team_role = 'KEY_WORKER'"
                    + " ORDER BY t.child_id LIMIT 1")
            .query(UUID.class)
            .single()
            .toString();
  }

  @Test
  void withoutASessionChildPagesRedirectToSignIn() {
    Page page = new Browser(port).get("/children/" + child);
    assertThat(page.isRedirect()).isTrue();
    assertThat(page.location()).startsWith("/login");
    assertThat(new Browser(port).get("/children").location()).startsWith("/login");
  }

  @Test
  void anOutsiderGetsNotFoundAndTheDenialIsAudited() {
    long before = denials("school.green");
    Page page = outsider.get("/children/" + child);
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("HBR-");
    assertThat(denials("school.green")).isEqualTo(before + 1);
    // A child that does not exist looks exactly the same.
    assertThat(outsider.get("/children/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(outsider.get("/children/not-a-uuid").status()).isEqualTo(404);
  }

  @Test
  void theKeyWorkerSeesTheRecordWithSecurityHeaders() {
    Page page = keyWorker.get("/children/" + child);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("h1").text()).isNotBlank();
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("nonce-").contains("frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
  }

  @Test
  void scriptTypedIntoAFieldIsStoredAsTextAndShownEscaped() {
    Page form = keyWorker.get("/children/new");
    Map<String, String> fields = validChild();
    fields.put("child.lastName", "<script>alert('harbour')</script>");
    Page created = keyWorker.submit(form, "main form[method=post]", fields);
    assertThat(created.isRedirect()).as(created.body()).isTrue();
    Page view = keyWorker.get(created.location());
    assertThat(view.body()).doesNotContain("<script>alert('harbour')</script>");
    assertThat(view.document().select("h1").text()).contains("<script>alert('harbour')</script>");
  }

  @Test
  void overLongInputGetsAnErrorNextToTheFieldAndNothingIsSaved() {
    long before = jdbc.sql("SELECT count(*) FROM child").query(Long.class).single();
    Map<String, String> fields = validChild();
    fields.put("child.firstName", "A".repeat(5_000));
    fields.put("child.dateOfBirth.day", "31");
    fields.put("child.dateOfBirth.month", "2");
    Page page = keyWorker.submit(keyWorker.get("/children/new"), "main form[method=post]", fields);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.fieldError("child.firstName")).contains("100 characters or fewer");
    assertThat(page.fieldError("child.dateOfBirth")).contains("real date");
    assertThat(page.errorSummary()).contains("100 characters or fewer");
    assertThat(page.document().select(".govuk-error-summary a[href='#child.firstName']"))
        .isNotEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM child").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aStaleEditShowsWhoChangedItAndOverwritesNothing() {
    Page mine = keyWorker.get("/children/" + child + "/edit");
    Browser manager = Demo.signIn(port, "manager.okafor");
    Page theirs = manager.get("/children/" + child + "/edit");
    Page saved =
        manager.submitAsShown(
            theirs, "main form[method=post]", Map.of("school", "Northbridge College"));
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();

    Page stale =
        keyWorker.submitAsShown(mine, "main form[method=post]", Map.of("school", "Somewhere else"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("Grace Okafor");
    assertThat(stale.document().text()).contains("Your changes have not been saved");
    String school =
        jdbc.sql("SELECT school FROM child WHERE id = ?::uuid")
            .param(child)
            .query(String.class)
            .single();
    assertThat(school).isEqualTo("Northbridge College");
  }

  @Test
  void concurrentReadsAreEachAuditedExactlyOnce() throws Exception {
    int threads = 8;
    int reads = 25;
    long before = views(child);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < reads; i++) {
                    ok += keyWorker.get("/children/" + child).status() == 200 ? 1 : 0;
                  }
                  return ok;
                }));
      }
      int ok = 0;
      for (Future<Integer> r : results) {
        ok += r.get();
      }
      assertThat(ok).isEqualTo(threads * reads);
    } finally {
      pool.shutdownNow();
    }
    assertThat(views(child) - before).isEqualTo((long) threads * reads);
  }

  private Map<String, String> validChild() {
    Map<String, String> f = new HashMap<>();
    f.put("child.firstName", "Testy");
    f.put("child.lastName", "Example");
    f.put("child.dateOfBirth.day", "3");
    f.put("child.dateOfBirth.month", "4");
    f.put("child.dateOfBirth.year", "2012");
    f.put("child.sex", "FEMALE");
    f.put("creatorRole", "SOCIAL_WORKER");
    return f;
  }

  private long denials(String username) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE username = ? AND action = 'ACCESS_DENIED'"
                + " AND record_type = 'child' AND record_id = ?")
        .params(username, child)
        .query(Long.class)
        .single();
  }

  private long views(String id) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE action = 'VIEW' AND record_type = 'child'"
                + " AND record_id = ? AND username = 'kw.jones' AND detail IS NULL")
        .param(id)
        .query(Long.class)
        .single();
  }
}

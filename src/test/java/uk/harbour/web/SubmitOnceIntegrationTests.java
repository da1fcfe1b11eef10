package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * A double-click or two tabs: requests at the same moment in one session, over real HTTP against
 * the whole application. The same form sent twice saves once and both answers lead to what was
 * saved; two different forms at once both save; neither ever gives a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmitOnceIntegrationTests {

  static final String TOKEN = "_formToken";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubmittedFormRepository submitted;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private Browser keyWorker;

  @BeforeAll
  void signIn() {
    keyWorker = Demo.signIn(port, "kw.jones");
  }

  @AfterAll
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void theSameFormSentTwiceAtOnceSavesOnceWithoutAnError() throws Exception {
    for (int round = 0; round < 3; round++) {
      String name = "Twice" + UUID.randomUUID().toString().substring(0, 8);
      Page form = keyWorker.get("/children/new");
      List<Page> answers =
          atOnce(
              () -> keyWorker.submit(form, BadInputIntegrationTests.aChild(name)),
              () -> keyWorker.submit(form, BadInputIntegrationTests.aChild(name)));
      for (Page answer : answers) {
        assertThat(answer.status()).as(answer.body()).isIn(302, 303);
      }
      assertThat(children(name)).isEqualTo(1);
      UUID id = childId(name);
      assertThat(answers).allSatisfy(a -> assertThat(a.location()).isEqualTo("/children/" + id));
      assertThat(keyWorker.get("/children/" + id).status()).isEqualTo(200);
    }
  }

  @Test
  void twoDifferentFormsAtOnceInOneSessionBothSave() throws Exception {
    for (int round = 0; round < 6; round++) {
      String first = "First" + UUID.randomUUID().toString().substring(0, 8);
      String second = "Second" + UUID.randomUUID().toString().substring(0, 8);
      Page one = keyWorker.get("/children/new");
      Page other = keyWorker.get("/children/new");
      List<Page> answers =
          atOnce(
              () -> keyWorker.submit(one, BadInputIntegrationTests.aChild(first)),
              () -> keyWorker.submit(other, BadInputIntegrationTests.aChild(second)));
      for (Page answer : answers) {
        assertThat(answer.status()).as(answer.body()).isIn(302, 303);
      }
      assertThat(children(first)).isEqualTo(1);
      assertThat(children(second)).isEqualTo(1);
    }
  }

  @Test
  void aFormSentAgainAfterItsErrorsSavesAndThenOnlyOnce() {
    String name = "Again" + UUID.randomUUID().toString().substring(0, 8);
    Page form = keyWorker.get("/children/new");
    Map<String, String> withoutSex = new LinkedHashMap<>(BadInputIntegrationTests.aChild(name));
    withoutSex.remove("child.sex");
    Page errors = keyWorker.submit(form, withoutSex);
    assertThat(errors.status()).isEqualTo(200);
    assertThat(errors.errorSummary()).isNotEmpty();
    // The form as re-shown, and the page the person had, both send the same token.
    assertThat(token(errors)).isEqualTo(token(form));
    Page saved = keyWorker.submit(errors, BadInputIntegrationTests.aChild(name));
    assertThat(saved.isRedirect()).isTrue();
    Page again = keyWorker.submit(form, BadInputIntegrationTests.aChild(name));
    assertThat(again.isRedirect()).isTrue();
    assertThat(again.location()).isEqualTo(saved.location());
    assertThat(children(name)).isEqualTo(1);
  }

  @Test
  void everyPostFormCarriesItsOwnTokenButSignInAndSearchFormsDoNot() {
    Page first = keyWorker.get("/children/new");
    Page second = keyWorker.get("/children/new");
    assertThat(token(first)).isNotBlank().isNotEqualTo(token(second));
    Page report = new Browser(port).get("/report");
    assertThat(token(report)).isNotBlank();
    Page login = new Browser(port).get("/login");
    assertThat(login.document().select("input[name=" + TOKEN + "]")).isEmpty();
    assertThat(keyWorker.get("/").document().select("form[action=/logout] input[name=_formToken]"))
        .isEmpty();
    Page children = keyWorker.get("/children");
    assertThat(children.document().select("form[method=get] input[name=_formToken]")).isEmpty();
  }

  @Test
  void aFormWithoutATokenSavesEachTimeAsBefore() {
    String name = "Untokened" + UUID.randomUUID().toString().substring(0, 8);
    Page form = keyWorker.get("/children/new");
    Map<String, String> values = new LinkedHashMap<>(BadInputIntegrationTests.aChild(name));
    values.put("_csrf", form.document().selectFirst("input[name=_csrf]").attr("value"));
    assertThat(keyWorker.post("/children/new", values).isRedirect()).isTrue();
    assertThat(keyWorker.post("/children/new", values).isRedirect()).isTrue();
    assertThat(children(name)).isEqualTo(2);
  }

  @Test
  void aRepeatWaitsForTheFirstSendingAndGoesWhereItWent() throws Exception {
    Page form = keyWorker.get("/children/new");
    String token = token(form);
    MockHttpServletRequest sent = new MockHttpServletRequest();
    form.document()
        .select("main form input[type=hidden]")
        .forEach(h -> sent.setParameter(h.attr("name"), h.attr("value")));
    BadInputIntegrationTests.aChild("Waiting").forEach(sent::setParameter);
    jdbc.sql(
            "INSERT INTO form_submission (token, path, fingerprint, started_at)"
                + " VALUES (?, ?, ?, now())")
        .params(token, "/children/new", SubmitOnce.fingerprint(sent))
        .update();
    CompletableFuture<Page> repeat =
        CompletableFuture.supplyAsync(
            () -> keyWorker.submit(form, BadInputIntegrationTests.aChild("Waiting")), threads);
    await().atMost(Duration.ofSeconds(10)).until(SubmitOnceIntegrationTests::aRequestWaitsToRepeat);
    assertThat(repeat).isNotDone();
    jdbc.sql(
            "UPDATE form_submission SET finished_at = now(), location = '/children/somewhere'"
                + " WHERE token = ?")
        .param(token)
        .update();
    Page answer = repeat.get(30, TimeUnit.SECONDS);
    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.location()).isEqualTo("/children/somewhere");
    assertThat(children("Waiting")).isZero();
  }

  /** Whether a request thread is waiting in {@link SubmitOnce} for the first sending of a form. */
  private static boolean aRequestWaitsToRepeat() {
    return Thread.getAllStackTraces().entrySet().stream()
        .anyMatch(
            thread ->
                thread.getKey().getState() == Thread.State.TIMED_WAITING
                    && Arrays.stream(thread.getValue())
                        .anyMatch(
                            frame ->
                                frame.getClassName().equals(SubmitOnce.class.getName())
                                    && frame.getMethodName().equals("preHandle")));
  }

  @Test
  void aSendingCutOffMidRequestIsTakenOverAndTokensAreForgottenAfterADay() {
    String name = "Forgotten" + UUID.randomUUID().toString().substring(0, 8);
    Page form = keyWorker.get("/children/new");
    jdbc.sql(
            "INSERT INTO form_submission (token, path, fingerprint, started_at)"
                + " VALUES (?, '/children/new', 'cut off', now() - interval '10 minutes')")
        .param(token(form))
        .update();
    assertThat(keyWorker.submit(form, BadInputIntegrationTests.aChild(name)).isRedirect()).isTrue();
    assertThat(children(name)).isEqualTo(1);

    jdbc.sql("UPDATE form_submission SET started_at = now() - interval '25 hours' WHERE token = ?")
        .param(token(form))
        .update();
    assertThat(submitted.forgetOld()).isPositive();
    assertThat(submitted.find(token(form))).isEmpty();
    assertThat(keyWorker.submit(form, BadInputIntegrationTests.aChild(name)).isRedirect()).isTrue();
    assertThat(children(name)).isEqualTo(2);
  }

  @Test
  void theSameFormSentAgainWithOtherContentRunsAsItWouldWithoutAToken() {
    String first = "Typo" + UUID.randomUUID().toString().substring(0, 8);
    String second = "Corrected" + UUID.randomUUID().toString().substring(0, 8);
    Page form = keyWorker.get("/children/new");
    assertThat(keyWorker.submit(form, BadInputIntegrationTests.aChild(first)).isRedirect())
        .isTrue();
    Page corrected = keyWorker.submit(form, BadInputIntegrationTests.aChild(second));
    assertThat(corrected.isRedirect()).isTrue();
    assertThat(corrected.location()).isEqualTo("/children/" + childId(second));
    assertThat(children(first)).isEqualTo(1);
    assertThat(children(second)).isEqualTo(1);
  }

  @Test
  void aTokenSentToAnotherFormIsRefused() {
    Page form = keyWorker.get("/children/new");
    Map<String, String> values = new LinkedHashMap<>(BadInputIntegrationTests.aChild("Moved"));
    values.put("_csrf", form.document().selectFirst("input[name=_csrf]").attr("value"));
    values.put(TOKEN, token(form));
    assertThat(keyWorker.post("/children/new", values).isRedirect()).isTrue();
    Page elsewhere = keyWorker.post("/concerns/new", values);
    assertThat(elsewhere.status()).isEqualTo(400);
  }

  private static String token(Page page) {
    var input = page.document().selectFirst("main form input[name=" + TOKEN + "]");
    return input == null ? "" : input.attr("value");
  }

  private List<Page> atOnce(Supplier<Page> a, Supplier<Page> b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Page>> running = new ArrayList<>();
    for (Supplier<Page> request : List.of(a, b)) {
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return request.get();
              },
              threads));
    }
    List<Page> pages = new ArrayList<>();
    for (CompletableFuture<Page> page : running) {
      pages.add(page.get(60, TimeUnit.SECONDS));
    }
    return pages;
  }

  private int children(String lastName) {
    return jdbc.sql("SELECT count(*) FROM child WHERE last_name = ?")
        .param(lastName)
        .query(Integer.class)
        .single();
  }

  private UUID childId(String lastName) {
    return jdbc.sql("SELECT id FROM child WHERE last_name = ?")
        .param(lastName)
        .query(UUID.class)
        .single();
  }
}

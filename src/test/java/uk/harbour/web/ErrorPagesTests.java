package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.harbour.web.WebTestSecurity.signedInAs;

import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/** Exceptions become GOV.UK error pages that never reveal what went wrong inside. */
@WebSliceTest(controllers = ErrorPagesTests.FailingController.class)
@Import(ErrorPagesTests.FailingController.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

  static final String SECRET = "SELECT secret FROM child WHERE name = 'Ann'";

  @Autowired MockMvc mvc;
  @Autowired LayoutModel layout;

  MockHttpServletResponse signedIn(String path) throws Exception {
    return mvc.perform(get(path).with(signedInAs(Role.KEY_WORKER))).andReturn().getResponse();
  }

  static Document page(MockHttpServletResponse response) throws Exception {
    String html = response.getContentAsString();
    assertThat(html).doesNotContain("SELECT").doesNotContain("Exception").doesNotContain("secret");
    return Jsoup.parse(html);
  }

  @Test
  void aMissingRecordIsPageNotFoundInTheLayout() throws Exception {
    MockHttpServletResponse response = signedIn("/things/missing");
    assertThat(response.getStatus()).isEqualTo(404);
    Document page = page(response);
    assertThat(page.title()).isEqualTo("Error: Page not found - Harbour");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(page.select(".govuk-service-navigation")).hasSize(1);
    assertThat(page.select("#emergency-access-link")).isEmpty();
    assertThat(page.text()).doesNotContainIgnoringCase("break-glass");
  }

  @Test
  void offersEmergencyAccessWithoutSayingTheRecordExists() throws Exception {
    Document page = page(signedIn("/things/hidden"));
    var link = page.selectFirst("#emergency-access-link");
    assertThat(link.attr("href")).isEqualTo("/break-glass/request?child=123");
    assertThat(link.text()).isEqualTo("Request emergency (break-glass) access");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(page.text()).contains("The page may not exist, or you may not have access to it.");
  }

  @Test
  void ignoresAnEmergencyAccessPathThatLeavesTheSite() throws Exception {
    Document page = page(signedIn("/things/offsite"));
    assertThat(page.select("#emergency-access-link")).isEmpty();
  }

  @Test
  void noSuchPageIsNotFound() throws Exception {
    MockHttpServletResponse response = signedIn("/no/such/page");
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(page(response).selectFirst("h1").text()).isEqualTo("Page not found");
  }

  @Test
  void aMalformedIdInThePathIsNotFound() throws Exception {
    assertThat(signedIn("/things/by-id/" + UUID.randomUUID()).getStatus()).isEqualTo(200);
    MockHttpServletResponse response = signedIn("/things/by-id/not-a-uuid");
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(page(response).selectFirst("h1").text()).isEqualTo("Page not found");
  }

  @Test
  void aMalformedQueryParameterIsABadRequest() throws Exception {
    MockHttpServletResponse response = signedIn("/things/paged?page=many");
    assertThat(response.getStatus()).isEqualTo(400);
    Document page = page(response);
    assertThat(page.selectFirst("h1").text())
        .isEqualTo("Sorry, there is a problem with that request");
    assertThat(page.text()).doesNotContain("many");
  }

  @Test
  void accessDeniedIsForbiddenForASignedInUser() throws Exception {
    MockHttpServletResponse response = signedIn("/things/denied");
    assertThat(response.getStatus()).isEqualTo(403);
    Document page = page(response);
    assertThat(page.title()).isEqualTo("Error: You do not have access to this page - Harbour");
  }

  @Test
  void accessDeniedSendsSomeoneNotSignedInToSignIn() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/public/denied")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }

  @Test
  void aStaleSaveSaysWhoChangedTheRecordAndWhen() throws Exception {
    MockHttpServletResponse response = signedIn("/things/stale");
    assertThat(response.getStatus()).isEqualTo(409);
    Document page = page(response);
    assertThat(page.selectFirst("h1").text()).isEqualTo("This record changed after you opened it");
    assertThat(page.text()).contains("Kim O'Neil saved changes on 1 July 2025 at 2:05pm.");
    assertThat(page.text()).contains("Your changes have not been saved");
  }

  @Test
  void anythingElseIsAServerErrorShowingOnlyAnIncidentIdThatIsLogged(CapturedOutput output)
      throws Exception {
    MockHttpServletResponse response = signedIn("/things/broken");
    assertThat(response.getStatus()).isEqualTo(500);
    Document page = page(response);
    assertThat(page.selectFirst("h1").text())
        .isEqualTo("Sorry, there is a problem with the service");
    String incident = page.selectFirst("#incident-id").text();
    assertThat(incident).matches("[0-9A-HJKMNP-TV-Z]{10}");
    assertThat(output.getOut() + output.getErr())
        .contains("Incident " + incident)
        .contains("java.lang.IllegalStateException")
        .contains("\tat ")
        .doesNotContain(SECRET);
  }

  @Test
  void springsOwnErrorsKeepTheirStatus() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(post("/things/paged").with(signedInAs()).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getHeader("Allow")).contains("GET");
    assertThat(page(response).selectFirst("h1").text())
        .isEqualTo("Sorry, there is a problem with that request");
  }

  @Test
  void containerErrorsUseTheSamePages() {
    var resolver = new ErrorViews(layout);
    var request = new MockHttpServletRequest("GET", "/error");
    ModelAndView forbidden =
        resolver.resolveErrorView(request, HttpStatus.FORBIDDEN, java.util.Map.of());
    assertThat(forbidden.getViewName()).isEqualTo("web/error/403");
    assertThat(forbidden.getModel())
        .containsKeys("currentUser", "serviceNavigation", "sessionTimeout");
    assertThat(
            resolver
                .resolveErrorView(request, HttpStatus.UNAUTHORIZED, java.util.Map.of())
                .getViewName())
        .isEqualTo("web/error/403");
    assertThat(
            resolver
                .resolveErrorView(request, HttpStatus.NOT_FOUND, java.util.Map.of())
                .getViewName())
        .isEqualTo("web/error/404");
    assertThat(
            resolver
                .resolveErrorView(request, HttpStatus.I_AM_A_TEAPOT, java.util.Map.of())
                .getViewName())
        .isEqualTo("web/error/400");
    ModelAndView broken =
        resolver.resolveErrorView(
            request, HttpStatus.SERVICE_UNAVAILABLE, java.util.Map.of("message", SECRET));
    assertThat(broken.getViewName()).isEqualTo("web/error/500");
    assertThat(broken.getModel().get("incidentId").toString()).hasSize(10);
    assertThat(broken.getModel()).doesNotContainKey("message");
  }

  @Test
  void everyErrorPageTitleStartsWithError() throws Exception {
    for (String path :
        new String[] {
          "/things/missing",
          "/things/denied",
          "/things/paged",
          "/things/stale",
          "/things/broken",
          "/things/still-sending"
        }) {
      Document page = page(signedIn(path));
      assertThat(page.title()).as(path).startsWith("Error: ").endsWith(" - Harbour");
      assertThat(page.title()).as(path).contains(page.selectFirst("h1").text());
    }
  }

  @Test
  void aBodyThatCannotBeReadIsABadRequest() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/things/json")
                    .with(signedInAs(Role.KEY_WORKER))
                    .with(csrf())
                    .contentType("application/json")
                    .content("{\"text\": "))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(page(response).title()).startsWith("Error: ");
  }

  @Test
  void aFormStillBeingSavedSaysSo() throws Exception {
    MockHttpServletResponse response = signedIn("/things/still-sending");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(page(response).selectFirst("h1").text()).isEqualTo("Your form is still being saved");
  }

  @Test
  void incidentIdsDiffer() {
    assertThat(ErrorViews.incidentId()).isNotEqualTo(ErrorViews.incidentId());
  }

  @Controller
  static class FailingController {

    @GetMapping("/things/missing")
    String missing() {
      throw new RecordNotFoundException("Child " + SECRET);
    }

    @GetMapping("/things/hidden")
    String hidden() {
      throw new RecordNotFoundException("Child", "/break-glass/request?child=123");
    }

    @GetMapping("/things/offsite")
    String offsite() {
      throw new RecordNotFoundException("Child", "//evil.example/steal");
    }

    @GetMapping("/things/by-id/{id}")
    String byId(@PathVariable UUID id) {
      return "web/home";
    }

    @GetMapping("/things/paged")
    String paged(@RequestParam int page) {
      return "web/home";
    }

    @GetMapping({"/things/denied", "/public/denied"})
    String denied() {
      throw new AccessDeniedException(SECRET);
    }

    @GetMapping("/things/stale")
    String stale() {
      throw new StaleRecordException("Kim O'Neil", Instant.parse("2025-07-01T13:05:00Z"));
    }

    @GetMapping("/things/broken")
    String broken() {
      throw new IllegalStateException(SECRET);
    }

    @GetMapping("/things/still-sending")
    String stillSending() {
      throw new SubmitOnce.FormStillSendingException();
    }

    record Json(String text) {}

    @org.springframework.web.bind.annotation.PostMapping("/things/json")
    String json(@org.springframework.web.bind.annotation.RequestBody Json body) {
      return "web/home";
    }
  }
}

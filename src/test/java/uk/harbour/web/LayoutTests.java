package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.harbour.web.WebTestSecurity.signedInAs;
import static uk.harbour.web.WebTestSecurity.user;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

/** The layout around every page: GOV.UK template, header, navigation by role, timeout warning. */
@WebSliceTest(controllers = {HomeController.class, LayoutTests.SignInController.class})
@Import(LayoutTests.SignInController.class)
@TestPropertySource(
    properties = {"harbour.session.idle-timeout=20m", "harbour.session.warn-before=3m"})
class LayoutTests {

  @Autowired MockMvc mvc;

  MvcResult home(HarbourUser user) throws Exception {
    return mvc.perform(get("/").with(signedInAs(user))).andExpect(status().isOk()).andReturn();
  }

  static Document page(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  @Test
  void usesTheGovukTemplateWithThePageTitle() throws Exception {
    Document page = page(home(user("Sam Tester", "Northtown Council", Role.PRACTITIONER)));
    assertThat(page.title()).isEqualTo("Home - Harbour");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("html").hasClass("govuk-template")).isTrue();
    assertThat(page.body().hasClass("govuk-template__body")).isTrue();
    Element skip = page.body().selectFirst("a.govuk-skip-link");
    assertThat(skip.attr("href")).isEqualTo("#main-content");
    assertThat(skip.attr("data-module")).isEqualTo("govuk-skip-link");
    assertThat(page.select("main#main-content.govuk-main-wrapper")).hasSize(1);
    Element home = page.selectFirst("header.govuk-header a.govuk-header__link--homepage");
    assertThat(home.attr("href")).isEqualTo("/");
    assertThat(home.text()).isEqualTo("Harbour");
    assertThat(page.select("footer.govuk-footer")).hasSize(1);
    assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Alpha");
  }

  @Test
  void setsJsEnabledWithAnInlineScriptCarryingTheRequestsNonce() throws Exception {
    MvcResult result = home(user("Sam Tester", "Northtown Council", Role.PRACTITIONER));
    Element script = page(result).body().selectFirst("script");
    assertThat(script.data()).contains("js-enabled").contains("govuk-frontend-supported");
    String csp = result.getResponse().getHeader("Content-Security-Policy");
    assertThat(script.attr("nonce")).isNotBlank();
    assertThat(csp).contains("'nonce-" + script.attr("nonce") + "'");
    assertThat(page(result).select("script:not([src])")).hasSize(1);
  }

  @Test
  void loadsStylesAndScriptsFromContentHashedUrls() throws Exception {
    Document page = page(home(user("Sam Tester", "Northtown Council", Role.PRACTITIONER)));
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .satisfiesExactly(
            css ->
                assertThat(css).matches("/govuk-frontend/govuk-frontend\\.min-[0-9a-f]{32}\\.css"),
            css -> assertThat(css).matches("/css/harbour-[0-9a-f]{32}\\.css"));
    Element harbourJs = page.selectFirst("script[src^=/js/harbour]");
    assertThat(harbourJs.attr("type")).isEqualTo("module");
    assertThat(harbourJs.attr("src")).matches("/js/harbour-[0-9a-f]{32}\\.js");
    assertThat(harbourJs.attr("data-govuk-frontend"))
        .matches("/govuk-frontend/govuk-frontend\\.min-[0-9a-f]{32}\\.js");
    assertThat(page.selectFirst("script[src^=/js/session-timeout]").attr("type"))
        .isEqualTo("module");
    assertThat(page.select("[style], style")).isEmpty();
  }

  @Test
  void showsWhoIsSignedInAndASignOutButtonThatPostsWithCsrf() throws Exception {
    Document page =
        page(home(user("Ann <script>x</script> Lee", "Southby Police", Role.PRACTITIONER)));
    assertThat(page.selectFirst(".harbour-account-bar").text())
        .contains("Signed in as Ann <script>x</script> Lee, Southby Police");
    assertThat(page.select(".harbour-account-bar script")).isEmpty();
    Element form = page.selectFirst(".harbour-account-bar form");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("action")).isEqualTo("/logout");
    assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
    assertThat(form.selectFirst("button").text()).isEqualTo("Sign out");
    assertThat(page.selectFirst("meta[name=_csrf]").attr("content")).isNotBlank();
    assertThat(page.selectFirst("meta[name=_csrf_header]").attr("content"))
        .isEqualTo("X-CSRF-TOKEN");
  }

  @Test
  void aPractitionerSeesTheirAreasWithHomeMarkedCurrent() throws Exception {
    Document page = page(home(user("Sam Tester", "Northtown Council", Role.PRACTITIONER)));
    Element nav = page.selectFirst("section.govuk-service-navigation");
    assertThat(nav.attr("data-module")).isEqualTo("govuk-service-navigation");
    assertThat(nav.select("a.govuk-service-navigation__link").eachAttr("href"))
        .containsExactly(
            "/",
            "/children",
            "/concerns/new",
            "/intelligence",
            "/disruption",
            "/missing",
            "/contexts",
            "/notifications",
            "/account/password");
    assertThat(nav.select("a.govuk-service-navigation__link").eachText())
        .containsExactly(
            "Home",
            "Children",
            "Raise a concern",
            "Intelligence",
            "Disruption",
            "Missing",
            "Contexts",
            "Notifications",
            "Account");
    Element current = nav.selectFirst("li.govuk-service-navigation__item--active");
    assertThat(current.selectFirst("a").attr("aria-current")).isEqualTo("page");
    assertThat(current.selectFirst("a").attr("href")).isEqualTo("/");
    assertThat(nav.select("a[aria-current]")).hasSize(1);
    assertThat(nav.selectFirst("button.govuk-service-navigation__toggle").attr("aria-controls"))
        .isEqualTo("navigation");
  }

  @Test
  void aDataProtectionOfficerAlsoSeesReviewsAndAudit() throws Exception {
    Document page = page(home(user("Dee Pio", "Northtown Council", Role.DATA_PROTECTION_OFFICER)));
    assertThat(page.select(".govuk-service-navigation a").eachAttr("href"))
        .containsExactly(
            "/",
            "/children",
            "/concerns/new",
            "/missing/ssda903",
            "/notifications",
            "/language/learning",
            "/break-glass/reviews",
            "/sign-in-resets",
            "/audit",
            "/account/password");
  }

  @Test
  void aSystemAdministratorSeesUsersAndAgenciesButNotChildren() throws Exception {
    Document page = page(home(user("Ada Min", "Harbour", Role.SYSTEM_ADMINISTRATOR)));
    assertThat(page.select(".govuk-service-navigation a").eachAttr("href"))
        .containsExactly(
            "/", "/notifications", "/admin/users", "/admin/agencies", "/account/password");
  }

  @Test
  void signedInPagesCarryTheSessionTimeoutWarningSettings() throws Exception {
    Document page = page(home(user("Sam Tester", "Northtown Council", Role.PRACTITIONER)));
    Element dialog = page.selectFirst("dialog#session-timeout");
    assertThat(dialog.attr("role")).isEqualTo("alertdialog");
    // 20 minutes, and 4 seconds for the session store to have ended the session on the server
    assertThat(dialog.attr("data-idle-seconds")).isEqualTo("1204");
    assertThat(dialog.attr("data-warn-seconds")).isEqualTo("180");
    assertThat(dialog.attr("data-extend-url")).isEqualTo("/session/extend");
    assertThat(dialog.attr("data-timeout-url")).isEqualTo("/login?timeout");
    assertThat(dialog.attr("data-minutes")).isEqualTo("{0} minutes");
    assertThat(dialog.hasAttr("open")).isFalse();
    assertThat(dialog.selectFirst("#" + dialog.attr("aria-labelledby")).text())
        .isEqualTo("You’re about to be signed out");
    assertThat(dialog.selectFirst("#" + dialog.attr("aria-describedby"))).isNotNull();
    assertThat(dialog.selectFirst("button.js-session-timeout-stay").attr("type"))
        .isEqualTo("button");
    assertThat(dialog.select("[aria-live=polite]")).hasSize(1);
  }

  @Test
  void signedOutPagesHaveTheLayoutWithoutNavigationOrTimeoutWarning() throws Exception {
    Document page =
        Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
    assertThat(page.title()).isEqualTo("Sign in - Harbour");
    assertThat(page.select("header.govuk-header")).hasSize(1);
    assertThat(page.select(".govuk-service-navigation, .harbour-account-bar")).isEmpty();
    assertThat(page.select("dialog, script[src^=/js/session-timeout], meta[name=_csrf]")).isEmpty();
    assertThat(page.select("script[src^=/js/harbour]")).hasSize(1);
  }

  @Test
  void beforeContentGoesBetweenTheBannerAndMain() throws Exception {
    Document page =
        Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
    Element back = page.selectFirst("a.govuk-back-link");
    assertThat(back.attr("href")).isEqualTo("/public/back");
    assertThat(back.nextElementSibling().tagName()).isEqualTo("main");
  }

  @Test
  void theTitleStartsWithErrorWhenTheFormHasErrors() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/login").param("fail", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.title()).isEqualTo("Error: Sign in - Harbour");
  }

  /** Stands in for the sign-in module's login page. */
  @Controller
  static class SignInController {
    @GetMapping("/login")
    String signIn(
        @ModelAttribute("form") ComponentsTests.DemoForm form,
        BindingResult binding,
        @RequestParam(defaultValue = "false") boolean fail) {
      if (fail) {
        binding.rejectValue("firstName", "required", "Enter your name");
      }
      return "test/signed-out";
    }
  }
}

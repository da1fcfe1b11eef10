package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.harbour.web.WebTestSecurity.signedInAs;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Security headers on every response; pages never cached, static files cached. */
@WebSliceTest(controllers = HomeController.class)
class SecurityHeadersTests {

  static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})';");

  @Autowired MockMvc mvc;

  MockHttpServletResponse signedIn(String path) throws Exception {
    return mvc.perform(get(path).with(signedInAs())).andReturn().getResponse();
  }

  static void assertSecurityHeaders(MockHttpServletResponse response) {
    assertSecurityHeaders(response::getHeaders);
  }

  /** The headers every response carries, read through {@code header}: name to all its values. */
  static void assertSecurityHeaders(Function<String, List<String>> header) {
    assertThat(header.apply("Content-Security-Policy"))
        .singleElement()
        .asString()
        .matches(
            "default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'; style-src 'self';"
                + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors 'none'");
    assertThat(header.apply("Strict-Transport-Security"))
        .containsExactly("max-age=31536000; includeSubDomains");
    assertThat(header.apply("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(header.apply("Referrer-Policy")).containsExactly("no-referrer");
    assertThat(header.apply("X-Frame-Options")).containsExactly("DENY");
    assertThat(header.apply("Permissions-Policy"))
        .containsExactly("camera=(), microphone=(), geolocation=()");
    assertThat(header.apply("Cross-Origin-Opener-Policy")).containsExactly("same-origin");
  }

  static void assertNotCached(MockHttpServletResponse response) {
    assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
    assertThat(response.getHeader("Pragma")).isEqualTo("no-cache");
  }

  static String nonce(MockHttpServletResponse response) {
    Matcher m = NONCE.matcher(response.getHeader("Content-Security-Policy"));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void pagesCarryTheHeadersAndAreNeverCached() throws Exception {
    MockHttpServletResponse response = signedIn("/");
    assertThat(response.getStatus()).isEqualTo(200);
    assertSecurityHeaders(response);
    assertNotCached(response);
  }

  @Test
  void theNonceIsFreshForEachRequestAndMatchesThePage() throws Exception {
    MockHttpServletResponse first = signedIn("/");
    MockHttpServletResponse second = signedIn("/");
    assertThat(nonce(first)).isNotEqualTo(nonce(second));
    String inPage =
        Jsoup.parse(first.getContentAsString()).selectFirst("script[nonce]").attr("nonce");
    assertThat(inPage).isEqualTo(nonce(first));
  }

  @Test
  void redirectsToSignInAndErrorPagesCarryTheHeadersToo() throws Exception {
    MockHttpServletResponse redirect = mvc.perform(get("/")).andReturn().getResponse();
    assertThat(redirect.getStatus()).isEqualTo(302);
    assertSecurityHeaders(redirect);
    assertNotCached(redirect);

    MockHttpServletResponse notFound = signedIn("/no-such-page");
    assertThat(notFound.getStatus()).isEqualTo(404);
    assertSecurityHeaders(notFound);
    assertNotCached(notFound);
  }

  @Test
  void govukFontsAndImagesAreServedAtAssetsAndCached() throws Exception {
    MockHttpServletResponse font =
        mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andReturn().getResponse();
    assertThat(font.getStatus()).isEqualTo(200);
    assertThat(font.getContentAsByteArray()).hasSizeGreaterThan(1000);
    assertThat(font.getHeader("Cache-Control")).isEqualTo("max-age=86400, public");
    assertThat(font.getHeader("Pragma")).isNull();
    assertSecurityHeaders(font);

    MockHttpServletResponse crest =
        mvc.perform(get("/assets/images/govuk-crest.svg")).andReturn().getResponse();
    assertThat(crest.getStatus()).isEqualTo(200);
  }

  @Test
  void theCssReferencesFontsWhereTheyAreServed() throws Exception {
    String css =
        mvc.perform(get("/govuk-frontend/govuk-frontend.min.css"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(css).contains("url(/assets/fonts/bold-b542beb274-v2.woff2)");
  }

  @Test
  void hashedStylesAndScriptsAreCachedForAYear() throws Exception {
    String page = signedIn("/").getContentAsString();
    var doc = Jsoup.parse(page);
    String css = doc.selectFirst("link[href^=/govuk-frontend/]").attr("href");
    String js = doc.selectFirst("script[data-govuk-frontend]").attr("data-govuk-frontend");
    String ours = doc.selectFirst("script[src^=/js/harbour]").attr("src");
    for (String path : new String[] {css, js, ours}) {
      MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
      assertThat(response.getHeader("Cache-Control"))
          .as(path)
          .isEqualTo("max-age=31536000, public");
      assertSecurityHeaders(response);
    }
    MockHttpServletResponse js2 = mvc.perform(get(js)).andReturn().getResponse();
    assertThat(js2.getContentType()).contains("javascript");
    assertThat(js2.getContentAsString()).contains("initAll");
  }

  @Test
  void onlyPlainStaticPathsCountAsStatic() {
    assertThat(SecurityHeadersFilter.isStatic(request("/assets/fonts/x.woff2"))).isTrue();
    assertThat(SecurityHeadersFilter.isStatic(request("/css/harbour.css"))).isTrue();
    assertThat(SecurityHeadersFilter.isStatic(request("/js/harbour.js"))).isTrue();
    assertThat(SecurityHeadersFilter.isStatic(request("/favicon.ico"))).isTrue();
    assertThat(SecurityHeadersFilter.isStatic(request("/"))).isFalse();
    assertThat(SecurityHeadersFilter.isStatic(request("/children/1"))).isFalse();
    assertThat(SecurityHeadersFilter.isStatic(request("/cssx"))).isFalse();
    assertThat(SecurityHeadersFilter.isStatic(request("/assets/../children"))).isFalse();
    assertThat(SecurityHeadersFilter.isStatic(request("/assets/%2e%2e/children"))).isFalse();
    assertThat(SecurityHeadersFilter.isStatic(request("/js/;jsessionid=1"))).isFalse();
    assertThat(SecurityHeadersFilter.isStatic(request("/js//children"))).isFalse();
  }

  static MockHttpServletRequest request(String uri) {
    return new MockHttpServletRequest("GET", uri);
  }
}

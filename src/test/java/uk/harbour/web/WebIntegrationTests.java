package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web module inside the whole application on a real server. These checks hold whatever the
 * sign-in rules are: every response, even a redirect to sign in, carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebIntegrationTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndPagesAreNotCached() throws Exception {
    for (String path : new String[] {"/", "/children", "/no-such-page"}) {
      HttpResponse<String> response = get(path);
      var headers = response.headers();
      SecurityHeadersTests.assertSecurityHeaders(headers::allValues);
      assertThat(headers.allValues("Cache-Control")).as(path).containsExactly("no-store");
      assertThat(headers.firstValue("Pragma")).hasValue("no-cache");
    }
  }

  @Test
  void theWebModulesErrorPagesReplaceBootsDefaults() {
    assertThat(context.getBeansOfType(ErrorViewResolver.class).values())
        .singleElement()
        .isInstanceOf(ErrorViews.class);
  }
}

package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.demo.DemoUsers;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;

/**
 * Every page each demo user (and someone signed out) can reach by following links, one page of each
 * kind: none shows a message key Thymeleaf could not find ({@code ??key_en_GB??}), none is a server
 * error (the test profile makes a missing key fail the page, see {@code MissingMessageKeys}), and
 * every error page's title starts with "Error: ".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryPageIntegrationTests {

  static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^\\s?<>\"]+\\?\\?");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void noPageShowsAnUnresolvedMessageKeyOrFails() {
    List<String> problems = new ArrayList<>();
    check(
        "signed out",
        new Browser(port),
        List.of("/", "/login", "/report", "/no-such-page"),
        problems);
    for (String username : DemoUsers.usernames().stream().sorted().toList()) {
      List<String> seeds = new ArrayList<>(List.of("/", "/no-such-page"));
      // The screening page of a public report shows a section the others do not.
      publicReport().ifPresent(id -> seeds.add("/screening/" + id));
      check(username, Demo.signIn(port, username), seeds, problems);
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private void check(String who, Browser browser, List<String> seeds, List<String> problems) {
    List<SiteCrawler.Visit> visits = SiteCrawler.crawl(browser, seeds, 400);
    assertThat(visits).as("pages %s reached", who).hasSizeGreaterThan(1);
    for (SiteCrawler.Visit visit : visits) {
      int status = visit.page().status();
      if (status >= 500) {
        problems.add(who + ": " + visit.path() + " answered " + status);
      }
      if (!SiteCrawler.isHtml(visit.page())) {
        continue;
      }
      Matcher unresolved = UNRESOLVED.matcher(visit.page().body());
      while (unresolved.find()) {
        problems.add(who + ": " + visit.path() + " shows " + unresolved.group());
      }
      if (status >= 400) {
        String title = Jsoup.parse(visit.page().body()).title();
        if (!title.startsWith("Error: ")) {
          problems.add(who + ": " + visit.path() + " (" + status + ") has the title " + title);
        }
      }
    }
  }

  private java.util.Optional<UUID> publicReport() {
    return jdbc.sql(
            "SELECT id FROM concern WHERE source = 'PUBLIC' AND status = 'SUBMITTED'"
                + " ORDER BY submitted_at LIMIT 1")
        .query(UUID.class)
        .optional();
  }
}

package uk.harbour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Issue 9, item 11: for every demo child, every page and list that names a key worker names the
 * same one (or none): the child's page, the team page, the case page and its team list, and each
 * team manager's waiting list, overdue work and caseload counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class DemoKeyWorkersIntegrationTests {

  static final List<String> MANAGERS = List.of("manager.okafor", "manager.byrne", "manager.clarke");
  static final Pattern CASE = Pattern.compile("^/cases/([0-9a-f-]{36})(?:/|$|#|\\?)");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final Map<String, Browser> browsers = new HashMap<>();

  /** One case as its team sees it. */
  record Seen(String status, String keyWorker) {}

  @Test
  void everyPageAndListNamesTheSameKeyWorkerForEveryDemoChild() {
    Map<UUID, Seen> seen = new HashMap<>();
    int children = 0;
    for (UUID child : demoChildren()) {
      String viewer = aTeamMember(child);
      if (viewer == null) {
        continue;
      }
      children++;
      Browser b = as(viewer);
      Page childPage = b.get("/children/" + child);
      assertThat(childPage.status()).isEqualTo(200);
      List<String> onChildPage = keyWorkersOnChildPage(childPage.document());
      List<String> onTeamPage = keyWorkersOnTeamPage(b.get("/children/" + child + "/team"));
      assertThat(onChildPage).as("child page and team page of " + child).isEqualTo(onTeamPage);
      assertThat(onTeamPage).as("at most one key worker for " + child).hasSizeLessThan(2);
      String keyWorker = onTeamPage.isEmpty() ? null : onTeamPage.get(0);
      for (Element link : childPage.document().select("main a[href^=/cases/]")) {
        Matcher m = CASE.matcher(link.attr("href"));
        if (!m.find()) {
          continue;
        }
        UUID caseId = UUID.fromString(m.group(1));
        Document casePage = b.get("/cases/" + caseId).document();
        assertThat(keyWorkerOnCasePage(casePage)).as("case page of " + child).isEqualTo(keyWorker);
        assertThat(keyWorkersIn(casePage.select("#team li")))
            .as("case page's team of " + child)
            .isEqualTo(onTeamPage);
        seen.put(caseId, new Seen(status(caseId), keyWorker));
      }
    }
    assertThat(children).isGreaterThan(40);
    assertThat(seen.values().stream().filter(s -> s.status().equals("OPEN")).count())
        .isGreaterThan(20);

    for (String manager : MANAGERS) {
      Browser b = as(manager);
      Document page = b.get("/cases/manager").document();
      Map<String, Integer> open = new HashMap<>();
      Map<String, Integer> steppedDown = new HashMap<>();
      Set<UUID> waiting = new HashSet<>();
      for (Map.Entry<UUID, Seen> e : seen.entrySet()) {
        if (b.get("/cases/" + e.getKey()).status() != 200) {
          continue;
        }
        Seen s = e.getValue();
        if (s.keyWorker() == null) {
          if (s.status().equals("OPEN")) {
            waiting.add(e.getKey());
          }
        } else if (s.status().equals("OPEN")) {
          open.merge(s.keyWorker(), 1, Integer::sum);
        } else if (s.status().equals("STEPPED_DOWN")) {
          steppedDown.merge(s.keyWorker(), 1, Integer::sum);
        }
      }
      assertThat(casesIn(page.select("#unallocated tbody tr")))
          .as(manager + "'s cases waiting for a key worker")
          .isEqualTo(waiting);
      for (Element row : page.select("#caseloads tbody tr")) {
        String name = row.select("td").get(0).text();
        assertThat(Integer.parseInt(row.select("td").get(1).text()))
            .as(manager + ": open cases of " + name)
            .isEqualTo(open.getOrDefault(name, 0));
        assertThat(Integer.parseInt(row.select("td").get(2).text()))
            .as(manager + ": stepped-down cases of " + name)
            .isEqualTo(steppedDown.getOrDefault(name, 0));
        open.remove(name);
      }
      assertThat(open).as(manager + ": key workers missing from the caseloads").isEmpty();
      for (Element row : page.select("#manager-overdue tbody tr")) {
        Set<UUID> inRow = casesIn(List.of(row));
        if (inRow.isEmpty() || !seen.containsKey(inRow.iterator().next())) {
          continue;
        }
        Seen s = seen.get(inRow.iterator().next());
        var cells = row.select("td");
        String named = cells.get(cells.size() - 2).text();
        assertThat(named)
            .as(manager + ": key worker beside overdue work " + row.text())
            .isEqualTo(s.keyWorker() == null ? "No key worker yet" : s.keyWorker());
      }
    }
  }

  /**
   * The demo children, and any other child with a case that is not closed (other tests may have
   * made some in this context): the managers' counts cover them all.
   */
  private List<UUID> demoChildren() {
    return jdbc.sql(
            "SELECT id FROM (SELECT id, merged_into FROM child ORDER BY created_at, reference"
                + " LIMIT ?) c WHERE merged_into IS NULL"
                + " UNION SELECT child_id FROM cases WHERE status <> 'CLOSED'")
        .param(DemoChildren.COUNT + 1)
        .query(UUID.class)
        .list();
  }

  private String aTeamMember(UUID child) {
    return jdbc.sql(
            "SELECT u.username FROM team_member t JOIN app_user u ON u.id = t.user_id"
                + " WHERE t.child_id = ? AND u.active"
                + " ORDER BY (t.team_role = 'KEY_WORKER') DESC, u.username LIMIT 1")
        .param(child)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String status(UUID caseId) {
    return jdbc.sql("SELECT status FROM cases WHERE id = ?")
        .param(caseId)
        .query(String.class)
        .single();
  }

  private Browser as(String username) {
    return browsers.computeIfAbsent(username, u -> Demo.signIn(port, u));
  }

  private static List<String> keyWorkersOnChildPage(Document page) {
    Element heading = page.selectFirst("main h2:contains(Team around the child)");
    assertThat(heading).isNotNull();
    Element list = heading.nextElementSiblings().select("ul.govuk-list").first();
    return keyWorkersIn(list == null ? List.of() : list.select("li"));
  }

  private static List<String> keyWorkersIn(List<Element> items) {
    List<String> names = new ArrayList<>();
    for (Element li : items) {
      Element role = li.selectFirst("span");
      if (role != null && role.text().startsWith("Key worker,")) {
        names.add(li.selectFirst("strong").text());
      }
    }
    return names;
  }

  private static List<String> keyWorkersOnTeamPage(Page page) {
    assertThat(page.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (Element row : page.document().select("main table tbody tr")) {
      if (row.select("td").get(1).text().equals("Key worker")) {
        names.add(row.select("td").get(0).text());
      }
    }
    return names;
  }

  private static String keyWorkerOnCasePage(Document page) {
    Element cell = page.getElementById("key-worker");
    assertThat(cell).isNotNull();
    if (cell.text().contains("Not allocated")) {
      return null;
    }
    return cell.selectFirst("span").text();
  }

  private static Set<UUID> casesIn(List<Element> rows) {
    Set<UUID> found = new HashSet<>();
    for (Element row : rows) {
      for (Element a : row.select("a[href]")) {
        Matcher m = CASE.matcher(a.attr("href"));
        if (m.find()) {
          found.add(UUID.fromString(m.group(1)));
          break;
        }
      }
    }
    return found;
  }
}

package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.harbour.web.WebTestSecurity.signedInAs;
import static uk.harbour.web.WebTestSecurity.user;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

@WebSliceTest(controllers = HomeController.class)
class HomeControllerTests {

  @Autowired MockMvc mvc;

  Document home(HarbourUser user) throws Exception {
    var response = mvc.perform(get("/").with(signedInAs(user))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  @Test
  void welcomesTheUserByName() throws Exception {
    Document page = home(user("Jo <b>Bloggs</b>", "Northtown Council", Role.KEY_WORKER));
    assertThat(page.selectFirst("h1").text()).isEqualTo("Welcome, Jo <b>Bloggs</b>");
    assertThat(page.select("h1 b")).isEmpty();
  }

  @Test
  void hasASectionForTheChildrenTheyWorkWithThatCanBeEmpty() throws Exception {
    Document page = home(user("Jo Bloggs", "Northtown Council", Role.KEY_WORKER));
    var section = page.selectFirst("main section#my-children");
    assertThat(section.attr("aria-labelledby")).isEqualTo("my-children-heading");
    assertThat(section.selectFirst("h2").text()).isEqualTo("Children you work with");
    assertThat(section.text()).contains("No children are linked to you yet.");
    assertThat(section.select("li")).isEmpty();
  }

  @Test
  void linksToTheAreasTheUserCanUse() throws Exception {
    Document page = home(user("Jo Bloggs", "Northtown Council", Role.KEY_WORKER));
    assertThat(page.select("main section#areas li > a").eachAttr("href"))
        .containsExactly(
            "/children",
            "/concerns/new",
            "/cases/due",
            "/intelligence",
            "/disruption",
            "/missing",
            "/notifications",
            "/account/password");
    assertThat(page.select("main section#areas li > p").eachText()).allMatch(t -> !t.isBlank());
  }

  @Test
  void administratorsSeeNoChildrenSection() throws Exception {
    Document page = home(user("Ada Min", "Harbour", Role.SYSTEM_ADMINISTRATOR));
    assertThat(page.select("#my-children")).isEmpty();
    assertThat(page.select("main section#areas li > a").eachAttr("href"))
        .containsExactly("/notifications", "/admin/users", "/admin/agencies", "/account/password");
  }
}

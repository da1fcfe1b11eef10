package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.harbour.web.WebTestSecurity.signedInAs;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.harbour.accesscontrol.Role;

/**
 * Characters Harbour refuses become an error on their form field, shown without them, and a list
 * index past Spring's limit is a 400: for every controller, whatever its form is called.
 */
@WebSliceTest(controllers = FormBindingTests.FormController.class)
@Import({FormBindingTests.FormController.class, FormBindingTests.CountedTransactions.class})
class FormBindingTests {

  @Autowired MockMvc mvc;
  @Autowired CountedTransactions transactions;

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(signedInAs(Role.KEY_WORKER)).with(csrf()))
        .andReturn()
        .getResponse();
  }

  @Test
  void aNulIsAnErrorOnItsFieldShownWithoutIt() throws Exception {
    MockHttpServletResponse response =
        send(post("/things/form").param("firstName", "Ann\u0000a").param("lastName", "Lee"));
    assertThat(response.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.title()).isEqualTo("Error: Sign in - Harbour");
    assertThat(page.select("#firstName-error").text())
        .contains("This answer had hidden characters that cannot be saved");
    assertThat(page.selectFirst("input#firstName").attr("value")).isEqualTo("Anna");
    assertThat(response.getContentAsString()).doesNotContain("\u0000");
  }

  @Test
  void aFieldTheFormDoesNotAllowIsIgnored() throws Exception {
    MockHttpServletResponse response =
        send(post("/things/form").param("lastName", "Lee").param("userId", "x\u0000"));
    assertThat(Jsoup.parse(response.getContentAsString()).select(".govuk-error-message")).isEmpty();
  }

  @Test
  void aValueReadOnItsOwnIsABadRequest() throws Exception {
    assertThat(send(post("/things/param").param("back", "/\u0000")).getStatus()).isEqualTo(400);
    assertThat(send(post("/things/param").param("back", "/home")).getContentAsString())
        .isEqualTo("/home");
  }

  @Test
  void aListIndexPastTheLimitIsABadRequestAndOneWithinItBinds() throws Exception {
    assertThat(send(post("/things/rows").param("rows[300]", "x")).getStatus()).isEqualTo(400);
    assertThat(send(post("/things/rows").param("rows[30]", "x")).getContentAsString())
        .isEqualTo("31");
  }

  @Test
  void aHandlerThatCarriesOnDespiteTheErrorSavesNothing() throws Exception {
    int rollbacks = transactions.rollbacks;
    MockHttpServletResponse response =
        send(post("/things/ignores").param("firstName", "Ann\u0000a").param("lastName", "Lee"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(transactions.rollbacks).isEqualTo(rollbacks + 1);
    assertThat(send(post("/things/ignores").param("firstName", "Anna")).getStatus()).isEqualTo(302);
  }

  @Test
  void aHandlerThatReshowsTheFormCommits() throws Exception {
    int commits = transactions.commits;
    send(post("/things/form").param("firstName", "Ann\u0000a"));
    assertThat(transactions.commits).isEqualTo(commits + 1);
  }

  @Test
  void errorsOnAFormOfAnyNameMakeTheTitleSayError() throws Exception {
    Document page =
        Jsoup.parse(send(post("/things/entry").param("notes", "x")).getContentAsString());
    assertThat(page.title()).isEqualTo("Error: Sign in - Harbour");
  }

  /** Counts commits and rollbacks, standing in for the database's transactions. */
  static class CountedTransactions
      extends org.springframework.transaction.support.AbstractPlatformTransactionManager {
    int commits;
    int rollbacks;

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(
        Object transaction, org.springframework.transaction.TransactionDefinition definition) {}

    @Override
    protected void doCommit(
        org.springframework.transaction.support.DefaultTransactionStatus status) {
      commits++;
    }

    @Override
    protected void doRollback(
        org.springframework.transaction.support.DefaultTransactionStatus status) {
      rollbacks++;
    }
  }

  /** Rows of text, as review attendees and concern rows are. */
  public static class Rows {
    private List<String> rows = new ArrayList<>();

    public List<String> getRows() {
      return rows;
    }

    public void setRows(List<String> v) {
      rows = v;
    }
  }

  @Controller
  static class FormController {

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
      binder.setAllowedFields("firstName", "lastName");
    }

    @PostMapping("/things/form")
    String form(@ModelAttribute("form") ComponentsTests.DemoForm form, BindingResult result) {
      if (form.getLastName() == null) {
        result.rejectValue("lastName", "required", "Enter a last name");
      }
      return "test/signed-out";
    }

    /** A controller that does not look at its errors. */
    @PostMapping("/things/ignores")
    String ignores(@ModelAttribute("form") ComponentsTests.DemoForm form, BindingResult result) {
      return "redirect:/things/saved";
    }

    @PostMapping("/things/param")
    @ResponseBody
    String param(@RequestParam String back) {
      return back;
    }

    @PostMapping("/things/rows")
    @ResponseBody
    String rows(@ModelAttribute("rows") Rows rows) {
      return String.valueOf(rows.getRows().size());
    }

    @PostMapping("/things/entry")
    String entry(
        @ModelAttribute("entry") ComponentsTests.DemoForm entry,
        BindingResult result,
        Model model) {
      result.rejectValue("notes", "required", "Enter notes");
      model.addAttribute("form", new ComponentsTests.DemoForm());
      return "test/signed-out";
    }
  }
}

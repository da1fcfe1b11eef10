package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.harbour.audit.AuditTestEvents.aUser;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.UserId;

/** Renders the audit pages; the search page sits in the web module's layout. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired SpringTemplateEngine templates;
  @Autowired ApplicationContext context;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired uk.harbour.accesscontrol.Directory directory;

  AuditTestEvents events;
  HarbourUser officer;

  @BeforeEach
  void setUp() {
    events = new AuditTestEvents(publisher, transactions, jdbc);
    officer = aUser("dpo-" + UUID.randomUUID(), Role.DATA_PROTECTION_OFFICER);
  }

  @Test
  void theAccessTableShowsWhoDidWhatInPlainWords() {
    AccessRecord record =
        new AccessRecord(
            Instant.parse("2026-07-01T13:05:09Z"),
            new UserId(UUID.randomUUID()),
            "sam.jones",
            "Northtown Police",
            List.of("KEY_WORKER", "TEAM_MANAGER"),
            "child",
            AuditAction.BREAK_GLASS,
            AuditOutcome.SUCCEEDED,
            "Missing overnight, police need the address");

    Document html = Jsoup.parse(renderAccessTable(List.of(record)));

    List<String> cells = html.select("tbody tr td").eachText();
    assertThat(cells)
        .containsExactly(
            "1 Jul 2026, 14:05:09",
            "sam.jones",
            "Northtown Police",
            "Key worker Team manager",
            "Emergency access",
            "Allowed",
            "Missing overnight, police need the address");
    assertThat(html.select("thead th").eachText()).contains("When (UK time)", "Reason given");
  }

  @Test
  void theAccessTableSaysWhenNobodyHasOpenedTheRecord() {
    Document html = Jsoup.parse(renderAccessTable(List.of()));

    assertThat(html.select("table")).isEmpty();
    assertThat(html.text()).isEqualTo("Nobody has opened this record yet.");
  }

  @Test
  void theSearchPageShowsResultsAndFieldErrors() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    HarbourUser alex = aUser("alex-" + UUID.randomUUID(), Role.KEY_WORKER);
    events.publishAs(alex, Audited.denied(AuditAction.VIEW, type, "r-1"));

    Document results = page("/audit?recordType=" + type);
    assertThat(results.select("tbody tr")).hasSize(1);
    assertThat(results.select("tbody tr td").eachText())
        .contains(
            "Account " + alex.username() + ", not in Harbour's directory",
            "Key worker",
            "Viewed",
            type + " r-1",
            "Refused");
    assertThat(results.select("input#username")).hasSize(1);

    Document errors = page("/audit?dateFromDay=31&dateFromMonth=2&dateFromYear=2026");
    assertThat(errors.text()).contains("The from date must be a real date");
    assertThat(errors.select("input#dateFrom")).hasSize(1);
    assertThat(errors.select("table")).isEmpty();
  }

  @Test
  void theSearchPageNamesPeopleAndShowsRepeatsAsOneRow() throws Exception {
    var rhys = directory.findUserByUsername("kw.jones").orElseThrow();
    HarbourUser kw =
        new HarbourUser(
            rhys.id(),
            rhys.username(),
            rhys.displayName(),
            rhys.agencyId(),
            rhys.agencyName(),
            rhys.roles());
    String type = AuditTestEvents.uniqueRecordType();
    for (int i = 0; i < 3; i++) {
      events.publishAs(kw, Audited.succeeded(AuditAction.VIEW, type, "r-1"));
    }

    Document results = page("/audit?recordType=" + type + "&action=VIEW");

    assertThat(results.select("tbody tr")).hasSize(1);
    List<String> cells = results.select("tbody tr td").eachText();
    assertThat(cells.get(0))
        .matches(
            "3 times (at \\d\\d:\\d\\d|between \\d\\d:\\d\\d and \\d\\d:\\d\\d)"
                + " on \\d{1,2} \\w{3,4} \\d{4}");
    assertThat(cells).contains("Rhys Jones", rhys.agencyName()).doesNotContain("kw.jones");
    assertThat(results.select("select#action option[selected]").eachAttr("value"))
        .containsExactly("VIEW");
  }

  private Document page(String url) throws Exception {
    String html =
        mvc.perform(get(url).with(authentication(AuditTestEvents.authentication(officer))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  private String renderAccessTable(List<AccessRecord> records) {
    Context model = new Context(Locale.UK);
    model.setVariable("records", records);
    model.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(context, null));
    return templates.process("audit/access-records", Set.of("accessTable"), model);
  }
}

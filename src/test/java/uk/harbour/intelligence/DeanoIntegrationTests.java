package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.PublicReporter;
import uk.harbour.testing.TestIntelligence;

/**
 * The "Deano" case of issue 11 as it happens, over real HTTP and through every step a person takes:
 * a school raises a concern naming an adult by nickname, a partial plate and a flat; a member of
 * the public reports the same nickname, another partial reading of the plate and the flat, in their
 * own words. The screening officer links each to its child and, from each, submits intelligence
 * without retyping; the intelligence unit triages both, and the second resolves to the entries the
 * first created. One person of concern, one vehicle and one place; both children linked; both key
 * workers told.
 */
// Loopback is a trusted proxy, so the public reporter has an address of its own for the rate limit.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class DeanoIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aSchoolConcernAndAPublicReportEndAsOneAdultVehicleAndFlatWithBothChildrenLinkedAndTold() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String nickname = "Deano" + letters(tag);
    String number = digits(tag);
    String tail = letters(tag).substring(1).toUpperCase(java.util.Locale.ROOT);
    UUID first = childOf("kw.jones", null);
    UUID second = childOf("kw.ahmed", "kw.jones");
    long toldJones = notifications("kw.jones");
    long toldAhmed = notifications("kw.ahmed");

    // A teacher raises a concern, filling in the rows for the adult, the car and the flat.
    Browser school = Demo.signIn(port, "school.green");
    Map<String, String> typed = new HashMap<>();
    typed.put("child.firstName", "Pupil " + letters(tag));
    typed.put("whatHappened", "Collected from the school gate by an adult in a black car.");
    typed.put("informationSource", "FIRST_HAND");
    typed.put("reliability", "PROBABLY_TRUE");
    typed.put("people[0].nicknames", nickname);
    typed.put("people[0].approximateAge", "about 25");
    typed.put("vehicles[0].registration", "YT" + number.substring(0, 2) + " ?" + tail);
    typed.put("vehicles[0].description", "Black Audi, tinted windows");
    typed.put("places[0].name", "Flat 3, " + number + " Mill Lane");
    typed.put("action", "check");
    Page check = school.submit(school.get("/concerns/new"), FORM, typed);
    assertThat(check.isRedirect()).as(check.body()).isTrue();
    Page sent = school.submit(school.get(check.location()), FORM, Map.of());
    assertThat(sent.location()).as(sent.body()).endsWith("/submitted");
    UUID schoolConcern = UUID.fromString(sent.location().split("/")[2]);

    // A member of the public describes the adult and the flat in their own words.
    Map<String, String> report = new HashMap<>();
    report.put(
        "whatHappened", "Girls from the estate are picked up late at night and taken to a flat.");
    report.put("dangerNow", "NOT_SURE");
    report.put("childName", "Kaz " + letters(tag));
    report.put("peopleDescription", "A man they call " + nickname + ", mid twenties");
    report.put(
        "vehicles[0].registration",
        "yt" + number.charAt(0) + "? ?" + tail.toLowerCase(java.util.Locale.ROOT));
    report.put("vehicles[0].description", "black audi");
    report.put("happenedWhere", number + " Mill Ln flat 3");
    Page reported = new PublicReporter(port).report(report);
    assertThat(reported.location()).as(reported.body()).isEqualTo("/report/sent");
    UUID publicReport =
        jdbc.sql(
                "SELECT id FROM concern WHERE source = 'PUBLIC' AND other_names = ?"
                    + " AND status = 'SUBMITTED'")
            .param("Kaz " + letters(tag))
            .query(UUID.class)
            .single();

    // Screening links each to its child, then submits intelligence from each without retyping.
    Browser screening = Demo.signIn(port, "screening.lee");
    link(screening, schoolConcern, first);
    link(screening, publicReport, second);

    Page fromSchool = startFrom(screening, schoolConcern);
    Map<String, Element> rows = rows(fromSchool);
    assertThat(rows.get("PERSON").selectFirst("input[name$=.nickname]").val()).isEqualTo(nickname);
    assertThat(rows.get("PERSON").selectFirst("input[name$=.approxAge]").val()).isEqualTo("25");
    assertThat(rows.get("VEHICLE").selectFirst("input[name$=.make]").val()).isEqualTo("Audi");
    assertThat(rows.get("VEHICLE").selectFirst("input[name$=.colour]").val()).isEqualTo("black");
    assertThat(rows.get("PLACE").selectFirst("input[name$=.address]").val())
        .isEqualTo("Flat 3, " + number + " Mill Lane");
    assertThat(fromSchool.document().select("input[name=childIds][checked]").eachAttr("value"))
        .containsExactly(first.toString());
    UUID one =
        submit(
            screening,
            fromSchool,
            Map.of(
                "toldBy",
                "A teacher, by a school concern",
                "money",
                "He buys them vapes, then says they owe him"));

    Page fromPublic = startFrom(screening, publicReport);
    rows = rows(fromPublic);
    assertThat(rows.get("PERSON").selectFirst("textarea").text()).contains(nickname);
    assertThat(rows.get("PLACE").selectFirst("input[name$=.address]").val())
        .isEqualTo(number + " Mill Ln flat 3");
    // The public wrote the nickname in a sentence: the officer puts it in its field.
    String personRow = prefix(rows.get("PERSON"));
    UUID two =
        submit(
            screening,
            fromPublic,
            Map.of(
                "toldBy",
                "A member of the public, by a report",
                personRow + "nickname",
                nickname,
                personRow + "approxAge",
                "26"));

    Browser officer = Demo.signIn(port, "intel.patel");
    assertThat(officer.get("/intelligence/" + one).body())
        .contains("Money, gifts or debts")
        .contains("He buys them vapes, then says they owe him");
    triage(officer, one, false);
    triage(officer, two, true);

    for (String kind : new String[] {"PERSON", "VEHICLE", "PLACE"}) {
      assertThat(entityOf(two, kind)).as(kind).isEqualTo(entityOf(one, kind));
    }
    // Each decision keeps why: the suggestion taken, with its strength and reasons.
    assertThat(reasonsOf(two))
        .hasSize(3)
        .allMatch(r -> r.startsWith("The same as the entry suggested at triage ("));
    assertThat(reasonsOf(two).toString()).contains("the same nickname");
    assertThat(reasonsOf(one)).allMatch(r -> r.startsWith("A new entry at triage"));
    UUID adult = entityOf(one, "PERSON");
    assertThat(
            jdbc.sql(
                    "SELECT to_id FROM intel_link WHERE from_id = ? AND to_kind = 'CHILD'"
                        + " GROUP BY to_id")
                .param(adult)
                .query(UUID.class)
                .list())
        .containsExactlyInAnyOrder(first, second);
    assertThat(notifications("kw.jones")).isGreaterThan(toldJones);
    assertThat(notifications("kw.ahmed")).isGreaterThan(toldAhmed);
  }

  // --- steps ---

  private void link(Browser screening, UUID concern, UUID child) {
    String reference =
        jdbc.sql("SELECT reference FROM child WHERE id = ?")
            .param(child)
            .query(String.class)
            .single();
    Page linked =
        screening.submit(
            screening.get("/screening/" + concern),
            "main form[action$=/link]",
            Map.of("childReference", reference));
    assertThat(linked.isRedirect()).as(linked.body()).isTrue();
  }

  /** Follows "Submit intelligence from this concern" on the screening page. */
  private static Page startFrom(Browser screening, UUID concern) {
    Page page = screening.get("/screening/" + concern);
    Element link = page.document().selectFirst("main a[href*=from=concern]");
    assertThat(link).as("the screening page offers intelligence from the concern").isNotNull();
    Page form = screening.get(link.attr("href"));
    assertThat(form.status()).isEqualTo(200);
    return form;
  }

  /** Each kind's first row on the form that has something in it. */
  private static Map<String, Element> rows(Page form) {
    Map<String, Element> rows = new LinkedHashMap<>();
    for (Element fieldset : form.document().select("fieldset:has(input[name$=.kind])")) {
      String kind = fieldset.selectFirst("input[name$=.kind]").val();
      boolean filled =
          fieldset.select("input[type=text]").stream().anyMatch(i -> !i.val().isBlank())
              || !fieldset.select("textarea").text().isBlank();
      if (filled) {
        rows.putIfAbsent(kind, fieldset);
      }
    }
    return rows;
  }

  private static String prefix(Element row) {
    String name = row.selectFirst("input[name$=.kind]").attr("name");
    return name.substring(0, name.length() - "kind".length());
  }

  private static UUID submit(Browser screening, Page form, Map<String, String> fields) {
    Map<String, String> values = new LinkedHashMap<>(fields);
    values.put("howKnown", "TOLD");
    values.put("action", "submit");
    Page sent = screening.submitAsShown(form, FORM, values);
    assertThat(sent.isRedirect()).as(sent.body()).isTrue();
    return UUID.fromString(sent.location().substring(sent.location().lastIndexOf('/') + 1));
  }

  /** Grades 2C-P and records; the second time each mention is the entry offered first. */
  private static void triage(Browser officer, UUID submission, boolean sameAsOffered) {
    Page form = officer.get("/intelligence/" + submission + "/triage");
    Map<String, String> choices = new LinkedHashMap<>();
    for (Element mention :
        form.document().select("fieldset .govuk-radios:has(input[name^=resolutions])")) {
      Element offered = mention.selectFirst("input[type=radio]");
      if (sameAsOffered) {
        assertThat(offered.val())
            .as("an existing entry is offered first for " + mention.parent().text())
            .isNotEqualTo("new");
        choices.put(offered.attr("name"), offered.val());
      }
    }
    assertThat(form.document().select("fieldset .govuk-radios:has(input[name^=resolutions])"))
        .as("a person, a vehicle and a place to resolve")
        .hasSize(3);
    choices.put("intelligenceAssessment", "C");
    choices.put("reasons", "Two independent sources describe the same adult");
    TestIntelligence.triage(officer, submission, choices);
  }

  // --- reads ---

  private UUID childOf(String keyWorker, String notVisibleTo) {
    return TestIntelligence.childOf(jdbc, keyWorker, notVisibleTo);
  }

  private long notifications(String username) {
    return TestIntelligence.notifications(jdbc, username, "intelligence-link");
  }

  private UUID entityOf(UUID submission, String kind) {
    return TestIntelligence.entityOf(jdbc, submission, kind);
  }

  private java.util.List<String> reasonsOf(UUID submission) {
    return jdbc.sql(
            "SELECT r.reasons FROM intel_resolution r JOIN intel_mention m ON m.id = r.mention_id"
                + " WHERE m.submission_id = ? ORDER BY m.position")
        .param(submission)
        .query(String.class)
        .list();
  }

  /** Letters made from the tag, so that each run's names are its own. */
  private static String letters(String tag) {
    StringBuilder letters = new StringBuilder();
    for (char c : tag.toCharArray()) {
      letters.append((char) ('a' + Character.digit(c, 16) % 26));
    }
    return letters.substring(0, 3);
  }

  private static String digits(String tag) {
    return String.format("%03d", 100 + Math.abs(tag.hashCode()) % 900);
  }
}

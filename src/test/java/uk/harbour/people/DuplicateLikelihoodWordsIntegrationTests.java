package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * Possible duplicates never claim certainty: two records that agree in every detail are "very
 * likely" the same child, never "100.0%" (issue 9, item 15).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
class DuplicateLikelihoodWordsIntegrationTests {

  @LocalServerPort int port;
  @Autowired Children children;
  @Autowired ActAs actAs;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void twoRecordsAgreeingInEveryDetailAreVeryLikelyTheSameChildNeverCertain() {
    actAs.user("kw.jones");
    ChildDetails same =
        TestChildren.living(
            "Wilhelmina",
            "Certainty",
            LocalDate.of(2011, 9, 14),
            Sex.FEMALE,
            "7 Quarry Lane, Northbridge",
            "NB7 2QL",
            "Riverside Academy");
    ChildRecord one = children.create(same);
    ChildRecord two = children.create(same);
    actAs.nobody();

    Browser officer = Demo.signIn(port, "screening.lee");
    officer.submit(
        officer.get("/duplicates"), "main form[action$=/duplicates/scan]", java.util.Map.of());
    Page list = officer.get("/duplicates");
    var row =
        list.document()
            .select(
                "main table tbody tr:contains("
                    + one.reference()
                    + "):contains("
                    + two.reference()
                    + ")")
            .first();
    assertThat(row).isNotNull();
    assertThat(row.text()).contains("Very likely").doesNotContain("100");
    Page pair = officer.get(row.selectFirst("a").attr("href"));
    assertThat(pair.document().select("main").text())
        .contains("Very likely")
        .doesNotContain("100.0%")
        .doesNotContain("100%");
  }
}

package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.harbour.shared.ChildId;

/** The checks on the SSDA903 "Missing" rows, each against a row that breaks only that rule. */
class Ssda903ValidatorTests {

  static final Ssda903Year YEAR = new Ssda903Year(2025);
  static final ChildId CHILD = new ChildId(UUID.randomUUID());

  @Test
  void aCompleteReturnedEpisodeWithItsInterviewRecordedPasses() {
    assertThat(rules(row("M", d(2025, 6, 10), d(2025, 6, 11), "Y", "Y"))).isEmpty();
    assertThat(rules(row("A", d(2025, 6, 10), d(2025, 6, 10), "Y", "N"))).isEmpty();
    assertThat(rules(row("M", d(2025, 6, 10), null, "NA", "NA")))
        .as("still open at the end of the year")
        .isEmpty();
    assertThat(rules(row("M", d(2024, 12, 30), d(2025, 4, 2), "N", "N")))
        .as("started in the year before")
        .isEmpty();
  }

  @Test
  void theTypeMustBeMOrA() {
    assertThat(rules(row("X", d(2025, 6, 10), d(2025, 6, 11), "Y", "Y"))).containsExactly("565");
  }

  @Test
  void theEndMayNotBeBeforeTheStartNorOutsideTheYear() {
    assertThat(rules(row("M", d(2025, 6, 10), d(2025, 6, 9), "Y", "Y"))).containsExactly("567");
    assertThat(rules(row("M", d(2025, 3, 1), d(2025, 3, 2), "Y", "Y"))).containsExactly("571");
    assertThat(rules(row("M", d(2026, 3, 1), d(2026, 4, 2), "Y", "Y"))).containsExactly("571");
  }

  @Test
  void theStartMustBeKnownAndNotAfterTheYearNorBeforeBirth() {
    assertThat(rules(row("M", null, null, "NA", "NA"))).containsExactly("564");
    assertThat(rules(row("M", d(2026, 4, 1), null, "NA", "NA"))).containsExactly("570");
    Ssda903Row beforeBirth =
        new Ssda903Row(
            new EpisodeId(UUID.randomUUID()),
            CHILD,
            "C1",
            d(2025, 7, 1),
            "M",
            d(2025, 6, 1),
            d(2025, 6, 2),
            "Y",
            "Y");
    assertThat(rules(beforeBirth)).containsExactly("586");
  }

  @Test
  void theChildsDateOfBirthMustBeRecorded() {
    Ssda903Row noBirth =
        new Ssda903Row(
            new EpisodeId(UUID.randomUUID()),
            CHILD,
            "C1",
            null,
            "M",
            d(2025, 6, 1),
            d(2025, 6, 2),
            "Y",
            "Y");
    assertThat(rules(noBirth)).containsExactly("DOB");
  }

  @Test
  void returnInterviewFieldsAreYesNoOrNotApplicableAndAcceptedNeedsOffered() {
    assertThat(rules(row("M", d(2025, 6, 10), d(2025, 6, 11), "X", "N"))).containsExactly("RHI");
    assertThat(rules(row("M", d(2025, 6, 10), d(2025, 6, 11), "N", "Y"))).containsExactly("RHI");
    assertThat(findings(row("M", d(2025, 6, 10), d(2025, 6, 11), null, null)))
        .extracting(f -> f.severity() + " " + f.messageKey())
        .containsExactly("QUERY missing.ssda903.rule.rhiOfferedNotRecorded");
    assertThat(findings(row("M", d(2025, 6, 10), d(2025, 6, 11), "Y", null)))
        .extracting(f -> f.severity() + " " + f.messageKey())
        .containsExactly("QUERY missing.ssda903.rule.rhiOutcomeNotRecorded");
    assertThat(
            Ssda903Validator.blocking(
                findings(row("M", d(2025, 6, 10), d(2025, 6, 11), null, null))))
        .as("a query does not stop the export")
        .isFalse();
  }

  @Test
  void aChildsEpisodesMayNotOverlapButMayFollowOnTheSameDay() {
    Ssda903Row first = row("A", d(2025, 6, 10), d(2025, 6, 12), "NA", "NA");
    Ssda903Row next = row("M", d(2025, 6, 12), d(2025, 6, 14), "Y", "Y");
    assertThat(Ssda903Validator.check(List.of(first, next), YEAR)).isEmpty();

    Ssda903Row overlapping = row("M", d(2025, 6, 11), d(2025, 6, 20), "Y", "Y");
    assertThat(Ssda903Validator.check(List.of(first, overlapping), YEAR))
        .extracting(f -> f.rule() + " " + f.row().start())
        .containsExactly("574 2025-06-11");

    Ssda903Row open = row("M", d(2025, 5, 1), null, "NA", "NA");
    Ssda903Row whileOpen = row("A", d(2025, 7, 1), d(2025, 7, 2), "Y", "Y");
    assertThat(Ssda903Validator.check(List.of(open, whileOpen), YEAR))
        .extracting(Ssda903Validator.Finding::rule)
        .containsExactly("574");

    Ssda903Row otherChild =
        new Ssda903Row(
            new EpisodeId(UUID.randomUUID()),
            new ChildId(UUID.randomUUID()),
            "C2",
            d(2010, 1, 1),
            "M",
            d(2025, 6, 11),
            d(2025, 6, 20),
            "Y",
            "Y");
    assertThat(Ssda903Validator.check(List.of(first, otherChild), YEAR)).isEmpty();
  }

  @Test
  void theCollectionYearRunsFromAprilToMarchAndCellsNeverBecomeFormulas() {
    assertThat(Ssda903Year.of(d(2026, 3, 31)).label()).isEqualTo("2025-26");
    assertThat(Ssda903Year.of(d(2026, 4, 1)).label()).isEqualTo("2026-27");
    assertThat(Ssda903Export.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(Ssda903Export.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Ssda903Export.csv(List.of(row("M", d(2025, 6, 10), d(2025, 6, 11), "Y", "N")), true))
        .isEqualTo(
            "CHILD,DOB,MISSING,MIS_START,MIS_END,MIS_RHI_OFFERED,MIS_RHI_ACCEPTED\r\n"
                + "C1,14/05/2011,M,10/06/2025,11/06/2025,Y,N\r\n");
    assertThat(Ssda903Export.csv(List.of(row("A", d(2025, 6, 10), null, "NA", "NA")), false))
        .isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END\r\nC1,14/05/2011,A,10/06/2025,\r\n");
  }

  @Test
  void returnInterviewCodesComeFromTheRecordedOfferAndOutcome() {
    assertThat(Ssda903Repository.offered(false, false, null)).isNull();
    assertThat(Ssda903Repository.offered(true, false, null)).isNull();
    assertThat(Ssda903Repository.offered(true, true, null)).isEqualTo("Y");
    assertThat(Ssda903Repository.offered(true, false, "HELD")).isEqualTo("Y");
    assertThat(Ssda903Repository.offered(true, false, "DECLINED")).isEqualTo("Y");
    assertThat(Ssda903Repository.offered(true, false, "NOT_HELD")).isEqualTo("N");
    assertThat(Ssda903Repository.accepted("HELD")).isEqualTo("Y");
    assertThat(Ssda903Repository.accepted("DECLINED")).isEqualTo("N");
    assertThat(Ssda903Repository.accepted(null)).isNull();
  }

  private static List<String> rules(Ssda903Row row) {
    return findings(row).stream().map(Ssda903Validator.Finding::rule).toList();
  }

  private static List<Ssda903Validator.Finding> findings(Ssda903Row row) {
    return Ssda903Validator.check(List.of(row), YEAR);
  }

  private static Ssda903Row row(
      String kind,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable String offered,
      @Nullable String accepted) {
    return new Ssda903Row(
        new EpisodeId(UUID.randomUUID()),
        CHILD,
        "C1",
        d(2011, 5, 14),
        kind,
        start,
        end,
        offered,
        accepted);
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}

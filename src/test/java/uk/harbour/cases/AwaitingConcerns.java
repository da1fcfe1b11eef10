package uk.harbour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.intake.ConcernSeeding;
import uk.harbour.people.Sex;

/** Practitioners' concerns about synthetic children, waiting for screening. */
final class AwaitingConcerns {

  private final ConcernSeeding seeding;
  private final Directory directory;
  private final JdbcClient jdbc;

  AwaitingConcerns(ConcernSeeding seeding, Directory directory, JdbcClient jdbc) {
    this.seeding = seeding;
    this.directory = directory;
    this.jdbc = jdbc;
  }

  /** A school's concern about a girl of this first name, each one worded apart; its id. */
  String about(String firstName) {
    String reference =
        seeding.practitionerConcern(
            directory.findUserByUsername("school.brown").orElseThrow().id(),
            new ConcernSeeding.About(
                false,
                firstName,
                "Testcase",
                null,
                LocalDate.of(2011, 5, 4),
                null,
                Sex.FEMALE,
                "Northbridge High"),
            "Seen getting into a car with an adult man after school " + UUID.randomUUID(),
            "Outside the school",
            Instant.now());
    return jdbc.sql("SELECT id::text FROM concern WHERE reference = ?")
        .param(reference)
        .query(String.class)
        .single();
  }
}

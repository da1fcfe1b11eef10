package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.people.Children;

/** The synthetic data generator, at a tiny scale. */
@SpringBootTest
@ActiveProfiles("test")
class GenerateCasesCommandIntegrationTests {

  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Directory directory;
  @Autowired CaseSeeding seeding;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  void generatesChildrenWithKeyWorkersCasesChronologyAndVoice() {
    long casesBefore = count("SELECT count(*) FROM cases");
    long entriesBefore =
        count(
            "SELECT count(*) FROM chronology_entry WHERE recorded_by_name = 'Synthetic generator'");
    long voiceBefore =
        count("SELECT count(*) FROM voice_entry WHERE recorded_by_name = 'Synthetic generator'");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    var command =
        new GenerateCasesCommand(
            children,
            teams,
            directory,
            seeding,
            jdbc,
            transaction,
            clock,
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    command.run(new DefaultApplicationArguments("--children=3", "--chronology=5", "--voice=2"));

    assertThat(command.getExitCode()).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Generated 3 children, 3 cases, 15 chronology entries and 6 voice entries");
    assertThat(count("SELECT count(*) FROM cases")).isEqualTo(casesBefore + 3);
    assertThat(
            count(
                "SELECT count(*) FROM chronology_entry WHERE recorded_by_name = 'Synthetic generator'"))
        .isEqualTo(entriesBefore + 15);
    assertThat(
            count(
                "SELECT count(*) FROM voice_entry WHERE recorded_by_name = 'Synthetic generator'"))
        .isEqualTo(voiceBefore + 6);
    assertThat(
            count(
                "SELECT count(*) FROM cases WHERE key_worker_id IS NULL AND opened_at >= now() - interval '1 hour'"
                    + " AND id IN (SELECT case_id FROM chronology_entry"
                    + " WHERE recorded_by_name = 'Synthetic generator')"))
        .as("every generated case has a key worker")
        .isZero();

    var refused =
        new GenerateCasesCommand(
            children,
            teams,
            directory,
            seeding,
            jdbc,
            transaction,
            clock,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    refused.run(new DefaultApplicationArguments("--children=lots"));
    assertThat(refused.getExitCode()).isEqualTo(1);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}

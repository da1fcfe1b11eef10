package uk.harbour.cases;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;

/**
 * {@code java -jar target/harbour.jar generate cases --children=100000 --chronology=20 --voice=2}:
 * fills the database with synthetic children (through the people facade, so each is audited), each
 * with a key worker from the active key workers and an open case, then {@code --chronology} written
 * chronology entries and {@code --voice} voice entries per case in set-based SQL. For benchmarks
 * and load tests only; never against real data. Prints what it made and how long it took.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "generate-cases")
class GenerateCasesCommand implements ApplicationRunner, ExitCodeGenerator {

  static final int BATCH = 500;

  private static final String[] FIRST = {
    "Aaliyah", "Ben", "Chloe", "Dylan", "Ella", "Finley", "Grace", "Harry", "Isla", "Jayden",
    "Keira", "Leo", "Maya", "Noah", "Olivia", "Priya", "Reece", "Sofia", "Tyler", "Zara"
  };
  private static final String[] LAST = {
    "Adeyemi",
    "Brennan",
    "Chowdhury",
    "Davies",
    "Evans",
    "Fitzgerald",
    "Green",
    "Hussain",
    "Ivanova",
    "Jackson",
    "Khan",
    "Lewis",
    "Morris",
    "Nowak",
    "Okoro",
    "Patel",
    "Quinn",
    "Roberts"
  };

  private final Children children;
  private final Teams teams;
  private final Directory directory;
  private final CaseSeeding seeding;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final PrintStream out;
  private int exitCode = 1;

  @Autowired
  GenerateCasesCommand(
      Children children,
      Teams teams,
      Directory directory,
      CaseSeeding seeding,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      Clock clock) {
    this(children, teams, directory, seeding, jdbc, transaction, clock, System.out);
  }

  GenerateCasesCommand(
      Children children,
      Teams teams,
      Directory directory,
      CaseSeeding seeding,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      Clock clock,
      PrintStream out) {
    this.children = children;
    this.teams = teams;
    this.directory = directory;
    this.seeding = seeding;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    int count = option(args, "children", 1000);
    int chronology = option(args, "chronology", 20);
    int voice = option(args, "voice", 2);
    List<UserSummary> keyWorkers = directory.activeUsersWithRole(Role.KEY_WORKER);
    if (count < 0 || chronology < 0 || voice < 0 || keyWorkers.isEmpty()) {
      out.println(
          "Nothing generated: the numbers must not be negative and a key worker must exist");
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    int made = 0;
    while (made < count) {
      int from = made;
      int size = Math.min(BATCH, count - made);
      List<UUID> batch =
          transaction.execute(status -> generate(from, size, keyWorkers, today, chronology, voice));
      made += batch.size();
      out.println("Generated " + made + " of " + count + " children with cases");
    }
    out.printf(
        "Generated %d children, %d cases, %d chronology entries and %d voice entries in %d s%n",
        count,
        count,
        (long) count * chronology,
        (long) count * voice,
        (System.nanoTime() - started) / 1_000_000_000L);
    exitCode = 0;
  }

  private List<UUID> generate(
      int from,
      int size,
      List<UserSummary> keyWorkers,
      LocalDate today,
      int chronology,
      int voice) {
    List<UUID> cases = new ArrayList<>();
    for (int i = from; i < from + size; i++) {
      ChildId child = children.create(details(i, today)).id();
      UserSummary worker = keyWorkers.get(i % keyWorkers.size());
      teams.assign(child, worker.id(), TeamRole.KEY_WORKER);
      cases.add(seeding.openWithKeyWorker(child, worker).value());
    }
    UUID[] ids = cases.toArray(UUID[]::new);
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, summary, significance,
                                          recorded_at, recorded_by_name)
            SELECT gen_random_uuid(), c, 'MANUAL', CAST(? AS date) - (g * 7 % 730),
                   (ARRAY['Met at school; talked about what has been happening at home.',
                          'An adult was seen waiting outside the youth club. Police informed.',
                          'Went missing overnight; found safe the next morning. Return home'
                          || ' interview offered.',
                          'Enjoyed the football session and asked to come again.'])[g % 4 + 1],
                   (ARRAY['ROUTINE', 'SIGNIFICANT', 'CRITICAL', 'ROUTINE'])[g % 4 + 1],
                   now(), 'Synthetic generator'
              FROM unnest(?::uuid[]) AS c, generate_series(1, ?) AS g
            """)
        .params(java.sql.Date.valueOf(today), ids, chronology)
        .update();
    jdbc.sql(
            """
            INSERT INTO voice_entry (id, case_id, their_words, said_on, how_gathered,
                gathered_by, consent_to_record, consent_to_share, safety_in_their_words,
                safety_rating, recorded_at, recorded_by_name)
            SELECT gen_random_uuid(), c,
                   (ARRAY['I want to finish school.', 'I feel safer since I changed my number.',
                          'I don''t want my dad to know yet.'])[g % 3 + 1],
                   CAST(? AS date) - (g * 30 % 365), 'CONVERSATION', 'Synthetic generator',
                   'AGREED', 'AGREED', 'Better than before', g % 11, now(), 'Synthetic generator'
              FROM unnest(?::uuid[]) AS c, generate_series(1, ?) AS g
            """)
        .params(java.sql.Date.valueOf(today), ids, voice)
        .update();
    return cases;
  }

  static ChildDetails details(int i, LocalDate today) {
    return new ChildDetails(
        FIRST[i % FIRST.length],
        LAST[(i / FIRST.length) % LAST.length] + "-" + i,
        null,
        today.minusYears(11 + i % 7).minusDays(i % 365),
        null,
        i % 3 == 0 ? Sex.MALE : Sex.FEMALE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Synthetic School " + (i % 40));
  }

  private static int option(ApplicationArguments args, String name, int fallback) {
    List<String> values = args.getOptionValues(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(values.get(0));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}

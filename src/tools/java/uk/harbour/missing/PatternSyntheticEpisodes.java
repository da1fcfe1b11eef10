package uk.harbour.missing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.harbour.tools.synthetic.DataGuard;

/**
 * {@code ./harbour-tools missing generate [--episodes 500000] [--addresses 20000] [--seed 1]}: adds
 * synthetic missing episodes to the children already in the database (the documented 100,000
 * children of {@code generate cases}), for issue 12's targets. Each episode starts in the last
 * three years, lasts 1 to 72 hours and is found at one of {@code addresses} synthetic addresses
 * (postcodes in ZZ99, so nothing looks real), drawn with a Pareto weight (alpha 1.6) so a few
 * addresses recur across many children, as the places where harm happens do; one in five was found
 * with someone described in words; each has a return interview, due 72 hours after the return, held
 * except one in fifty (overdue). Episodes of one child are spaced so they never overlap. Refused
 * where {@code generate cases} is (the prod profile; real accounts or children), and on a database
 * that already holds missing episodes. Writes {@code synthetic-missing.csv} (episode id, child id)
 * with 1,000 episodes at random for {@code benchmark missing}.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "missing-generate")
class PatternSyntheticEpisodes implements ApplicationRunner, ExitCodeGenerator {

  static final String LIST = "synthetic-missing.csv";
  static final int BATCH = 2_000;

  private final DataSource dataSource;
  private final DataGuard guard;
  private final Path dataDir;
  private final PrintStream out = System.out;
  private int exitCode = 1;

  PatternSyntheticEpisodes(
      DataSource dataSource, DataGuard guard, @Value("${harbour.data-dir:./data}") String dataDir) {
    this.dataSource = dataSource;
    this.guard = guard;
    this.dataDir = Path.of(dataDir);
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    int episodes = 500_000;
    int addresses = 20_000;
    long seed = 1;
    String[] a = args.getSourceArgs();
    for (int i = 0; i + 1 < a.length; i += 2) {
      switch (a[i]) {
        case "--episodes" -> episodes = Integer.parseInt(a[i + 1]);
        case "--addresses" -> addresses = Integer.parseInt(a[i + 1]);
        case "--seed" -> seed = Long.parseLong(a[i + 1]);
        default -> {
          out.println("missing generate: unknown option " + a[i]);
          exitCode = 2;
          return;
        }
      }
    }
    Optional<String> refusal = guard.refusal();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    if (refusal.isEmpty()
        && Boolean.TRUE.equals(
            jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM missing_episode)", Boolean.class))) {
      refusal = Optional.of("the database already holds missing episodes");
    }
    if (refusal.isPresent()) {
      out.println("missing generate: refused: " + refusal.get());
      exitCode = 3;
      return;
    }
    List<UUID> children = jdbc.queryForList("SELECT id FROM child ORDER BY id", UUID.class);
    UUID recorder =
        jdbc.queryForObject(
            "SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id"
                + " WHERE r.role = 'KEY_WORKER' ORDER BY u.username LIMIT 1",
            UUID.class);
    Random random = new Random(seed);
    double[] weights = paretoWeights(addresses, random);
    long began = System.nanoTime();
    List<String[]> listed = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> interviews = new ArrayList<>();
    List<Object[]> with = new ArrayList<>();
    Instant now = Instant.now();
    int perChild = Math.max(1, (episodes + children.size() - 1) / children.size());
    int made = 0;
    for (int c = 0; made < episodes; c = (c + 1) % children.size()) {
      UUID child = children.get(c);
      // a child's episodes, each in a slot of its own in the last three years
      long slot = Duration.ofDays(3 * 365).toSeconds() / perChild;
      int index = made / children.size();
      Instant start =
          now.minusSeconds((index + 1) * slot - (long) (random.nextDouble() * (slot / 2)));
      Instant returned = start.plusSeconds(3_600L * (1 + random.nextInt(72)));
      int address = draw(weights, random);
      UUID id = UUID.randomUUID();
      rows.add(
          new Object[] {
            id,
            child,
            Timestamp.from(start),
            Timestamp.from(returned),
            "Synthetic flat " + address + ", Test Lane",
            "ZZ99 " + (address % 10) + "ZZ",
            MissingEpisode.Found.locationKey(
                "Synthetic flat " + address + ", Test Lane", "ZZ99 " + (address % 10) + "ZZ"),
            recorder,
            Timestamp.from(now)
          });
      boolean overdue = random.nextInt(50) == 0;
      interviews.add(
          new Object[] {
            id,
            Timestamp.from(returned.plus(Duration.ofHours(72))),
            overdue ? null : "HELD",
            overdue
                ? null
                : java.sql.Date.valueOf(returned.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
            Timestamp.from(now)
          });
      if (random.nextInt(5) == 0) {
        with.add(new Object[] {UUID.randomUUID(), id, "Synthetic adult " + random.nextInt(5_000)});
      }
      if (random.nextInt(Math.max(1, episodes / 1_000)) == 0) {
        listed.add(new String[] {id.toString(), child.toString()});
      }
      made++;
      if (rows.size() == BATCH || made == episodes) {
        flush(jdbc, rows, interviews, with);
      }
    }
    jdbc.execute("ANALYZE missing_episode");
    jdbc.execute("ANALYZE missing_episode_with");
    jdbc.execute("ANALYZE return_interview");
    List<String> lines = new ArrayList<>();
    lines.add("episode_id,child_id");
    listed.forEach(l -> lines.add(String.join(",", l)));
    Files.createDirectories(dataDir);
    Files.write(dataDir.resolve(LIST), lines, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "missing generate: %,d episodes for %,d children at %,d addresses in %.1f s; %,d listed in"
            + " %s%n",
        made,
        children.size(),
        addresses,
        (System.nanoTime() - began) / 1e9,
        listed.size(),
        dataDir.resolve(LIST));
    exitCode = 0;
  }

  private static void flush(
      JdbcTemplate jdbc, List<Object[]> rows, List<Object[]> interviews, List<Object[]> with) {
    jdbc.batchUpdate(
        "INSERT INTO missing_episode (id, child_id, kind, last_seen_at, start_at, returned_at,"
            + " found_address, found_postcode, found_location_key, how_returned, recorded_by,"
            + " recorder_capacity, version, created_at, updated_at)"
            + " VALUES (?, ?, 'M', ?, ?, ?, ?, ?, ?, 'FOUND_BY_POLICE', ?, 'KEY_WORKER', 1, ?, ?)",
        rows.stream()
            .map(
                r ->
                    new Object[] {r[0], r[1], r[2], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[8]})
            .toList());
    jdbc.batchUpdate(
        "INSERT INTO return_interview (episode_id, due_at, outcome, held_on, version, updated_at)"
            + " VALUES (?, ?, ?, ?, 1, ?)",
        interviews);
    jdbc.batchUpdate(
        "INSERT INTO missing_episode_with (id, episode_id, description) VALUES (?, ?, ?)", with);
    rows.clear();
    interviews.clear();
    with.clear();
  }

  /** A weight for each address, Pareto-distributed (alpha 1.6), as cumulative shares. */
  static double[] paretoWeights(int n, Random random) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.pow(1 - random.nextDouble(), -1 / 1.6);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  static int draw(double[] cumulative, Random random) {
    int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}

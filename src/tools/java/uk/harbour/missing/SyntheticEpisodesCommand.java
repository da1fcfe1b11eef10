package uk.harbour.missing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.harbour.intelligence.CopyText;
import uk.harbour.tools.synthetic.DataGuard;
import uk.harbour.tools.synthetic.Machine;

/**
 * {@code ./harbour-tools missing generate [--episodes 500000] [--locations 30000] [--coordinators
 * 50] [--seed 1]}: loads synthetic missing episodes, who the children were found with and return
 * interviews ({@link SyntheticEpisodes}) into the database of {@code generate cases} (100,000
 * children), gives the first generated accounts the return interview coordinator role, and writes
 * {@value #LIST} in the data directory for {@code benchmark pages --pages missing} (the
 * coordinators, and the generated practitioners with the children they may see who have episodes)
 * and {@value #EPISODES} for {@code benchmark missing} (1,000 episodes at random and their
 * children). Refuses where the case generator would, and when synthetic episodes are already there.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "missing-generate")
class SyntheticEpisodesCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String LIST = "synthetic-missing-users.csv";

  /** 1,000 episodes at random with their children, for {@code benchmark missing}. */
  static final String EPISODES = "synthetic-missing.csv";

  static final String USERS = "synthetic-users.csv";
  static final int IDS_PER_USER = 8;

  private final DataGuard guard;
  private final JdbcClient jdbc;
  private final Environment environment;
  private final Path dataDir;
  private final PrintStream out = System.out;
  private int exitCode = 1;

  SyntheticEpisodesCommand(
      DataGuard guard,
      JdbcClient jdbc,
      Environment environment,
      @Value("${harbour.data-dir:./data}") String dataDir) {
    this.guard = guard;
    this.jdbc = jdbc;
    this.environment = environment;
    this.dataDir = Path.of(dataDir);
  }

  record Options(int episodes, int locations, int coordinators, long seed) {}

  @Override
  public void run(ApplicationArguments args) throws Exception {
    Options options;
    try {
      options = options(args.getSourceArgs());
    } catch (IllegalArgumentException e) {
      out.println("missing generate: " + e.getMessage());
      exitCode = 2;
      return;
    }
    Optional<String> refusal = guard.refusal();
    long already =
        jdbc.sql(
                "SELECT count(*) FROM missing_episode e JOIN app_user u ON u.id = e.recorded_by"
                    + " WHERE u.username LIKE 'synth%'")
            .query(Long.class)
            .single();
    if (refusal.isEmpty() && already > 0) {
      refusal = Optional.of("the database already holds synthetic episodes (" + already + ")");
    }
    if (refusal.isPresent()) {
      out.println("missing generate: refused: " + refusal.get());
      return;
    }
    List<UUID> children = jdbc.sql("SELECT id FROM child ORDER BY id").query(UUID.class).list();
    List<UUID> staff =
        jdbc.sql(
                "SELECT id FROM app_user WHERE username LIKE 'synth%' AND active ORDER BY username")
            .query(UUID.class)
            .list();
    List<UUID> entities =
        jdbc.sql("SELECT id FROM intel_entity WHERE kind IN ('PERSON', 'VEHICLE') LIMIT 20000")
            .query(UUID.class)
            .list();
    out.printf(
        Locale.ROOT,
        "Loading %,d missing episodes for %,d children (%,d staff, %,d register entries to be"
            + " found with), seed %d, load average %s%n",
        options.episodes(),
        children.size(),
        staff.size(),
        entities.size(),
        options.seed(),
        loadAverage());
    long started = System.nanoTime();
    Instant now = Instant.now();
    SyntheticEpisodes generator =
        new SyntheticEpisodes(options.seed(), now, children, staff, entities, options.locations());
    Set<UUID> withEpisodes = new HashSet<>();
    long[] loaded;
    try (Connection owner = ownerConnection()) {
      loaded = load(owner, generator, options.episodes(), withEpisodes);
    }
    out.printf(
        Locale.ROOT,
        "Loaded %,d episodes, %,d found-with rows and %,d return interviews for %,d children in"
            + " %.0f s, load average %s%n",
        loaded[0],
        loaded[1],
        loaded[2],
        withEpisodes.size(),
        (System.nanoTime() - started) / 1e9,
        loadAverage());
    List<UUID> coordinators = coordinators(options.coordinators());
    out.printf(
        Locale.ROOT,
        "Overdue return interviews now: %,d; %,d accounts given the coordinator role%n",
        jdbc.sql("SELECT count(*) FROM return_interview WHERE outcome IS NULL AND due_at < now()")
            .query(Long.class)
            .single(),
        coordinators.size());
    writeList(withEpisodes, new HashSet<>(coordinators));
    exitCode = 0;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  static Options options(String[] args) {
    int episodes = 500_000;
    int locations = 30_000;
    int coordinators = 50;
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      String value = pair.length == 2 ? pair[1] : (i + 1 < args.length ? args[++i] : "");
      switch (pair[0]) {
        case "--episodes" -> episodes = Integer.parseInt(value);
        case "--locations" -> locations = Integer.parseInt(value);
        case "--coordinators" -> coordinators = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + pair[0]);
      }
    }
    if (episodes < 1 || locations < 1 || coordinators < 0) {
      throw new IllegalArgumentException("the volumes must be positive");
    }
    return new Options(episodes, locations, coordinators, seed);
  }

  /** COPYs the rows in one transaction and analyses the tables; episodes, with-rows, interviews. */
  private long[] load(Connection c, SyntheticEpisodes generator, int total, Set<UUID> children)
      throws SQLException {
    c.setAutoCommit(false);
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    List<SyntheticEpisodes.Episode> all = new ArrayList<>(total);
    generator.generate(total, all::add);
    writeEpisodes(all);
    CopyText episodes =
        new CopyText(
            copy.copyIn(
                "COPY missing_episode (id, child_id, kind, left_at, last_seen_at, start_at,"
                    + " returned_at, reported_to_police, police_reference, police_risk_grade,"
                    + " found_where, found_address, found_postcode, found_location_key,"
                    + " how_returned, harm_disclosed, harm_notes, recorded_by, recorder_capacity,"
                    + " version, created_at, updated_at) FROM STDIN"));
    int n = 0;
    for (SyntheticEpisodes.Episode e : all) {
      children.add(e.child());
      Instant created = e.returnedAt() == null ? e.startAt() : e.returnedAt();
      episodes.add(
          CopyText.row(
              e.id().toString(),
              e.child().toString(),
              String.valueOf(e.kind()),
              e.leftAt().toString(),
              text(e.lastSeenAt()),
              e.startAt().toString(),
              text(e.returnedAt()),
              "true",
              "SYN/" + (++n),
              e.riskGrade(),
              e.foundAddress() == null ? null : "At a flat",
              e.foundAddress(),
              e.foundPostcode(),
              MissingEpisode.Found.locationKey(e.foundAddress(), e.foundPostcode()),
              e.howReturned(),
              String.valueOf(e.harm()),
              e.harm() ? "Disclosed being given alcohol by older people" : null,
              e.recordedBy().toString(),
              e.capacity(),
              "1",
              created.toString(),
              created.toString()));
    }
    long episodeRows = episodes.finish();
    CopyText with =
        new CopyText(
            copy.copyIn(
                "COPY missing_episode_with (id, episode_id, entity_id, description) FROM STDIN"));
    for (SyntheticEpisodes.Episode e : all) {
      if (e.withDescription() != null || e.withEntity() != null) {
        with.add(
            CopyText.row(
                UUID.randomUUID().toString(),
                e.id().toString(),
                text(e.withEntity()),
                e.withEntity() == null ? e.withDescription() : null));
      }
    }
    long withRows = with.finish();
    CopyText interviews =
        new CopyText(
            copy.copyIn(
                "COPY return_interview (episode_id, due_at, offered_at, offered_by, interviewer,"
                    + " outcome, held_on, not_held_reason, young_persons_words, consent_to_share,"
                    + " version, updated_at, updated_by) FROM STDIN"));
    for (SyntheticEpisodes.Episode e : all) {
      SyntheticEpisodes.Interview i = e.interview();
      if (i == null) {
        continue;
      }
      boolean held = "HELD".equals(i.outcome());
      Instant updated = i.offeredAt() == null ? e.returnedAt() : i.offeredAt();
      interviews.add(
          CopyText.row(
              e.id().toString(),
              i.dueAt().toString(),
              text(i.offeredAt()),
              i.offeredAt() == null ? null : e.recordedBy().toString(),
              text(i.interviewer()),
              i.outcome(),
              held ? i.offeredAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : null,
              i.reason(),
              held ? "I went because they said I owed them. I want to stay at school." : null,
              i.consent(),
              "1",
              updated.toString(),
              e.recordedBy().toString()));
    }
    long interviewRows = interviews.finish();
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE missing_episode, missing_episode_with, return_interview");
    }
    return new long[] {episodeRows, withRows, interviewRows};
  }

  /** The benchmark's episodes: 1,000 chosen at random, with their children. */
  private void writeEpisodes(List<SyntheticEpisodes.Episode> all) {
    List<SyntheticEpisodes.Episode> chosen = new ArrayList<>(all);
    java.util.Collections.shuffle(chosen, new java.util.Random(all.size()));
    List<String> lines = new ArrayList<>();
    lines.add("episode_id,child_id");
    chosen.stream().limit(1000).forEach(e -> lines.add(e.id() + "," + e.child()));
    try {
      Files.createDirectories(dataDir);
      Files.write(dataDir.resolve(EPISODES), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.println("Wrote " + dataDir.resolve(EPISODES).toAbsolutePath());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Gives the first generated practitioners the coordinator role; returns their ids. */
  private List<UUID> coordinators(int count) {
    List<UUID> ids =
        jdbc.sql(
                "SELECT u.id FROM app_user u WHERE u.username LIKE 'synth%' AND u.active"
                    + " AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id"
                    + " AND r.role IN ('TEAM_MANAGER', 'SCREENING_OFFICER'))"
                    + " ORDER BY u.username LIMIT ?")
            .param(count)
            .query(UUID.class)
            .list();
    for (UUID id : ids) {
      jdbc.sql(
              "INSERT INTO user_role (user_id, role) VALUES (?, 'RETURN_INTERVIEW_COORDINATOR')"
                  + " ON CONFLICT DO NOTHING")
          .param(id)
          .update();
    }
    return ids;
  }

  /**
   * The benchmark's list: each generated account from {@value #USERS} with up to {@value
   * #IDS_PER_USER} children it may see who have episodes (their case's child), and the coordinators
   * (kind "coordinator").
   */
  private void writeList(Set<UUID> withEpisodes, Set<UUID> coordinators) throws IOException {
    Map<UUID, UUID> childOfCase = new HashMap<>();
    jdbc.sql("SELECT id, child_id FROM cases")
        .query(
            rs -> {
              childOfCase.put(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class));
            });
    Map<String, UUID> userIds = new HashMap<>();
    jdbc.sql("SELECT username, id FROM app_user WHERE username LIKE 'synth%'")
        .query(
            rs -> {
              userIds.put(rs.getString("username"), rs.getObject("id", UUID.class));
            });
    Path source = dataDir.resolve(USERS);
    Path file = dataDir.resolve(LIST);
    int listed = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("username,password,totp_secret,kind,child_ids\n");
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        boolean coordinator = coordinators.contains(userIds.get(f[0]));
        List<String> ids = new ArrayList<>();
        for (String caseId : f[4].split(" ")) {
          UUID child = caseId.isBlank() ? null : childOfCase.get(UUID.fromString(caseId));
          if (child != null && withEpisodes.contains(child) && ids.size() < IDS_PER_USER) {
            ids.add(child.toString());
          }
        }
        if (coordinator || !ids.isEmpty()) {
          w.write(
              String.join(
                      ",",
                      f[0],
                      f[1],
                      f[2],
                      coordinator ? "coordinator" : f[3],
                      String.join(" ", ids))
                  + "\n");
          listed++;
        }
      }
    }
    out.printf(Locale.ROOT, "Wrote %s (%d accounts)%n", file.toAbsolutePath(), listed);
  }

  private Connection ownerConnection() throws SQLException {
    return Machine.ownerConnection(environment);
  }

  static String loadAverage() {
    return Machine.loadAverage();
  }
}

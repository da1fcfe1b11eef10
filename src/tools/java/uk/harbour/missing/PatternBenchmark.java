package uk.harbour.missing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.ChildId;

/**
 * {@code ./harbour-tools benchmark missing [--rounds 3] [--list FILE]}: times, in Harbour's own
 * code against its database, issue 12's two per-request targets for the episodes {@code missing
 * generate} listed: the cross-child recurrence check after saving an episode ({@link
 * RecurrenceCheck#check}, in a transaction rolled back each time, so every pass finds the same new
 * pairs and sends the same notifications, the worst case), and the whole read behind a child's
 * pattern page ({@link PatternPages#of}, as a user in the child's team, audited as the page is).
 * One pass to warm up, then {@code rounds} passes in a shuffled order; prints p50, p95, p99 and max
 * and the load average. Nothing is asserted. The pages under 50 concurrent users are measured with
 * {@code benchmark pages} (docs/benchmarks.md).
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "benchmark-missing")
class PatternBenchmark implements ApplicationRunner, ExitCodeGenerator {

  private final RecurrenceCheck recurrence;
  private final PatternPages pages;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final PlatformTransactionManager transactions;
  private final Path dataDir;
  private final PrintStream out = System.out;
  private int exitCode = 1;

  PatternBenchmark(
      RecurrenceCheck recurrence,
      PatternPages pages,
      Directory directory,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      @Value("${harbour.data-dir:./data}") String dataDir) {
    this.recurrence = recurrence;
    this.pages = pages;
    this.directory = directory;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.dataDir = Path.of(dataDir);
  }

  /** One listed episode and its child. */
  record Listed(EpisodeId episode, ChildId child) {}

  @Override
  public void run(ApplicationArguments args) throws IOException {
    int rounds = 3;
    Path list = dataDir.resolve(SyntheticEpisodesCommand.EPISODES);
    String[] a = args.getSourceArgs();
    for (int i = 0; i + 1 < a.length; i += 2) {
      switch (a[i]) {
        case "--rounds" -> rounds = Integer.parseInt(a[i + 1]);
        case "--list" -> list = Path.of(a[i + 1]);
        default -> {
          out.println("benchmark missing: unknown option " + a[i]);
          exitCode = 2;
          return;
        }
      }
    }
    List<Listed> listed =
        Files.readAllLines(list, StandardCharsets.UTF_8).stream()
            .skip(1)
            .filter(l -> !l.isBlank())
            .map(l -> l.split(","))
            .map(f -> new Listed(EpisodeId.parse(f[0]), ChildId.of(f[1])))
            .toList();
    long episodes = jdbc.sql("SELECT count(*) FROM missing_episode").query(Long.class).single();
    out.printf(
        Locale.ROOT,
        "Harbour missing benchmark, %s, %,d episodes in the database, %,d listed, %d rounds, %d"
            + " processors, load average %s%n",
        LocalDate.now(),
        episodes,
        listed.size(),
        rounds,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    TransactionTemplate rolledBack = new TransactionTemplate(transactions);
    time(
        "RecurrenceCheck.check (after saving an episode; rolled back)",
        listed,
        rounds,
        e ->
            rolledBack.execute(
                t -> {
                  int flagged = recurrence.check(e.episode());
                  t.setRollbackOnly();
                  return flagged;
                }));
    time(
        "PatternPages.of (the pattern page's whole read, as a key worker of the child)",
        listed,
        rounds,
        e -> {
          signInAsKeyWorkerOf(e.child());
          return pages.of(e.child()).episodes();
        });
    out.println("Load average after: " + loadAverage());
    exitCode = 0;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  private void time(String what, List<Listed> listed, int rounds, ToIntFunction<Listed> read) {
    for (Listed e : listed) {
      read.applyAsInt(e);
    }
    List<Long> nanos = new ArrayList<>();
    long rows = 0;
    List<Listed> order = new ArrayList<>(listed);
    Random random = new Random(1);
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(order, random);
      for (Listed e : order) {
        long began = System.nanoTime();
        rows += read.applyAsInt(e);
        nanos.add(System.nanoTime() - began);
      }
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(Locale.ROOT, "%n%s%n", what);
    out.printf(
        Locale.ROOT,
        "%7s %10s %8s %8s %8s %8s%n",
        "count",
        "rows/call",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms");
    out.printf(
        Locale.ROOT,
        "%7d %10.1f %8.2f %8.2f %8.2f %8.2f%n",
        sorted.length,
        sorted.length == 0 ? 0 : (double) rows / sorted.length,
        rank(sorted, 50),
        rank(sorted, 95),
        rank(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  /** The nearest-rank percentile, in milliseconds. */
  static double rank(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent * sorted.length / 100.0);
    return sorted[Math.max(1, rank) - 1] / 1e6;
  }

  private void signInAsKeyWorkerOf(ChildId child) {
    UUID user =
        jdbc.sql("SELECT user_id FROM child_key_worker WHERE child_id = ?")
            .param(child.value())
            .query(UUID.class)
            .optional()
            .orElseGet(
                () ->
                    jdbc.sql("SELECT user_id FROM team_member WHERE child_id = ? LIMIT 1")
                        .param(child.value())
                        .query(UUID.class)
                        .single());
    UserSummary u = directory.findUser(new uk.harbour.shared.UserId(user)).orElseThrow();
    HarbourUser principal =
        new HarbourUser(
            u.id(), u.username(), u.displayName(), u.agencyId(), u.agencyName(), u.roles());
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    u.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException unknown) {
      return "unknown";
    }
  }
}

package uk.harbour.intelligence;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.tools.synthetic.DataGuard;
import uk.harbour.tools.synthetic.Machine;

/**
 * {@code ./harbour-tools intelligence generate [--entities 1000000] [--links 5000000]
 * [--submissions 200000] [--child-links LINKS/1000] [--seed 1]}: loads a synthetic intelligence
 * network (see {@link SyntheticNetwork}) into the database of a Harbour that has already run once
 * on it (so its migrations built the schema and the demo world is there), prints how long it took
 * and how the links are spread, and writes {@value #LIST} in the data directory: register entries
 * for {@code benchmark network} and {@code benchmark pages --pages network} (1,000 at random, 1,000
 * drawn as a link's end would be, and the 20 with most links). Refuses where the case generator
 * would, and on a database that already holds a synthetic network.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "intelligence-generate")
class SyntheticNetworkCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String LIST = "synthetic-entities.csv";

  private final DataGuard guard;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final Environment environment;
  private final Path dataDir;
  private final PrintStream out = System.out;
  private int exitCode = 1;

  SyntheticNetworkCommand(
      DataGuard guard,
      Directory directory,
      JdbcClient jdbc,
      Environment environment,
      @Value("${harbour.data-dir:./data}") String dataDir) {
    this.guard = guard;
    this.directory = directory;
    this.jdbc = jdbc;
    this.environment = environment;
    this.dataDir = Path.of(dataDir);
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    SyntheticNetworkLoad.Volumes volumes;
    try {
      volumes = volumes(args.getSourceArgs());
    } catch (IllegalArgumentException e) {
      out.println("intelligence generate: " + e.getMessage());
      exitCode = 2;
      return;
    }
    Optional<String> refusal = guard.refusal();
    long already =
        jdbc.sql("SELECT count(*) FROM intel_entity WHERE created_by_name = ?")
            .param(SyntheticNetworkLoad.BY)
            .query(Long.class)
            .single();
    if (refusal.isEmpty() && already > 0) {
      refusal = Optional.of("the database already holds a synthetic network (" + already + ")");
    }
    if (refusal.isPresent()) {
      out.println("intelligence generate: refused: " + refusal.get());
      return;
    }
    UserSummary officer = directory.findUserByUsername("intel.patel").orElseThrow();
    List<UUID> children =
        jdbc.sql("SELECT id FROM child ORDER BY reference").query(UUID.class).list();
    Instant now = Instant.now();
    out.printf(
        Locale.ROOT,
        "Loading %,d register entries, %,d submissions and %,d links (%,d to %d demo children),"
            + " seed %d, load average %s%n",
        volumes.entities(),
        volumes.submissions(),
        volumes.links(),
        children.isEmpty() ? 0 : volumes.childLinks(),
        children.size(),
        volumes.seed(),
        loadAverage());
    long started = System.nanoTime();
    SyntheticNetwork network = new SyntheticNetwork(volumes.seed(), volumes.entities(), now);
    SyntheticNetworkLoad.Loaded loaded;
    try (Connection owner = ownerConnection()) {
      loaded =
          new SyntheticNetworkLoad(owner, network, volumes, now)
              .load(
                  officer.id().value(),
                  children,
                  step -> out.printf(Locale.ROOT, "  %s after %.0f s%n", step, seconds(started)));
    }
    out.printf(Locale.ROOT, "Loaded in %.0f s, load average %s%n", seconds(started), loadAverage());
    degrees(loaded.degree());
    writeList(network, loaded.degree(), volumes.seed());
    exitCode = 0;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  static SyntheticNetworkLoad.Volumes volumes(String[] args) {
    int entities = 1_000_000;
    int links = 5_000_000;
    int submissions = 200_000;
    int childLinks = -1;
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      String value = pair.length == 2 ? pair[1] : (i + 1 < args.length ? args[++i] : "");
      switch (pair[0]) {
        case "--entities" -> entities = Integer.parseInt(value);
        case "--links" -> links = Integer.parseInt(value);
        case "--submissions" -> submissions = Integer.parseInt(value);
        case "--child-links" -> childLinks = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + pair[0]);
      }
    }
    if (childLinks == -1) {
      childLinks = links / 1000;
    }
    if (entities < 2 || links < 1 || submissions < 1 || childLinks < 0 || childLinks > links) {
      throw new IllegalArgumentException("the volumes must be positive (child links <= links)");
    }
    return new SyntheticNetworkLoad.Volumes(entities, links, submissions, childLinks, seed);
  }

  /** How the links are spread over the entries. */
  private void degrees(int[] degree) {
    int[] sorted = degree.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    long none = Arrays.stream(sorted).filter(d -> d == 0).count();
    long few = Arrays.stream(sorted).filter(d -> d >= 1 && d <= 10).count();
    long some = Arrays.stream(sorted).filter(d -> d > 10 && d <= 100).count();
    long many = Arrays.stream(sorted).filter(d -> d > 100 && d <= 1000).count();
    long hubs = Arrays.stream(sorted).filter(d -> d > 1000).count();
    out.printf(
        Locale.ROOT,
        "Links per entry: median %d, p99 %d, max %d; none %,d, 1-10 %,d, 11-100 %,d,"
            + " 101-1000 %,d, over 1000 %,d%n",
        sorted[n / 2],
        sorted[(int) (n * 0.99)],
        sorted[n - 1],
        none,
        few,
        some,
        many,
        hubs);
  }

  private void writeList(SyntheticNetwork network, int[] degree, long seed) throws IOException {
    Path file = dataDir.resolve(LIST);
    Random r = new Random(seed * 17 + 3);
    Integer[] byDegree = new Integer[degree.length];
    Arrays.setAll(byDegree, i -> i);
    Arrays.sort(byDegree, (a, b) -> Integer.compare(degree[b], degree[a]));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("entity_id,kind,links,chosen\n");
      for (int i = 0; i < 1000; i++) {
        write(w, network, degree, r.nextInt(network.size()), "at random");
      }
      for (int i = 0; i < 1000; i++) {
        write(w, network, degree, network.pick(r), "as a link's end");
      }
      for (int i = 0; i < Math.min(20, byDegree.length); i++) {
        write(w, network, degree, byDegree[i], "most links");
      }
    }
    out.println("Wrote " + file.toAbsolutePath());
  }

  private static void write(Writer w, SyntheticNetwork n, int[] degree, int i, String chosen)
      throws IOException {
    w.write(n.id(i) + "," + n.kind(i) + "," + degree[i] + "," + chosen + "\n");
  }

  private Connection ownerConnection() throws SQLException {
    return Machine.ownerConnection(environment);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static String loadAverage() {
    return Machine.loadAverage();
  }
}

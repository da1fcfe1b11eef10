package uk.harbour.intelligence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
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
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;

/**
 * {@code ./harbour-tools benchmark network [--rounds 3] [--fan-out N] [--list FILE]}: times the
 * two-step network of the register entries {@code intelligence generate} listed, in Harbour's own
 * code against its database: {@link LinkRepository#twoSteps} (the one query, built here on a
 * JdbcClient of the application's datasource), then {@link Network#entity} (the whole read behind
 * the entry's page: the entry, its mentions, the links, the children the viewer may see, and the
 * audit event) as the demo intelligence officer. One pass to warm up, then {@code rounds} passes in
 * a shuffled order. Prints p50, p95, p99 and max per kind of entry chosen; nothing is asserted.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "benchmark-network")
class NetworkBenchmark implements ApplicationRunner, ExitCodeGenerator {

  private final DataSource dataSource;
  private final Network network;
  private final Directory directory;
  private final IntelligenceProperties properties;
  private final Path dataDir;
  private final PrintStream out = System.out;
  private int exitCode = 1;

  NetworkBenchmark(
      DataSource dataSource,
      Network network,
      Directory directory,
      IntelligenceProperties properties,
      @Value("${harbour.data-dir:./data}") String dataDir) {
    this.dataSource = dataSource;
    this.network = network;
    this.directory = directory;
    this.properties = properties;
    this.dataDir = Path.of(dataDir);
  }

  /** One listed entry: its id, its links when generated, and why it was chosen. */
  record Listed(UUID id, int links, String chosen) {}

  @Override
  public void run(ApplicationArguments args) throws IOException {
    int rounds = 3;
    int fanOut = properties.networkFanOut();
    Path list = dataDir.resolve(SyntheticNetworkCommand.LIST);
    String[] a = args.getSourceArgs();
    for (int i = 0; i + 1 < a.length; i += 2) {
      switch (a[i]) {
        case "--rounds" -> rounds = Integer.parseInt(a[i + 1]);
        case "--fan-out" -> fanOut = Integer.parseInt(a[i + 1]);
        case "--list" -> list = Path.of(a[i + 1]);
        default -> {
          out.println("benchmark network: unknown option " + a[i]);
          exitCode = 2;
          return;
        }
      }
    }
    List<Listed> entries = read(list);
    out.printf(
        Locale.ROOT,
        "Harbour network benchmark, %s, %,d entries from %s, fan-out %d, %d rounds, %d"
            + " processors, load average %s%n",
        LocalDate.now(),
        entries.size(),
        list,
        fanOut,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        SyntheticNetworkCommand.loadAverage());
    LinkRepository links = new LinkRepository(JdbcClient.create(dataSource));
    int fan = fanOut;
    time(
        "LinkRepository.twoSteps (the query)",
        entries,
        rounds,
        e -> links.twoSteps(e.id(), fan).size());
    signIn("intel.patel");
    time(
        "Network.entity (the page's whole read, as intel.patel)",
        entries,
        rounds,
        e -> network.entity(e.id(), 1).graph().links().size());
    out.println("Load average after: " + SyntheticNetworkCommand.loadAverage());
    exitCode = 0;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  private void time(String what, List<Listed> entries, int rounds, ToIntFunction<Listed> read) {
    for (Listed e : entries) {
      read.applyAsInt(e);
    }
    Map<String, List<long[]>> byChoice = new LinkedHashMap<>();
    List<Listed> order = new ArrayList<>(entries);
    Random random = new Random(1);
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(order, random);
      for (Listed e : order) {
        long began = System.nanoTime();
        int rows = read.applyAsInt(e);
        long took = System.nanoTime() - began;
        byChoice.computeIfAbsent(e.chosen(), k -> new ArrayList<>()).add(new long[] {took, rows});
        byChoice.computeIfAbsent("all", k -> new ArrayList<>()).add(new long[] {took, rows});
      }
    }
    out.printf(Locale.ROOT, "%n%s%n", what);
    out.printf(
        Locale.ROOT,
        "%-16s %7s %9s %8s %8s %8s %8s%n",
        "entries",
        "count",
        "links",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms");
    byChoice.forEach((chosen, times) -> row(chosen, times));
  }

  private void row(String chosen, List<long[]> times) {
    long[] nanos = times.stream().mapToLong(t -> t[0]).sorted().toArray();
    double rows = times.stream().mapToLong(t -> t[1]).average().orElse(0);
    out.printf(
        Locale.ROOT,
        "%-16s %7d %9.1f %8.2f %8.2f %8.2f %8.2f%n",
        chosen,
        nanos.length,
        rows,
        rank(nanos, 50),
        rank(nanos, 95),
        rank(nanos, 99),
        nanos[nanos.length - 1] / 1e6);
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double rank(long[] sorted, double percent) {
    int rank = (int) Math.ceil(percent * sorted.length / 100.0);
    return sorted[Math.max(1, rank) - 1] / 1e6;
  }

  private void signIn(String username) {
    UserSummary user = directory.findUserByUsername(username).orElseThrow();
    HarbourUser principal =
        new HarbourUser(
            user.id(),
            user.username(),
            user.displayName(),
            user.agencyId(),
            user.agencyName(),
            user.roles());
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
  }

  static List<Listed> read(Path list) throws IOException {
    List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    return lines.stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> l.split(",", -1))
        .map(f -> new Listed(UUID.fromString(f[0]), Integer.parseInt(f[2]), f[3]))
        .toList();
  }
}

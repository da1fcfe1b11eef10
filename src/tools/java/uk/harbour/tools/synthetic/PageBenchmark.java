package uk.harbour.tools.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./harbour-tools benchmark pages --base-url http://localhost:PORT --users 50 --duration
 * 60s}: signs generated practitioners in through the real sign-in pages (from the list {@code
 * generate cases} wrote), then has each of them, all at once, request the case home, chronology and
 * plan pages of cases they may see, over real HTTP, until the time is up. Prints count, errors,
 * p50, p95, p99 and max per page and the throughput. Runs without Spring or the database; nothing
 * about it is a test.
 */
public final class PageBenchmark {

  /** The pages timed, as paths after {@code /cases/{id}}. */
  static final List<Page> PAGES =
      List.of(
          new Page("case home", ""),
          new Page("chronology", "/chronology"),
          new Page("plan", "/plan"));

  record Page(String name, String suffix) {}

  /** One generated account from the sign-in list. */
  record Account(
      String username, String password, String totpSecret, String kind, List<String> cases) {}

  private final PrintStream out;
  private final PrintStream err;

  PageBenchmark(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs it ({@code args} includes the words {@code benchmark pages}); returns the exit status. */
  public static int run(String[] args) {
    return new PageBenchmark(System.out, System.err)
        .execute(Arrays.copyOfRange(args, 2, args.length));
  }

  int execute(String[] args) {
    BenchmarkOptions options;
    try {
      String dataDir = System.getenv().getOrDefault("HARBOUR_DATA_DIR", "./data");
      options = BenchmarkOptions.parse(args, Path.of(dataDir, "synthetic-users.csv"));
    } catch (IllegalArgumentException e) {
      err.println("benchmark pages: " + e.getMessage());
      err.println(BenchmarkOptions.USAGE);
      return 2;
    }
    List<Account> accounts;
    try {
      accounts = choose(read(options.manifest()), options.users());
    } catch (IOException | IllegalArgumentException e) {
      err.println(
          "benchmark pages: cannot read the sign-in list "
              + options.manifest()
              + ": "
              + e.getMessage());
      return 1;
    }
    out.printf(
        Locale.ROOT,
        "Harbour page benchmark, %s, %s, %d users, %d s after %d s warm-up, think time %d ms,"
            + " %d processors, load average %s%n",
        LocalDate.now(),
        options.baseUrl(),
        accounts.size(),
        options.duration().toSeconds(),
        options.warmup().toSeconds(),
        options.think().toMillis(),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    LoadRun run = new LoadRun(options, accounts, out);
    List<LoadRun.User> clients = run.signIn(Instant.now());
    if (clients.isEmpty()) {
      err.println("benchmark pages: no account could sign in");
      return 1;
    }
    LoadRun.Result result = run.measure(clients);
    new BenchmarkReport(out).print(result, loadAverage());
    return 0;
  }

  static List<Account> read(Path manifest) throws IOException {
    List<Account> accounts = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(Manifest.HEADER)) {
      throw new IllegalArgumentException("not a sign-in list written by generate cases");
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length == 5 && !f[4].isBlank()) {
        accounts.add(new Account(f[0], f[1], f[2], f[3], List.of(f[4].trim().split(" "))));
      }
    }
    return accounts;
  }

  /** {@code users} accounts spread evenly through the list, so every kind of account is used. */
  static List<Account> choose(List<Account> all, int users) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("the list has no accounts");
    }
    List<Account> chosen = new ArrayList<>();
    double step = Math.max(1.0, (double) all.size() / users);
    for (int i = 0; i < Math.min(users, all.size()); i++) {
      chosen.add(all.get((int) (i * step)));
    }
    return chosen;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}

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
import org.jspecify.annotations.Nullable;
import uk.harbour.demo.DemoUsers;

/**
 * {@code ./harbour-tools benchmark pages --base-url http://localhost:PORT --users 50 --duration
 * 60s}: signs generated practitioners in through the real sign-in pages (from the list {@code
 * generate cases} wrote), then has each of them, all at once, request the case home, chronology and
 * plan pages of cases they may see, over real HTTP, until the time is up. With {@code --pages
 * network} it signs in the demo intelligence officer and analyst instead (each once: a demo account
 * may use each second-factor step only once, so the users share their two sessions, each with its
 * own connections) and requests the network pages of the register entries {@code intelligence
 * generate} listed. Prints count, errors, p50, p95, p99 and max per page and the throughput. Runs
 * without Spring or the database; nothing about it is a test.
 */
public final class PageBenchmark {

  /** The header of the list {@code missing generate} writes. */
  static final String MISSING_HEADER = "username,password,totp_secret,kind,child_ids";

  /** The account kind of the return interview coordinators in that list. */
  static final String COORDINATOR = "coordinator";

  /**
   * The missing list (issue 12): for a return interview coordinator, the overdue return interviews,
   * open episodes and interviews still to be held of every child they may see, 100 of each at most.
   */
  static final String MISSING_LIST_PATH = "/missing";

  /** The case pages timed, each a path around a case's id. */
  static final List<Page> PAGES =
      List.of(
          new Page("case home", "/cases/", ""),
          new Page("chronology", "/cases/", "/chronology"),
          new Page("plan", "/cases/", "/plan"));

  /** The network page of a register entry, with its two-step network (issue 11). */
  static final List<Page> NETWORK_PAGES =
      List.of(new Page("network", "/intelligence/entities/", ""));

  /**
   * Issue 12: the return interview coordinator's missing list with the overdue interviews (for
   * accounts of kind "coordinator", whose only id is empty) and a child's missing pattern (for the
   * others, whose ids are children).
   */
  static final List<Page> MISSING_PAGES =
      List.of(
          new Page("missing list (overdue interviews)", MISSING_LIST_PATH, "", COORDINATOR),
          new Page("missing pattern", "/missing/children/", "/pattern", null));

  /** The demo accounts that may see graded intelligence and the network. */
  static final List<String> NETWORK_ACCOUNTS = List.of("intel.patel", "analyst.novak");

  /**
   * A page timed: its path around an id, and the kind of account that requests it (null: every
   * account with no page of its own kind; see {@code LoadRun.usable}).
   */
  record Page(String name, String prefix, String suffix, @Nullable String forKind) {
    Page(String name, String prefix, String suffix) {
      this(name, prefix, suffix, null);
    }

    String path(String id) {
      return prefix + id + suffix;
    }
  }

  /**
   * One account to sign in, with the ids of the records it asks for: cases, or for the network page
   * register entries.
   */
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
      options = BenchmarkOptions.parse(args, Path.of(dataDir));
    } catch (IllegalArgumentException e) {
      err.println("benchmark pages: " + e.getMessage());
      err.println(BenchmarkOptions.USAGE);
      return 2;
    }
    List<Account> accounts;
    try {
      accounts =
          switch (options.pages()) {
            case NETWORK -> networkAccounts(readEntities(options.manifest()));
            case MISSING -> chooseMissing(readMissing(options.manifest()), options.users());
            case CASES -> choose(read(options.manifest()), options.users());
          };
    } catch (IOException | IllegalArgumentException e) {
      err.println(
          "benchmark pages: cannot read the list " + options.manifest() + ": " + e.getMessage());
      return 1;
    }
    out.printf(
        Locale.ROOT,
        "Harbour page benchmark, %s, %s, %d users, %d s after %d s warm-up, think time %d ms,"
            + " %d processors, load average %s%n",
        LocalDate.now(),
        options.baseUrl(),
        options.network() ? options.users() : accounts.size(),
        options.duration().toSeconds(),
        options.warmup().toSeconds(),
        options.think().toMillis(),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    List<Page> pages =
        switch (options.pages()) {
          case NETWORK -> NETWORK_PAGES;
          case MISSING -> MISSING_PAGES;
          case CASES -> PAGES;
        };
    LoadRun run = new LoadRun(options, accounts, pages, out);
    List<LoadRun.User> clients = run.signIn(Instant.now());
    if (options.network()) {
      clients = LoadRun.spread(clients, options.users());
      out.printf(
          Locale.ROOT,
          "%d users in the sessions of %s; %,d register entries to ask for%n",
          clients.size(),
          String.join(" and ", NETWORK_ACCOUNTS),
          accounts.get(0).cases().size());
    }
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

  /**
   * The register entries listed by {@code intelligence generate}: the first column of each line.
   */
  static List<String> readEntities(Path list) throws IOException {
    List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith("entity_id,")) {
      throw new IllegalArgumentException("not a list written by intelligence generate");
    }
    List<String> ids = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        ids.add(line.split(",", -1)[0]);
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("the list has no register entries");
    }
    return ids;
  }

  /**
   * The accounts {@code missing generate} listed: coordinators (asking for the missing list) and
   * practitioners with the children with episodes they may see.
   */
  static List<Account> readMissing(Path list) throws IOException {
    List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(MISSING_HEADER)) {
      throw new IllegalArgumentException("not a list written by missing generate");
    }
    List<Account> accounts = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length != 5) {
        continue;
      }
      if (f[3].equals(COORDINATOR)) {
        accounts.add(new Account(f[0], f[1], f[2], COORDINATOR, List.of("")));
      } else if (!f[4].isBlank()) {
        accounts.add(new Account(f[0], f[1], f[2], f[3], List.of(f[4].trim().split(" "))));
      }
    }
    return accounts;
  }

  /**
   * {@code users} accounts for the missing pages: a fifth coordinators (there are few of them in a
   * service, and each list page is heavier), the rest practitioners spread through the list.
   */
  static List<Account> chooseMissing(List<Account> all, int users) {
    List<Account> coordinators = all.stream().filter(a -> a.kind().equals(COORDINATOR)).toList();
    List<Account> others = all.stream().filter(a -> !a.kind().equals(COORDINATOR)).toList();
    if (coordinators.isEmpty() || others.isEmpty()) {
      throw new IllegalArgumentException("the list needs coordinators and practitioners");
    }
    int wanted = Math.max(1, users / 5);
    List<Account> chosen = new ArrayList<>(choose(coordinators, wanted));
    chosen.addAll(choose(others, users - chosen.size()));
    return chosen;
  }

  /** The demo intelligence officer and analyst, each asking for any of the entries. */
  static List<Account> networkAccounts(List<String> entities) {
    return NETWORK_ACCOUNTS.stream()
        .map(
            u ->
                new Account(
                    u, DemoUsers.PASSWORD, DemoUsers.secretFor(u), "intelligence", entities))
        .toList();
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

package uk.harbour.tools.synthetic;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code benchmark pages} was asked to do: the case pages of generated practitioners, or with
 * {@code --pages network} the network page of synthetic register entries as the demo intelligence
 * officer and analyst (the entries listed by {@code intelligence generate}), or with {@code --pages
 * missing} the coordinators' overdue list and children's missing patterns (the accounts listed by
 * {@code missing generate}). The base URL must be on this machine (loopback): the benchmark is for
 * a Harbour you started yourself. {@code think} is the pause each user takes after a page before
 * asking for the next (none by default: every user asks again at once). Every run is bounded by its
 * duration and by {@code maxRequests}.
 */
record BenchmarkOptions(
    URI baseUrl,
    int users,
    Duration duration,
    Duration warmup,
    Duration think,
    Path manifest,
    long maxRequests,
    long seed,
    PageSet pages) {

  /** Which pages: the case pages, the network page (issue 11) or the missing pages (issue 12). */
  enum PageSet {
    CASES,
    NETWORK,
    MISSING
  }

  /** Whether it times the network page. */
  boolean network() {
    return pages == PageSet.NETWORK;
  }

  static final String USAGE =
      "Usage: benchmark pages --base-url http://localhost:PORT [--users 50] [--duration 60s]"
          + " [--warmup 10s] [--think 0s] [--manifest FILE] [--max-requests 1000000] [--seed N]"
          + " [--pages cases|network|missing]";

  /** The sign-in list {@code generate cases} writes in the data directory. */
  static final String CASES_LIST = "synthetic-users.csv";

  /** The register entries {@code intelligence generate} lists in the data directory. */
  static final String ENTITIES_LIST = "synthetic-entities.csv";

  /** The accounts and children {@code missing generate} lists in the data directory. */
  static final String MISSING_LIST = "synthetic-missing-users.csv";

  static BenchmarkOptions parse(String[] args, Path dataDir) {
    URI base = null;
    int users = 50;
    Duration duration = Duration.ofSeconds(60);
    Duration warmup = Duration.ofSeconds(10);
    Duration think = Duration.ZERO;
    Path manifest = null;
    PageSet pages = PageSet.CASES;
    long maxRequests = 1_000_000;
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      switch (name) {
        case "--base-url" -> base = URI.create(value.endsWith("/") ? value : value + "/");
        case "--users" -> users = Integer.parseInt(value);
        case "--duration" -> duration = duration(value);
        case "--warmup" -> warmup = duration(value);
        case "--think" -> think = duration(value);
        case "--manifest" -> manifest = Path.of(value);
        case "--max-requests" -> maxRequests = Long.parseLong(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--pages" -> pages = pages(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (base == null) {
      throw new IllegalArgumentException("--base-url is required");
    }
    if (users < 1 || duration.isZero() || duration.isNegative() || maxRequests < 1) {
      throw new IllegalArgumentException("--users, --duration and --max-requests must be positive");
    }
    requireLoopback(base);
    if (manifest == null) {
      manifest =
          dataDir.resolve(
              switch (pages) {
                case CASES -> CASES_LIST;
                case NETWORK -> ENTITIES_LIST;
                case MISSING -> MISSING_LIST;
              });
    }
    return new BenchmarkOptions(
        base, users, duration, warmup, think, manifest, maxRequests, seed, pages);
  }

  private static PageSet pages(String value) {
    return switch (value) {
      case "cases" -> PageSet.CASES;
      case "network" -> PageSet.NETWORK;
      case "missing" -> PageSet.MISSING;
      default -> throw new IllegalArgumentException("--pages is cases, network or missing");
    };
  }

  /** {@code 60s}, {@code 2m}, {@code 500ms} or a number of seconds. */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    if (t.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    return Duration.ofSeconds(Long.parseLong(t));
  }

  private static void requireLoopback(URI base) {
    try {
      if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "--base-url must be on this machine (localhost, 127.0.0.1 or [::1])");
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host in --base-url: " + base.getHost());
    }
  }
}

package uk.harbour.tools.synthetic;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs the chosen accounts in, then runs one thread per user requesting the pages (case pages, or
 * the network page of register entries) until the warm-up and the measured time are over (or the
 * request limit is reached), and collects each page's response times from the measured part.
 */
final class LoadRun {

  /** A signed-in account and the cases it may see. */
  record User(SignedInClient client, PageBenchmark.Account account) {}

  /**
   * Per page, the measured times and database round trips, how long the measured part lasted, and
   * the round trips Harbour made outside requests meanwhile (-1 when it does not count them).
   */
  record Result(
      List<PageBenchmark.Page> pages,
      List<Latencies> perPage,
      List<RoundTripCounts> roundTrips,
      long backgroundRoundTrips,
      double measuredSeconds,
      int users,
      int signInFailures) {}

  /** One user's measured pages. */
  private record Measured(List<Latencies> times, List<RoundTripCounts> roundTrips) {}

  private final BenchmarkOptions options;
  private final List<PageBenchmark.Account> accounts;
  private final List<PageBenchmark.Page> pages;
  private final PrintStream out;
  private int signInFailures;

  LoadRun(
      BenchmarkOptions options,
      List<PageBenchmark.Account> accounts,
      List<PageBenchmark.Page> pages,
      PrintStream out) {
    this.options = options;
    this.accounts = accounts;
    this.pages = pages;
    this.out = out;
  }

  /**
   * {@code users} users from fewer signed-in accounts, taking turns: each its own connections in
   * its account's session.
   */
  static List<User> spread(List<User> signedIn, int users) {
    List<User> spread = new ArrayList<>();
    for (int i = 0; i < users && !signedIn.isEmpty(); i++) {
      User u = signedIn.get(i % signedIn.size());
      spread.add(i < signedIn.size() ? u : new User(u.client().sameSession(), u.account()));
    }
    return spread;
  }

  /** Signs every account in (four at a time); those that fail are reported and left out. */
  List<User> signIn(Instant now) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<User>> pending = new ArrayList<>();
    for (PageBenchmark.Account a : accounts) {
      pending.add(
          pool.submit(
              () -> {
                SignedInClient client = new SignedInClient(options.baseUrl());
                client.signIn(a.username(), a.password(), a.totpSecret(), now);
                return new User(client, a);
              }));
    }
    List<User> users = new ArrayList<>();
    for (Future<User> f : pending) {
      try {
        users.add(f.get());
      } catch (Exception e) {
        signInFailures++;
        out.println("Sign-in failed: " + (e.getCause() == null ? e : e.getCause()).getMessage());
      }
    }
    pool.shutdown();
    out.printf("Signed in %d of %d accounts%n", users.size(), accounts.size());
    return users;
  }

  Result measure(List<User> users) {
    long start = System.nanoTime();
    long measureFrom = start + options.warmup().toNanos();
    long end = measureFrom + options.duration().toNanos();
    AtomicLong budget = new AtomicLong(options.maxRequests());
    List<Measured> perThread = Collections.synchronizedList(new ArrayList<>());
    Background background = new Background();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < users.size(); t++) {
      User user = users.get(t);
      Random random = new Random(options.seed() * 1_000_003L + t);
      int offset = t;
      Thread thread =
          new Thread(
              () ->
                  perThread.add(
                      loop(
                          user,
                          pages,
                          random,
                          offset,
                          new Window(measureFrom, end),
                          budget,
                          options.think(),
                          background)),
              "benchmark-user-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    long finished = Math.min(System.nanoTime(), end);
    List<Latencies> merged = new ArrayList<>();
    List<RoundTripCounts> trips = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      Latencies all = new Latencies();
      RoundTripCounts counts = new RoundTripCounts();
      for (Measured mine : perThread) {
        all.addAll(mine.times().get(p));
        counts.addAll(mine.roundTrips().get(p));
      }
      merged.add(all);
      trips.add(counts);
    }
    double seconds = Math.max(1e-9, (finished - measureFrom) / 1e9);
    return new Result(
        pages, merged, trips, background.span(), seconds, users.size(), signInFailures);
  }

  /** The measured part of the run, in {@link System#nanoTime()}. */
  private record Window(long from, long to) {
    boolean holds(long t) {
      return t >= from && t < to;
    }
  }

  /** The lowest and highest background count Harbour reported during the measured part. */
  private static final class Background {
    private long low = Long.MAX_VALUE;
    private long high = -1;

    synchronized void seen(long count) {
      if (count >= 0) {
        low = Math.min(low, count);
        high = Math.max(high, count);
      }
    }

    synchronized long span() {
      return high < 0 ? -1 : high - low;
    }
  }

  /**
   * The pages an account of this kind asks for: those meant for its kind, or when none are, those
   * meant for every account.
   */
  static List<Integer> usable(List<PageBenchmark.Page> pages, String kind) {
    List<Integer> own = new ArrayList<>();
    List<Integer> general = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      String forKind = pages.get(p).forKind();
      if (forKind == null) {
        general.add(p);
      } else if (forKind.equals(kind)) {
        own.add(p);
      }
    }
    return own.isEmpty() ? general : own;
  }

  private static Measured loop(
      User user,
      List<PageBenchmark.Page> pages,
      Random random,
      int offset,
      Window window,
      AtomicLong budget,
      java.time.Duration think,
      Background background) {
    List<Latencies> mine = new ArrayList<>();
    List<RoundTripCounts> trips = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      mine.add(new Latencies());
      trips.add(new RoundTripCounts());
    }
    List<String> cases = user.account().cases();
    List<Integer> usable = usable(pages, user.account().kind());
    if (usable.isEmpty() || cases.isEmpty()) {
      return new Measured(mine, trips);
    }
    for (long i = offset; System.nanoTime() < window.to() && budget.getAndDecrement() > 0; i++) {
      int page = usable.get((int) (i % usable.size()));
      String path = pages.get(page).path(cases.get(random.nextInt(cases.size())));
      long began = System.nanoTime();
      SignedInClient.Fetched fetched;
      try {
        fetched = user.client().fetch(path);
      } catch (Exception e) {
        fetched = new SignedInClient.Fetched(0, -1, -1);
      }
      long took = System.nanoTime() - began;
      if (window.holds(began)) {
        mine.get(page).record(took / 1000, fetched.status() == 200);
        trips.get(page).record(fetched.roundTrips());
        background.seen(fetched.background());
      }
      if (!think.isZero()) {
        try {
          Thread.sleep(think.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return new Measured(mine, trips);
  }
}

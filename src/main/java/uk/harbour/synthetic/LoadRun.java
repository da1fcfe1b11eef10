package uk.harbour.synthetic;

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
 * Signs the chosen accounts in, then runs one thread per account requesting case pages until the
 * warm-up and the measured time are over (or the request limit is reached), and collects each
 * page's response times from the measured part.
 */
final class LoadRun {

  /** A signed-in account and the cases it may see. */
  record User(SignedInClient client, PageBenchmark.Account account) {}

  /** Per page, the measured times, and how long the measured part lasted. */
  record Result(List<Latencies> perPage, double measuredSeconds, int users, int signInFailures) {}

  private final BenchmarkOptions options;
  private final List<PageBenchmark.Account> accounts;
  private final PrintStream out;
  private int signInFailures;

  LoadRun(BenchmarkOptions options, List<PageBenchmark.Account> accounts, PrintStream out) {
    this.options = options;
    this.accounts = accounts;
    this.out = out;
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
    List<List<Latencies>> perThread = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < users.size(); t++) {
      User user = users.get(t);
      Random random = new Random(options.seed() * 1_000_003L + t);
      int offset = t;
      Thread thread =
          new Thread(
              () ->
                  perThread.add(
                      loop(user, random, offset, measureFrom, end, budget, options.think())),
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
    for (int p = 0; p < PageBenchmark.PAGES.size(); p++) {
      Latencies all = new Latencies();
      for (List<Latencies> mine : perThread) {
        all.addAll(mine.get(p));
      }
      merged.add(all);
    }
    double seconds = Math.max(1e-9, (finished - measureFrom) / 1e9);
    return new Result(merged, seconds, users.size(), signInFailures);
  }

  private static List<Latencies> loop(
      User user,
      Random random,
      int offset,
      long measureFrom,
      long end,
      AtomicLong budget,
      java.time.Duration think) {
    List<Latencies> mine = new ArrayList<>();
    for (int p = 0; p < PageBenchmark.PAGES.size(); p++) {
      mine.add(new Latencies());
    }
    List<String> cases = user.account().cases();
    for (long i = offset; System.nanoTime() < end && budget.getAndDecrement() > 0; i++) {
      int page = (int) (i % PageBenchmark.PAGES.size());
      String path =
          "/cases/"
              + cases.get(random.nextInt(cases.size()))
              + PageBenchmark.PAGES.get(page).suffix();
      long began = System.nanoTime();
      boolean ok;
      try {
        ok = user.client().fetch(path) == 200;
      } catch (Exception e) {
        ok = false;
      }
      long took = System.nanoTime() - began;
      if (began >= measureFrom && began < end) {
        mine.get(page).record(took / 1000, ok);
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
    return mine;
  }
}

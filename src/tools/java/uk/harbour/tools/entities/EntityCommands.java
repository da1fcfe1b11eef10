package uk.harbour.tools.entities;

import java.io.PrintStream;
import java.time.LocalDate;

/**
 * {@code generate entities --out DIR [--seed 1] [--register 100000] [--mentions 5000] [--held-out
 * [1|2]]}: the synthetic register and mentions as CSV ({@link EntityFiles}). {@code benchmark
 * entities [--seed 1] [--register 100000] [--mentions 5000] [--held-out [1|2]]}: precision and
 * recall of entity resolution on synthetic data ({@code --held-out} or {@code --held-out 1}: the
 * first round's held-out errors, {@code --held-out 2}: the second round's). {@code benchmark
 * entities-latency [--seed 1] [--register 1000000] [--mentions 3000]}: p50, p95 and p99 of one
 * match against a full register. Neither needs Spring or the database.
 */
public final class EntityCommands {

  static final String USAGE =
      "Usage: generate entities --out DIR [--seed N] [--register N] [--mentions N] [--held-out [1|2]]\n"
          + "       benchmark entities [--seed N] [--register N] [--mentions N] [--held-out [1|2]]\n"
          + "       benchmark entities-latency [--seed N] [--register N] [--mentions N]";

  private final PrintStream out;
  private final PrintStream err;

  EntityCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** {@code benchmark entities ...} or {@code benchmark entities-latency ...}: the exit status. */
  public static int benchmark(String[] args) {
    return new EntityCommands(System.out, System.err).run(args);
  }

  /** {@code generate entities ...}: the exit status. */
  public static int generate(String[] args) {
    return new EntityCommands(System.out, System.err).run(args);
  }

  /** For running without the product jar: the same arguments as {@code ./harbour-tools}. */
  public static void main(String[] args) {
    System.exit(benchmark(args));
  }

  int run(String[] args) {
    boolean generate = args.length >= 2 && args[0].equals("generate");
    if (args.length < 2
        || !(args[1].equals("entities") || (!generate && args[1].equals("entities-latency")))) {
      err.println(USAGE);
      return 2;
    }
    boolean latency = args[1].equals("entities-latency");
    java.nio.file.Path folder = null;
    long seed = 1;
    int size = latency ? 1_000_000 : 100_000;
    int mentions = latency ? 3_000 : 5_000;
    int heldOut = 0;
    try {
      for (int i = 2; i < args.length; i++) {
        switch (args[i]) {
          case "--seed" -> seed = Long.parseLong(value(args, ++i));
          case "--register" -> size = Integer.parseInt(value(args, ++i));
          case "--mentions" -> mentions = Integer.parseInt(value(args, ++i));
          case "--held-out" -> {
            heldOut = 1;
            if (i + 1 < args.length && (args[i + 1].equals("1") || args[i + 1].equals("2"))) {
              heldOut = Integer.parseInt(args[++i]);
            }
          }
          case "--out" -> folder = java.nio.file.Path.of(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (size < 1 || mentions < 1) {
        throw new IllegalArgumentException("--register and --mentions must be at least 1");
      }
      if (generate != (folder != null)) {
        throw new IllegalArgumentException(
            generate ? "generate entities needs --out DIR" : "--out is for generate entities");
      }
    } catch (IllegalArgumentException e) {
      err.println("benchmark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (generate) {
      try {
        EntityFiles.write(EntityData.generate(seed, size, mentions, heldOut), folder);
      } catch (java.io.IOException e) {
        err.println("generate: " + e.getMessage());
        return 1;
      }
      out.printf(
          "Wrote %s/register.csv (%,d entries) and mentions.csv (%,d mentions), seed %d%s%n",
          folder, size, mentions, seed, heldOutWords(heldOut));
      return 0;
    }
    Runtime rt = Runtime.getRuntime();
    out.printf(
        "Harbour entity resolution %s, %s, %d processors, max heap %d MB, Java %s%n",
        latency ? "latency" : "quality",
        LocalDate.now(),
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("java.version"));
    out.printf(
        "Seed %d, %,d register entries, %,d mentions%s%n%n",
        seed, size, mentions, heldOutWords(heldOut));
    EntityData data = EntityData.generate(seed, size, mentions, heldOut);
    EntityBenchmark benchmark = new EntityBenchmark(out);
    if (latency) {
      benchmark.latency(data);
    } else {
      benchmark.quality(data);
    }
    return 0;
  }

  private static String heldOutWords(int heldOut) {
    return heldOut == 0 ? "" : ", held-out errors (round " + heldOut + ") added";
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}

package uk.harbour.tools.entities;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.harbour.matching.entities.EntityMatch;
import uk.harbour.matching.entities.EntityRegister;
import uk.harbour.matching.entities.EntityType;
import uk.harbour.matching.entities.MatchStrength;

/**
 * Quality and speed of entity resolution on synthetic data ({@link EntityData}).
 *
 * <p>Quality, for each type and overall, over the top {@value #LIMIT} candidates of each mention:
 * STRONG precision (STRONG candidates that are the truth / all STRONG candidates, distractors'
 * included), STRONG recall (mentions of a register entry whose entry comes back STRONG / all such
 * mentions), recall of STRONG-or-POSSIBLE (the entry anywhere in the list), and first-place
 * precision (mentions whose first candidate is the truth / mentions with any candidate,
 * distractors' included).
 */
final class EntityBenchmark {

  static final int LIMIT = 10;

  private final PrintStream out;

  EntityBenchmark(PrintStream out) {
    this.out = out;
  }

  /** Counts for one type. */
  private static final class Counts {
    int mentions;
    int ofRegister;
    int strong;
    int strongRight;
    int strongFound;
    int anyFound;
    int listed;
    int firstRight;
    int distractorStrong;
  }

  void quality(EntityData data) {
    EntityRegister register = new EntityRegister();
    data.register.forEach(register::put);
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    Counts all = new Counts();
    for (EntityData.Mention m : data.mentions) {
      List<EntityMatch> found = register.match(m.record(), LIMIT);
      for (Counts c :
          new Counts[] {byType.computeIfAbsent(m.record().type(), t -> new Counts()), all}) {
        count(c, m, found);
      }
    }
    out.printf(
        Locale.ROOT,
        "%-15s %8s %8s %10s %10s %10s %10s %11s%n",
        "type",
        "mentions",
        "of reg.",
        "STRONG p",
        "STRONG r",
        "any r",
        "first p",
        "distr. STR");
    byType.forEach((type, c) -> row(type.name(), c));
    row("all", all);
  }

  private static void count(Counts c, EntityData.Mention m, List<EntityMatch> found) {
    c.mentions++;
    if (m.truth() != null) {
      c.ofRegister++;
    }
    for (EntityMatch match : found) {
      if (match.strength() == MatchStrength.STRONG) {
        c.strong++;
        if (match.id().equals(m.truth())) {
          c.strongRight++;
          c.strongFound++;
        }
        if (m.truth() == null) {
          c.distractorStrong++;
        }
      }
      if (match.id().equals(m.truth())) {
        c.anyFound++;
      }
    }
    if (!found.isEmpty()) {
      c.listed++;
      if (found.get(0).id().equals(m.truth())) {
        c.firstRight++;
      }
    }
  }

  private void row(String name, Counts c) {
    out.printf(
        Locale.ROOT,
        "%-15s %8d %8d %10s %10s %10s %10s %11d%n",
        name,
        c.mentions,
        c.ofRegister,
        ratio(c.strongRight, c.strong),
        ratio(c.strongFound, c.ofRegister),
        ratio(c.anyFound, c.ofRegister),
        ratio(c.firstRight, c.listed),
        c.distractorStrong);
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format(Locale.ROOT, "%.4f", (double) a / b);
  }

  void latency(EntityData data) {
    Runtime rt = Runtime.getRuntime();
    long started = System.nanoTime();
    EntityRegister register = new EntityRegister();
    data.register.forEach(register::put);
    double build = (System.nanoTime() - started) / 1e9;
    System.gc();
    long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
    int n = data.mentions.size();
    for (int w = 0; w < Math.min(n, 2000); w++) {
      register.match(data.mentions.get(w).record(), LIMIT);
    }
    long[] nanos = new long[n];
    long listed = 0;
    Map<EntityType, long[]> byType = new EnumMap<>(EntityType.class);
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (int i = 0; i < n; i++) {
      EntityType type = data.mentions.get(i).record().type();
      long t = System.nanoTime();
      listed += register.match(data.mentions.get(i).record(), LIMIT).size();
      nanos[i] = System.nanoTime() - t;
      int k = counts.merge(type, 1, Integer::sum);
      long[] times = byType.computeIfAbsent(type, x -> new long[n]);
      times[k - 1] = nanos[i];
    }
    Arrays.sort(nanos);
    out.printf(
        Locale.ROOT,
        "%,d entries filed in %.1f s, heap in use %,d MB; %,d mentions (%.1f candidates each):%n",
        register.size(),
        build,
        used,
        n,
        (double) listed / n);
    out.printf(
        Locale.ROOT,
        "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
        nanos[n / 2] / 1e6,
        nanos[(int) (n * 0.95)] / 1e6,
        nanos[(int) (n * 0.99)] / 1e6,
        nanos[n - 1] / 1e6);
    byType.forEach(
        (type, times) -> {
          int k = counts.get(type);
          long[] t = Arrays.copyOf(times, k);
          Arrays.sort(t);
          out.printf(
              Locale.ROOT,
              "  %-15s %5d mentions: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
              type,
              k,
              t[k / 2] / 1e6,
              t[(int) (k * 0.99)] / 1e6,
              t[k - 1] / 1e6);
        });
  }
}

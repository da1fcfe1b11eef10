package uk.harbour.matching.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.harbour.matching.Clusters;
import uk.harbour.matching.LinkResult;
import uk.harbour.matching.LinkSettings;
import uk.harbour.matching.Linker;
import uk.harbour.matching.PersonRecord;

/**
 * {@code link --input a.csv [--input b.csv] --config columns.yml [--config b.yml] --out pairs.csv
 * [--clusters clusters.csv] [--threshold p]}: deduplicates one file or links two, without starting
 * the application or its database. Outputs are written to temporary files beside them and moved
 * into place only when everything succeeded, both or neither; the temporary files are gone
 * afterwards whatever happened. An output that is a folder, or is (or resolves to) an input or a
 * config file or the other output, is refused before anything is read ({@link OutputPaths}). Ids a
 * spreadsheet would run as formulas are neutralised ({@link CsvWriting}). Exit status 0 on success,
 * 1 for unusable input, 2 for a usage mistake.
 */
public final class LinkCommand {

  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      "Usage: link --input a.csv [--input b.csv] --config columns.yml [--config b.yml]"
          + " --out pairs.csv [--clusters clusters.csv] [--threshold 0.9]";

  /** Moves one file over another; replaceable so tests can make a move fail. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private final PrintStream out;
  private final PrintStream err;
  private final Mover mover;

  public LinkCommand(PrintStream out, PrintStream err) {
    this(out, err, LinkCommand::move);
  }

  LinkCommand(PrintStream out, PrintStream err, Mover mover) {
    this.out = out;
    this.err = err;
    this.mover = mover;
  }

  /** Runs the command; {@code args} excludes the word {@code link}. */
  public int run(String[] args) {
    LinkArguments parsed;
    try {
      parsed = LinkArguments.parse(args);
      OutputPaths.check(parsed);
    } catch (IllegalArgumentException e) {
      err.println("link: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    }
    try {
      long started = System.nanoTime();
      List<List<PersonRecord>> inputs = new ArrayList<>();
      for (int i = 0; i < parsed.inputs().size(); i++) {
        Path config = parsed.configs().get(Math.min(i, parsed.configs().size() - 1));
        ColumnMapping mapping = ColumnMapping.read(config);
        inputs.add(
            new CsvInput(mapping, parsed.maxField()).read(parsed.inputs().get(i), false).records());
      }
      LinkSettings settings = LinkSettings.defaults().withThreshold(parsed.threshold());
      LinkResult result =
          inputs.size() == 1
              ? Linker.deduplicate(inputs.get(0), settings)
              : Linker.link(inputs.get(0), inputs.get(1), settings);
      int matches = writeOutputs(parsed, result);
      if (!result.stats().estimated()) {
        err.println(
            "link: warning: the data gave no clear evidence of matches (estimation found an"
                + " implausible model), so prior parameters were used; few pairs should match");
      }
      out.printf(
          Locale.ROOT,
          "link: %s records, %d candidate pairs compared, %d pairs at or above %.4f written to %s"
              + " in %.1f s%n",
          inputs.size() == 1
              ? String.valueOf(result.leftCount())
              : result.leftCount() + " + " + result.rightCount(),
          result.stats().candidatePairs(),
          matches,
          parsed.threshold(),
          parsed.out(),
          (System.nanoTime() - started) / 1e9);
      return OK;
    } catch (InputException e) {
      err.println("link: " + e.getMessage());
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("link: could not write output: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private int writeOutputs(LinkArguments args, LinkResult result) throws IOException {
    Path pairsTemp = null;
    Path clustersTemp = null;
    try {
      pairsTemp = temp(args.out());
      clustersTemp = args.clusters() == null ? null : temp(args.clusters());
      int matches = writePairs(pairsTemp, result, args.threshold());
      List<Path[]> moves = new ArrayList<>();
      moves.add(new Path[] {pairsTemp, args.out()});
      if (clustersTemp != null) {
        writeClusters(clustersTemp, result, args.threshold());
        moves.add(new Path[] {clustersTemp, args.clusters()});
      }
      replaceAll(moves);
      return matches;
    } finally {
      deleteIfThere(pairsTemp);
      deleteIfThere(clustersTemp);
    }
  }

  private static void deleteIfThere(Path temp) throws IOException {
    if (temp != null) {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Moves each new file over its target, all or nothing as far as the file system allows: existing
   * targets are first set aside, and if any move fails the new files are taken away and the old
   * ones put back, so a failed run never leaves pairs from one run beside clusters from another.
   */
  private void replaceAll(List<Path[]> moves) throws IOException {
    List<Path[]> setAside = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    try {
      for (Path[] move : moves) {
        Path target = move[1];
        if (Files.isDirectory(target)) {
          throw new IOException(target + " is a folder");
        }
        if (Files.exists(target)) {
          Path aside = temp(target);
          mover.move(target, aside);
          setAside.add(new Path[] {aside, target});
        }
      }
      for (Path[] move : moves) {
        mover.move(move[0], move[1]);
        placed.add(move[1]);
      }
    } catch (IOException e) {
      for (Path target : placed) {
        Files.deleteIfExists(target);
      }
      for (Path[] aside : setAside) {
        try {
          move(aside[0], aside[1]);
        } catch (IOException restoreFailed) {
          e.addSuppressed(restoreFailed);
          err.println("link: the earlier " + aside[1] + " is kept as " + aside[0]);
        }
      }
      throw e;
    }
    for (Path[] aside : setAside) {
      Files.deleteIfExists(aside[0]);
    }
  }

  private static int writePairs(Path file, LinkResult result, double threshold) throws IOException {
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("left_id,right_id,match_probability,match_weight\n");
      for (int k = 0; k < result.pairCount(); k++) {
        double p = result.probability(k);
        if (p >= threshold) {
          w.write(CsvWriting.field(result.leftId(k)));
          w.write(',');
          w.write(CsvWriting.field(result.rightId(k)));
          w.write(String.format(Locale.ROOT, ",%.6f,%.3f%n", p, result.matchWeight(k)));
          written++;
        }
      }
    }
    return written;
  }

  private static void writeClusters(Path file, LinkResult result, double threshold)
      throws IOException {
    Clusters clusters = result.clusters(threshold);
    boolean two = !result.deduplication();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(two ? "input,record_id,cluster_id\n" : "record_id,cluster_id\n");
      for (int i = 0; i < clusters.records(); i++) {
        boolean left = i < result.leftCount();
        String id = left ? result.leftRecordId(i) : result.rightRecordId(i - result.leftCount());
        if (two) {
          w.write(left ? "1," : "2,");
        }
        w.write(CsvWriting.field(id) + "," + clusters.clusterOf(i) + "\n");
      }
    }
  }

  private static Path temp(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

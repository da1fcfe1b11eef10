package uk.harbour.tools.matching;

import uk.harbour.HarbourApplication;

/**
 * The linkage tools, which run without Spring or the database: {@code generate linkage ...}, {@code
 * benchmark linkage ...} and {@code benchmark linkage-heldout ...}.
 */
public final class LinkageCommands {

  private LinkageCommands() {}

  /** {@code generate linkage ...}; returns the exit status. */
  public static int generate(String[] args) {
    return new GenerateCommand(System.out, System.err).run(HarbourApplication.rest(args, 1));
  }

  /** {@code benchmark linkage ...} or {@code benchmark linkage-heldout ...}; the exit status. */
  public static int benchmark(String[] args) {
    return new BenchmarkCommand(System.out, System.err).run(HarbourApplication.rest(args, 1));
  }
}

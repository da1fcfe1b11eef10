package uk.harbour.people.matching.batch;

import java.util.Arrays;

/**
 * The commands that run without Spring or the database: {@code link ...} and {@code benchmark
 * linkage ...}.
 */
public final class StandaloneCommands {

  private StandaloneCommands() {}

  /** Whether {@code args} name a command that runs without the application context. */
  public static boolean handles(String[] args) {
    return args.length >= 1 && (args[0].equals("link") || args[0].equals("benchmark"));
  }

  /** Runs the command and returns its exit status. */
  public static int run(String[] args) {
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (args[0].equals("link")) {
      return new LinkCommand(System.out, System.err).run(rest);
    }
    return new BenchmarkCommand(System.out, System.err).run(rest);
  }
}

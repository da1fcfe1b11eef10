package uk.harbour.matching.batch;

import java.util.Arrays;

/**
 * The commands that run without Spring or the database: {@code link ...}, {@code benchmark linkage
 * ...}, {@code benchmark linkage-heldout ...} and {@code generate linkage ...}.
 */
public final class StandaloneCommands {

  private StandaloneCommands() {}

  /** Whether {@code args} name a command that runs without the application context. */
  public static boolean handles(String[] args) {
    return args.length >= 1
        && (args[0].equals("link")
            || args[0].equals("benchmark")
            || (args[0].equals("generate") && args.length >= 2 && args[1].equals("linkage")));
  }

  /** Runs the command and returns its exit status. */
  public static int run(String[] args) {
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (args[0].equals("link")) {
      return new LinkCommand(System.out, System.err).run(rest);
    }
    if (args[0].equals("generate")) {
      return new GenerateCommand(System.out, System.err).run(rest);
    }
    return new BenchmarkCommand(System.out, System.err).run(rest);
  }
}

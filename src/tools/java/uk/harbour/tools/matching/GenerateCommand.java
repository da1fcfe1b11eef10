package uk.harbour.tools.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import uk.harbour.matching.batch.LinkCommand;

/**
 * {@code generate linkage --out DIR [--seed N] [--scale 1]}: writes the held-out linkage datasets
 * ({@link HeldOutData}) into a folder, without the application or its database, so that {@code
 * link} and {@code benchmark linkage --data DIR} can run on files the engine has never seen.
 */
final class GenerateCommand {

  static final String USAGE = "Usage: generate linkage --out DIR [--seed N] [--scale 1]";

  private final PrintStream out;
  private final PrintStream err;

  GenerateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command; {@code args} excludes the word {@code generate}. */
  int run(String[] args) {
    Path folder = null;
    long seed = HeldOutData.SEED;
    double scale = 1;
    try {
      if (args.length == 0 || !args[0].equals("linkage") || (args.length - 1) % 2 != 0) {
        throw new IllegalArgumentException("expected: linkage and options with values");
      }
      for (int i = 1; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--out" -> folder = Path.of(args[i + 1]);
          case "--seed" -> seed = Long.parseLong(args[i + 1]);
          case "--scale" -> scale = Double.parseDouble(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (folder == null) {
        throw new IllegalArgumentException("--out is required");
      }
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      err.println(USAGE);
      return LinkCommand.USAGE;
    }
    try {
      List<HeldOutData.File> files = new HeldOutData(seed, scale).writeTo(folder);
      for (HeldOutData.File f : files) {
        out.printf(
            "generate: %s, %,d records (%s)%n", folder.resolve(f.name()), f.records(), f.shape());
      }
      return LinkCommand.OK;
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      return LinkCommand.USAGE;
    } catch (IOException e) {
      err.println("generate: could not write " + folder + ": " + e.getMessage());
      return LinkCommand.BAD_INPUT;
    }
  }
}

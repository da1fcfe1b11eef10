package uk.harbour.tools;

import java.util.Map;
import java.util.function.ToIntFunction;
import uk.harbour.HarbourApplication.Command;
import uk.harbour.tools.entities.EntityCommands;
import uk.harbour.tools.language.LanguageBenchmarkCommand;
import uk.harbour.tools.matching.LinkageCommands;
import uk.harbour.tools.synthetic.PageBenchmark;

/**
 * The tools that are not part of the product, run with {@code ./harbour-tools COMMAND} (the product
 * jar plus target/harbour-tools.jar): {@code generate cases} (in the application context, against
 * its database), {@code benchmark pages}, {@code generate linkage}, {@code generate entities},
 * {@code benchmark linkage}, {@code benchmark linkage-heldout}, {@code benchmark entities}, {@code
 * benchmark entities-latency}, {@code language benchmark}, and {@code intelligence generate} and
 * {@code benchmark network} (in the application context: issue 11's network at scale), and {@code
 * missing generate} (issue 12's missing episodes over the generated cases). Each prints its own
 * usage.
 */
public final class HarbourTools {

  static final String USAGE =
      "Usage: ./harbour-tools generate cases|generate linkage|generate entities|benchmark pages"
          + "|benchmark linkage"
          + "|benchmark linkage-heldout|benchmark entities|benchmark entities-latency"
          + "|language benchmark|intelligence generate|benchmark network|missing generate [options]";

  /** The tools by their first two words. */
  static final Map<String, ToIntFunction<String[]>> TOOLS =
      Map.ofEntries(
          Map.entry("generate cases", args -> Command.from(args).run()),
          Map.entry("generate linkage", LinkageCommands::generate),
          Map.entry("generate entities", EntityCommands::generate),
          Map.entry("benchmark linkage", LinkageCommands::benchmark),
          Map.entry("benchmark linkage-heldout", LinkageCommands::benchmark),
          Map.entry("benchmark pages", PageBenchmark::run),
          Map.entry("benchmark entities", EntityCommands::benchmark),
          Map.entry("benchmark entities-latency", EntityCommands::benchmark),
          Map.entry("intelligence generate", args -> Command.from(args).run()),
          Map.entry("benchmark network", args -> Command.from(args).run()),
          Map.entry("missing generate", args -> Command.from(args).run()),
          Map.entry(
              "language benchmark",
              args -> new LanguageBenchmarkCommand(System.out, System.err).run(args)));

  private HarbourTools() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool {@code args} name and returns its exit status; 2 when they name none. */
  static int run(String[] args) {
    ToIntFunction<String[]> tool = args.length < 2 ? null : TOOLS.get(args[0] + " " + args[1]);
    if (tool == null) {
      System.err.println(USAGE);
      return 2;
    }
    return tool.applyAsInt(args);
  }
}

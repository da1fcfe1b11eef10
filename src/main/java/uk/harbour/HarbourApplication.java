package uk.harbour;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import uk.harbour.language.LanguageCommand;
import uk.harbour.matching.batch.LinkCommand;

/**
 * Starts Harbour. With no arguments it serves the web application; with a command ({@code audit
 * verify} or {@code audit checkpoint}) it runs that command against the same database and exits
 * with its status. {@code link ...} and {@code language check ...} run without Spring or the
 * database. Generators and benchmarks are not part of the product: they run with {@code
 * ./harbour-tools} (docs/adr/019-tooling-apart-from-the-product.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HarbourApplication {

  /** Commands that run without Spring or the database, by their first word. */
  private static final Map<String, ToIntFunction<String[]>> STANDALONE =
      Map.of(
          "language", args -> new LanguageCommand(System.out, System.err).run(args),
          "link", args -> new LinkCommand(System.out, System.err).run(rest(args, 1)));

  /** Commands that run in the application context, against the database. */
  private static final Set<String> IN_CONTEXT = Set.of("audit-verify", "audit-checkpoint");

  public static void main(String[] args) {
    ToIntFunction<String[]> standalone = args.length == 0 ? null : STANDALONE.get(args[0]);
    if (standalone != null) {
      System.exit(standalone.applyAsInt(args));
      return;
    }
    Command command = Command.from(args);
    if (command == null) {
      SpringApplication.run(HarbourApplication.class, args);
      return;
    }
    if (!IN_CONTEXT.contains(command.name())) {
      System.err.println(
          "harbour: unknown command '"
              + String.join(" ", Arrays.copyOf(args, 2))
              + "'. The commands are audit verify, audit checkpoint, link and language check;"
              + " generators and benchmarks run with ./harbour-tools.");
      System.exit(2);
      return;
    }
    System.exit(command.run());
  }

  /** {@code args} without its first {@code words}. */
  public static String[] rest(String[] args, int words) {
    return Arrays.copyOfRange(args, Math.min(words, args.length), args.length);
  }

  /** A command given on the command line, such as {@code audit verify}. */
  public record Command(String name, String[] remainingArgs) {

    /** The command the first two words name, or null when they do not name one. */
    public static Command from(String[] args) {
      if (args.length >= 2 && !args[0].startsWith("-") && !args[1].startsWith("-")) {
        return new Command(args[0] + "-" + args[1], rest(args, 2));
      }
      return null;
    }

    /**
     * Runs the command in the application context, without the web server and with the {@code
     * command} profile, and returns its exit status. The bean that carries it out is the one
     * conditional on {@code harbour.command} having this command's name.
     */
    public int run() {
      SpringApplication app = new SpringApplication(HarbourApplication.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setAdditionalProfiles("command");
      app.setDefaultProperties(Map.of("harbour.command", name));
      ConfigurableApplicationContext context = app.run(remainingArgs);
      return SpringApplication.exit(context);
    }
  }
}

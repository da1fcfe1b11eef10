package uk.harbour;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import uk.harbour.language.LanguageCommand;
import uk.harbour.matching.batch.StandaloneCommands;
import uk.harbour.synthetic.PageBenchmark;

/**
 * Starts Harbour. With no arguments it serves the web application; with a command (for example
 * {@code audit verify} or {@code audit checkpoint}) it runs that command against the same database
 * and exits with its status. {@code link ...}, {@code benchmark linkage ...}, {@code benchmark
 * pages ...} and {@code language check ...} run without Spring or the database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HarbourApplication {

  public static void main(String[] args) {
    if (LanguageCommand.handles(args)) {
      System.exit(new LanguageCommand(System.out, System.err).run(args));
      return;
    }
    if (PageBenchmark.handles(args)) {
      System.exit(PageBenchmark.run(args));
      return;
    }
    if (StandaloneCommands.handles(args)) {
      System.exit(StandaloneCommands.run(args));
      return;
    }
    Command command = Command.from(args);
    if (command == null) {
      SpringApplication.run(HarbourApplication.class, args);
      return;
    }
    SpringApplication app = new SpringApplication(HarbourApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setAdditionalProfiles("command");
    app.setDefaultProperties(java.util.Map.of("harbour.command", command.name()));
    ConfigurableApplicationContext context = app.run(command.remainingArgs());
    System.exit(SpringApplication.exit(context));
  }

  /** A command given on the command line, such as {@code audit verify}. */
  record Command(String name, String[] remainingArgs) {
    static Command from(String[] args) {
      if (args.length >= 2 && !args[0].startsWith("-") && !args[1].startsWith("-")) {
        String[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
        return new Command(args[0] + "-" + args[1], rest);
      }
      return null;
    }
  }
}

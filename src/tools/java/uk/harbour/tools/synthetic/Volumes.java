package uk.harbour.tools.synthetic;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;

/**
 * How much {@code generate cases} makes: children (each with a case), chronology entries and audit
 * events in total, voice entries per case, the share of cases with an assessment and with a plan,
 * children per batch (one transaction each), the random seed and where the sign-in list goes.
 */
record Volumes(
    int children,
    long chronology,
    int voicePerCase,
    long auditEvents,
    double assessedShare,
    double plannedShare,
    int batch,
    long seed,
    Path manifest) {

  static final int DEFAULT_CHILDREN = 1000;

  /**
   * The options given, or the defaults: 1,000 children, 20 chronology entries and 100 audit events
   * per child, 2 voice entries per case, 40% assessed, 30% with a plan, batches of 1,000.
   *
   * @throws IllegalArgumentException naming the option that is not a number or out of range
   */
  static Volumes from(ApplicationArguments args, Path defaultManifest) {
    int children = (int) number(args, "children", DEFAULT_CHILDREN, 1, 10_000_000);
    long chronology = number(args, "chronology", children * 20L, children * 2L, Long.MAX_VALUE);
    int voice = (int) number(args, "voice", 2, 0, 1000);
    long audit = number(args, "audit", children * 100L, 0, Long.MAX_VALUE);
    double assessed = number(args, "assessed-percent", 40, 0, 100) / 100.0;
    double planned = number(args, "planned-percent", 30, 0, 100) / 100.0;
    int batch = (int) number(args, "batch", 1000, 1, 100_000);
    long seed = number(args, "seed", 20_261_125L, Long.MIN_VALUE, Long.MAX_VALUE);
    List<String> manifest = args.getOptionValues("manifest");
    Path where =
        manifest == null || manifest.isEmpty() ? defaultManifest : Path.of(manifest.get(0));
    return new Volumes(children, chronology, voice, audit, assessed, planned, batch, seed, where);
  }

  private static long number(
      ApplicationArguments args, String name, long fallback, long min, long max) {
    List<String> values = args.getOptionValues(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(values.get(0).replace("_", ""));
      if (value < min || value > max) {
        throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number");
    }
  }
}

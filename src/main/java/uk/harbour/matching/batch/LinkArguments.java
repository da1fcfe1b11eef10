package uk.harbour.matching.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed arguments of the link command. */
record LinkArguments(
    List<Path> inputs,
    List<Path> configs,
    Path out,
    Path clusters,
    double threshold,
    int maxField) {

  static LinkArguments parse(String[] args) {
    List<Path> inputs = new ArrayList<>();
    List<Path> configs = new ArrayList<>();
    Path out = null;
    Path clusters = null;
    double threshold = uk.harbour.matching.MatchThresholds.DEFAULT;
    int maxField = CsvReader.DEFAULT_MAX_FIELD;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--input" -> inputs.add(Path.of(value));
        case "--config" -> configs.add(Path.of(value));
        case "--out" -> out = Path.of(value);
        case "--clusters" -> clusters = Path.of(value);
        case "--threshold" -> threshold = probability(value);
        case "--max-field" -> maxField = positive(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (inputs.isEmpty() || inputs.size() > 2) {
      throw new IllegalArgumentException("give one --input to deduplicate or two to link");
    }
    if (configs.isEmpty() || configs.size() > inputs.size()) {
      throw new IllegalArgumentException("give one --config, or one per input");
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    return new LinkArguments(inputs, configs, out, clusters, threshold, maxField);
  }

  private static double probability(String value) {
    try {
      double p = Double.parseDouble(value);
      if (p >= 0 && p <= 1) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--threshold must be a probability from 0 to 1");
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--max-field must be a positive number of characters");
  }
}

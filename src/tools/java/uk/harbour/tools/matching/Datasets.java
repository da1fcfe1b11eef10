package uk.harbour.tools.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.harbour.matching.batch.ColumnMapping;
import uk.harbour.matching.batch.InputException;

/**
 * Finds the benchmark datasets in a folder: every CSV file, read through a {@code <name>.yml}
 * mapping beside it if there is one, otherwise through the shipped mapping for its shape, known
 * from its first line (a FEBRL header, a headerless FEBRL record id, Splink's fake_1000 or
 * historical_figures columns). FEBRL files run twice, with and without {@code soc_sec_id}. Files of
 * no known shape are skipped, and said so.
 */
public final class Datasets {

  /** One run: a label, the file, and the mapping to read it with (with its ground truth). */
  record Dataset(String label, Path file, ColumnMapping mapping) {}

  private static final Pattern FEBRL_ID = Pattern.compile("rec-\\d+-(org|dup-\\d+)");
  static final String FAKE_HEADER = "unique_id,first_name,surname,dob,city,email,cluster";
  static final String HISTORICAL_HEADER =
      "unique_id,cluster,full_name,first_and_surname,first_name,surname,dob,birth_place,"
          + "postcode_fake,gender,occupation";

  private Datasets() {}

  /**
   * The datasets in {@code folder}, by file name; {@code skipped} gets a line per file left out.
   */
  static List<Dataset> discover(Path folder, List<String> skipped) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".csv"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    List<Dataset> found = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String base = name.substring(0, name.length() - ".csv".length());
      Path beside = folder.resolve(base + ".yml");
      try {
        if (Files.exists(beside)) {
          found.add(new Dataset(base, file, ColumnMapping.read(beside)));
          continue;
        }
        String first = firstLine(file);
        String firstField = first.split(",", 2)[0].strip();
        if (firstField.equals("rec_id")) {
          found.add(new Dataset(base, file, shipped("febrl.yml")));
          found.add(new Dataset(base + ", no soc_sec_id", file, shipped("febrl-without-ssn.yml")));
        } else if (FEBRL_ID.matcher(firstField).matches()) {
          found.add(new Dataset(base, file, shipped("febrl-noheader.yml")));
          found.add(
              new Dataset(
                  base + ", no soc_sec_id", file, shipped("febrl-noheader-without-ssn.yml")));
        } else if (first.replace(" ", "").equals(FAKE_HEADER)) {
          found.add(new Dataset(base, file, shipped("fake-1000.yml")));
        } else if (first.replace(" ", "").equals(HISTORICAL_HEADER)) {
          found.add(new Dataset(base, file, shipped("historical-50k.yml")));
        } else {
          skipped.add(name + ": no known shape and no " + base + ".yml beside it");
        }
      } catch (InputException e) {
        skipped.add(e.getMessage());
      }
    }
    return found;
  }

  public static ColumnMapping shipped(String config) throws InputException {
    try (InputStream in = Datasets.class.getResourceAsStream("/matching/configs/" + config)) {
      if (in == null) {
        throw new IllegalStateException("Missing shipped config " + config);
      }
      return ColumnMapping.parse(config, in);
    } catch (IOException e) {
      throw new InputException(config + ": could not be read: " + e.getMessage());
    }
  }

  private static String firstLine(Path file) throws InputException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      if (line == null) {
        return "";
      }
      return line.startsWith("\uFEFF") ? line.substring(1) : line;
    } catch (IOException e) {
      throw new InputException(file.getFileName() + ": could not be read: " + e.getMessage());
    }
  }
}

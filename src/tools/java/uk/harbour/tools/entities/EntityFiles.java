package uk.harbour.tools.entities;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import uk.harbour.matching.entities.EntityRecord;

/**
 * Writes synthetic data ({@link EntityData}) as two CSV files: {@code register.csv} (id, type and
 * the entry's fields) and {@code mentions.csv} (the same columns and {@code truth}, the register id
 * the mention is of, empty for a distractor), for loading into a demonstration register or another
 * tool.
 */
final class EntityFiles {

  static final String HEADER =
      "id,type,name,nickname,approx_age,plate,make,colour,phone,platform,username,place_name,"
          + "address,postcode";

  private EntityFiles() {}

  static void write(EntityData data, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Writer w =
        Files.newBufferedWriter(folder.resolve("register.csv"), StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (EntityRecord r : data.register) {
        w.write(row(r) + "\n");
      }
    }
    try (Writer w =
        Files.newBufferedWriter(folder.resolve("mentions.csv"), StandardCharsets.UTF_8)) {
      w.write(HEADER + ",truth\n");
      for (EntityData.Mention m : data.mentions) {
        w.write(row(m.record()) + "," + cell(m.truth()) + "\n");
      }
    }
  }

  static String row(EntityRecord r) {
    return String.join(
        ",",
        cell(r.id()),
        r.type().name(),
        cell(r.name()),
        cell(r.nickname()),
        r.approxAge() == null ? "" : r.approxAge().toString(),
        cell(r.plate()),
        cell(r.make()),
        cell(r.colour()),
        cell(r.phone()),
        cell(r.platform()),
        cell(r.username()),
        cell(r.placeName()),
        cell(r.address()),
        cell(r.postcode()));
  }

  /** A CSV cell: quoted when it holds a comma, quote or line break; empty for null. */
  static String cell(@Nullable String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}

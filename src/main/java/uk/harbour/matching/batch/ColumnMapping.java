package uk.harbour.matching.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Which CSV columns hold which person fields, read from YAML. A column is named by its header text,
 * or by its position counting from 1 (the only way when {@code header: false}).
 *
 * <pre>
 * header: true
 * date_format: yyyyMMdd
 * columns:
 *   id: rec_id
 *   given_names: given_name
 *   family_name: surname
 *   address: [street_number, address_1, address_2]
 *   identifiers: [soc_sec_id]
 * truth:            # optional, used only by the benchmark
 *   id_pattern: "rec-(\\d+)-"
 * </pre>
 */
public record ColumnMapping(
    String source,
    boolean header,
    String dateFormat,
    Map<String, List<Object>> columns,
    String truthColumn,
    String truthIdPattern) {

  static final Set<String> SINGLE =
      Set.of(
          "id",
          "given_names",
          "family_name",
          "date_of_birth",
          "approximate_age",
          "sex",
          "postcode",
          "school");
  static final Set<String> MULTIPLE = Set.of("other_names", "address", "identifiers", "attributes");
  static final Set<String> DATE_FORMATS =
      Set.of("yyyyMMdd", "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy");

  public static ColumnMapping read(Path file) throws InputException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.getFileName().toString(), in);
    } catch (IOException e) {
      throw new InputException(file.getFileName() + ": could not be read: " + e.getMessage());
    }
  }

  public static ColumnMapping parse(String source, InputStream in) throws InputException {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (YAMLException e) {
      throw new InputException(source + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new InputException(source + ": expected a YAML mapping with a 'columns' section");
    }
    for (Object key : map.keySet()) {
      if (!Set.of("header", "date_format", "columns", "truth").contains(String.valueOf(key))) {
        throw new InputException(source + ": unknown setting '" + key + "'");
      }
    }
    boolean header = !Boolean.FALSE.equals(map.get("header"));
    Object format = map.get("date_format");
    String dateFormat = format == null ? "yyyy-MM-dd" : String.valueOf(format);
    if (!DATE_FORMATS.contains(dateFormat)) {
      throw new InputException(
          source + ": date_format must be one of " + String.join(", ", DATE_FORMATS));
    }
    Map<String, List<Object>> columns = columns(source, map.get("columns"), header);
    String truthColumn = null;
    String truthPattern = null;
    if (map.get("truth") instanceof Map<?, ?> truth) {
      truthColumn = truth.get("cluster") == null ? null : String.valueOf(truth.get("cluster"));
      truthPattern =
          truth.get("id_pattern") == null ? null : String.valueOf(truth.get("id_pattern"));
    }
    return new ColumnMapping(source, header, dateFormat, columns, truthColumn, truthPattern);
  }

  private static Map<String, List<Object>> columns(String source, Object value, boolean header)
      throws InputException {
    if (!(value instanceof Map<?, ?> map)) {
      throw new InputException(source + ": a 'columns' section is required");
    }
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = String.valueOf(e.getKey());
      if (!SINGLE.contains(field) && !MULTIPLE.contains(field)) {
        throw new InputException(source + ": unknown field '" + field + "' under columns");
      }
      List<Object> refs = new ArrayList<>();
      if (e.getValue() instanceof List<?> list) {
        if (SINGLE.contains(field)) {
          throw new InputException(source + ": '" + field + "' takes one column, not a list");
        }
        refs.addAll(list);
      } else if (e.getValue() != null) {
        refs.add(e.getValue());
      }
      for (Object ref : refs) {
        if (ref instanceof Integer position && position < 1) {
          throw new InputException(source + ": column positions count from 1 ('" + field + "')");
        }
        if (!(ref instanceof Integer) && !header) {
          throw new InputException(
              source + ": '" + field + "' names a column but header is false: use its position");
        }
      }
      out.put(field, refs);
    }
    if (!out.containsKey("id") || out.get("id").isEmpty()) {
      throw new InputException(source + ": columns must include 'id'");
    }
    return out;
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}

package uk.harbour.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads and writes the guide as YAML (a top-level {@code entries} list; see guide.yml). */
public final class GuideYaml {

  /** The built-in guide shipped with Harbour. */
  public static final String BUILT_IN = "/language/guide.yml";

  private GuideYaml() {}

  /** The built-in guide. */
  public static List<GuideEntry> builtIn() {
    return read(builtInText());
  }

  /** The version of the built-in guide (its top-level {@code version}). */
  public static int builtInVersion() {
    Integer version = version(builtInText());
    if (version == null) {
      throw new IllegalStateException(BUILT_IN + " has no version");
    }
    return version;
  }

  private static String builtInText() {
    try (InputStream in = GuideYaml.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + BUILT_IN);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top-level {@code version} of guide YAML, or null when it has none. */
  public static Integer version(String yaml) {
    Object root = load(yaml);
    return root instanceof Map<?, ?> map && map.get("version") instanceof Number n
        ? n.intValue()
        : null;
  }

  /**
   * Parses guide YAML; throws IllegalArgumentException with a plain message when it is not a valid
   * guide.
   */
  public static List<GuideEntry> read(String yaml) {
    Object root = load(yaml);
    if (root instanceof Map<?, ?> map
        && map.containsKey("version")
        && !(map.get("version") instanceof Integer)) {
      throw new IllegalArgumentException("The version must be a whole number");
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("entries") instanceof List<?> list)) {
      throw new IllegalArgumentException("The YAML needs a top-level list called entries");
    }
    List<GuideEntry> entries = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> fields)) {
        throw new IllegalArgumentException("Each entry must be a mapping");
      }
      entries.add(entry(fields));
    }
    return entries;
  }

  private static Object load(String yaml) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(2_000_000);
      return new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not valid YAML");
    }
  }

  private static GuideEntry entry(Map<?, ?> fields) {
    String id = text(fields, "id");
    if (id == null || !id.matches("[a-z0-9-]{1,60}")) {
      throw new IllegalArgumentException("Entry id missing or not lower-case-with-hyphens: " + id);
    }
    Map<?, ?> context = fields.get("context") instanceof Map<?, ?> m ? m : Map.of();
    List<String> patterns = strings(fields.get("patterns"));
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("Entry " + id + " has no patterns");
    }
    for (String pattern : patterns) {
      try {
        TokenPattern.compile(pattern);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Entry " + id + ": " + e.getMessage());
      }
    }
    String severity = text(fields, "severity");
    return new GuideEntry(
        id,
        required(fields, "title", id),
        text(fields, "category") == null ? "general" : text(fields, "category"),
        severity == null ? Severity.MEDIUM : Severity.parse(severity),
        patterns,
        required(fields, "why", id),
        strings(fields.get("alternatives")),
        !Boolean.FALSE.equals(fields.get("negatable")),
        number(context.get("maxChildAge")),
        number(context.get("seriousUnderAge")),
        Boolean.TRUE.equals(context.get("needsAdult")),
        Boolean.TRUE.equals(context.get("notAfterCoercion")),
        !Boolean.FALSE.equals(fields.get("enabled")),
        text(fields, "source") == null ? "" : text(fields, "source"));
  }

  /**
   * Writes a whole guide for export: a comment saying what it is, the built-in {@code version} it
   * is based on, and the entries.
   */
  public static String export(List<GuideEntry> entries, int version, int changedHere) {
    String header =
        "# Harbour language guide: built-in version "
            + version
            + "; entries added or changed here: "
            + changedHere
            + "\n";
    return header + "version: " + version + "\n" + write(entries);
  }

  /** Writes entries as guide YAML that {@link #read} accepts. */
  public static String write(List<GuideEntry> entries) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (GuideEntry e : entries) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("id", e.id());
      map.put("title", e.title());
      map.put("category", e.category());
      map.put("severity", e.severity().name().toLowerCase(java.util.Locale.ROOT));
      if (!e.source().isEmpty()) {
        map.put("source", e.source());
      }
      map.put("patterns", e.patterns());
      map.put("why", e.why());
      map.put("alternatives", e.alternatives());
      if (!e.negatable()) {
        map.put("negatable", false);
      }
      Map<String, Object> context = new LinkedHashMap<>();
      if (e.maxChildAge() != null) {
        context.put("maxChildAge", e.maxChildAge());
      }
      if (e.seriousUnderAge() != null) {
        context.put("seriousUnderAge", e.seriousUnderAge());
      }
      if (e.needsAdult()) {
        context.put("needsAdult", true);
      }
      if (e.notAfterCoercion()) {
        context.put("notAfterCoercion", true);
      }
      if (!context.isEmpty()) {
        map.put("context", context);
      }
      if (!e.enabled()) {
        map.put("enabled", false);
      }
      list.add(map);
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(100);
    return new Yaml(options).dump(Map.of("entries", list));
  }

  private static @Nullable String text(Map<?, ?> fields, String key) {
    Object value = fields.get(key);
    return value == null ? null : value.toString().trim();
  }

  private static String required(Map<?, ?> fields, String key, String id) {
    String value = text(fields, key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("Entry " + id + " has no " + key);
    }
    return value;
  }

  private static @Nullable Integer number(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }

  private static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item != null && !item.toString().isBlank()) {
          result.add(item.toString().trim());
        }
      }
    }
    return result;
  }
}

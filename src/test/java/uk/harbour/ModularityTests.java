package uk.harbour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  /** The committed module diagrams. */
  static final Path DIAGRAMS = Path.of("docs/modules");

  /** Set to {@code true} to rewrite {@link #DIAGRAMS} from the current modules. */
  static final String WRITE_PROPERTY = "harbour.writeModuleDiagrams";

  static final String REGENERATE =
      "./mvnw -B -q test -Dtest=ModularityTests -D" + WRITE_PROPERTY + "=true";

  private final ApplicationModules modules = ApplicationModules.of(HarbourApplication.class);

  @Test
  void moduleBoundariesHold() {
    modules.verify();
  }

  /**
   * The committed diagrams in docs/modules are what the current modules produce. A normal build
   * only compares; with {@code -Dharbour.writeModuleDiagrams=true} the test rewrites them (and
   * removes those of modules that no longer exist) instead.
   */
  @Test
  void committedModuleDiagramsAreCurrent() throws IOException {
    Map<String, List<String>> current = currentDiagrams();
    if (Boolean.getBoolean(WRITE_PROPERTY)) {
      write(current);
    }
    Set<String> stale = new TreeSet<>();
    for (Map.Entry<String, List<String>> diagram : current.entrySet()) {
      Path committed = DIAGRAMS.resolve(diagram.getKey());
      if (!Files.exists(committed) || !Files.readAllLines(committed).equals(diagram.getValue())) {
        stale.add(committed.toString());
      }
    }
    for (String name : committedNames()) {
      if (!current.containsKey(name)) {
        stale.add(DIAGRAMS.resolve(name) + " (no such module any more)");
      }
    }
    assertThat(stale)
        .as(
            "Module diagrams in %s differ from the current modules: %s%nRegenerate them with: %s",
            DIAGRAMS, stale, REGENERATE)
        .isEmpty();
  }

  /**
   * The diagrams the current modules produce, by file name. The documenter lists relations in no
   * fixed order, so they are sorted: an unchanged design gives unchanged diagrams.
   */
  private Map<String, List<String>> currentDiagrams() throws IOException {
    Path raw = Path.of("target/module-diagrams");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(raw.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    Map<String, List<String>> diagrams = new TreeMap<>();
    try (Stream<Path> files = Files.list(raw)) {
      for (Path file : files.filter(ModularityTests::isDiagram).toList()) {
        diagrams.put(file.getFileName().toString(), sortedRelations(Files.readAllLines(file)));
      }
    }
    return diagrams;
  }

  private static void write(Map<String, List<String>> diagrams) throws IOException {
    Files.createDirectories(DIAGRAMS);
    for (String name : committedNames()) {
      if (!diagrams.containsKey(name)) {
        Files.delete(DIAGRAMS.resolve(name));
      }
    }
    for (Map.Entry<String, List<String>> diagram : diagrams.entrySet()) {
      Files.write(DIAGRAMS.resolve(diagram.getKey()), diagram.getValue());
    }
  }

  private static Set<String> committedNames() throws IOException {
    if (!Files.isDirectory(DIAGRAMS)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(DIAGRAMS)) {
      return files
          .filter(ModularityTests::isDiagram)
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static boolean isDiagram(Path file) {
    return file.getFileName().toString().endsWith(".puml");
  }

  static List<String> sortedRelations(List<String> lines) {
    List<String> out = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("Rel(")) {
        relations.add(line);
        continue;
      }
      relations.sort(null);
      out.addAll(relations);
      relations.clear();
      out.add(line);
    }
    relations.sort(null);
    out.addAll(relations);
    return out;
  }
}

package uk.harbour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(HarbourApplication.class);

  @Test
  void moduleBoundariesHold() {
    modules.verify();
  }

  /**
   * Writes the module diagrams into docs/modules. The documenter lists relations in no fixed order,
   * so they are sorted: an unchanged design leaves the committed diagrams unchanged.
   */
  @Test
  void writesModuleDiagrams() throws IOException {
    Path raw = Path.of("target/module-diagrams");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(raw.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    Path docs = Files.createDirectories(Path.of("docs/modules"));
    try (Stream<Path> files = Files.list(raw)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        Files.write(docs.resolve(file.getFileName()), sortedRelations(Files.readAllLines(file)));
      }
    }
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

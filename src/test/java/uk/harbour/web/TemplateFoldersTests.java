package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Template and message folders mirror the modules: every template sits in the folder of the package
 * whose controllers render it ({@code templates/<module>/<page>.html}, {@code
 * templates/cases/plan/...} for a sub-module), and every message bundle is named after a module or
 * sub-module ({@code messages/<module>.properties}, {@code messages/cases/plan.properties}). The
 * shared layout, components and error pages belong to {@code web}.
 */
class TemplateFoldersTests {

  static final Path JAVA = Path.of("src/main/java/uk/harbour");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path MESSAGES = Path.of("src/main/resources/messages");
  static final List<String> WEB_FOLDERS = List.of("web/components", "web/error");

  @Test
  void everyTemplateFolderIsAModulePackage() throws IOException {
    assertThat(foldersOf(TEMPLATES, ".html"))
        .isNotEmpty()
        .allSatisfy(
            folder ->
                assertThat(WEB_FOLDERS.contains(folder) || Files.isDirectory(JAVA.resolve(folder)))
                    .as("templates/%s mirrors no package under uk.harbour", folder)
                    .isTrue())
        .contains("web", "intake", "cases/chronology", "accesscontrol/signin");
  }

  @Test
  void everyMessageBundleIsNamedAfterAModule() throws IOException {
    try (Stream<Path> files = Files.walk(MESSAGES)) {
      List<String> bundles =
          files
              .filter(f -> f.toString().endsWith(".properties"))
              .map(f -> MESSAGES.relativize(f).toString().replace('\\', '/'))
              .map(name -> name.substring(0, name.length() - ".properties".length()))
              .toList();
      assertThat(bundles)
          .isNotEmpty()
          .allSatisfy(
              bundle ->
                  assertThat(JAVA.resolve(bundle))
                      .as("messages/%s.properties is named after no module", bundle)
                      .isDirectory())
          .contains("web", "cases/plan");
    }
  }

  @Test
  void theLayoutComponentsAndErrorPagesBelongToWeb() {
    assertThat(TEMPLATES.resolve("web/layout.html")).isRegularFile();
    assertThat(TEMPLATES.resolve("web/components/error-summary.html")).isRegularFile();
    assertThat(TEMPLATES.resolve("web/error/404.html")).isRegularFile();
  }

  private static List<String> foldersOf(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(suffix))
          .map(f -> root.relativize(f.getParent()).toString().replace('\\', '/'))
          .distinct()
          .sorted()
          .toList();
    }
  }
}

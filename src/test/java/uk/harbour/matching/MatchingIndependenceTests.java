package uk.harbour.matching;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The matching engine is plain Java: nothing in {@code uk.harbour.matching} (the engine and the
 * {@code link} command) may use Spring, Jakarta or any other part of Harbour, so it runs alone in
 * batch jobs and any module can adapt it. The one exception is the {@code package-info} annotation
 * that tells Spring Modulith the package is a module; it is metadata and never loaded at run time.
 */
class MatchingIndependenceTests {

  private static final ImportOption MAIN_ONLY = new ImportOption.DoNotIncludeTests();

  @Test
  void matchingUsesNoSpringAndNoOtherHarbourModule() {
    JavaClasses matching =
        new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("uk.harbour.matching");

    assertThat(matching.size()).isGreaterThan(40);
    standsAlone("uk.harbour.matching").check(matching);
  }

  @Test
  void theRuleCatchesAModuleThatUsesSpringOrHarbour() {
    JavaClasses people =
        new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("uk.harbour.people");

    assertThat(standsAlone("uk.harbour.people").evaluate(people).getFailureReport().getDetails())
        .anyMatch(line -> line.contains("org.springframework"))
        .anyMatch(line -> line.contains("uk.harbour.shared"));
  }

  static ArchRule standsAlone(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat(
            resideInAnyPackage("org.springframework..", "jakarta..")
                .or(resideInAPackage("uk.harbour..").and(resideOutsideOfPackage(root + ".."))))
        .because("the matching engine is plain Java that any module or batch job can use");
  }
}

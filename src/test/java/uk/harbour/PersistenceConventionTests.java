package uk.harbour;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One persistence convention (docs/adr/021): SQL lives only in repositories, so no class but a
 * package-private one named {@code <Thing>Repository} holds a {@link JdbcClient}, {@link
 * JdbcTemplate} or {@link NamedParameterJdbcTemplate}. Services, controllers, policies and
 * listeners hold repositories.
 */
class PersistenceConventionTests {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("uk.harbour");

  static final ArchRule ONLY_REPOSITORIES_HOLD_SQL =
      noFields()
          .that()
          .haveRawType(JdbcClient.class)
          .or()
          .haveRawType(JdbcTemplate.class)
          .or()
          .haveRawType(NamedParameterJdbcTemplate.class)
          .should()
          .beDeclaredInClassesThat()
          .haveSimpleNameNotEndingWith("Repository")
          .orShould()
          .beDeclaredInClassesThat()
          .arePublic()
          .because("SQL lives only in package-private <Thing>Repository classes (docs/adr/021)");

  @Test
  void onlyRepositoriesHoldAJdbcClient() {
    ONLY_REPOSITORIES_HOLD_SQL.check(MAIN);
  }

  @Test
  void theRuleCatchesAServiceHoldingAJdbcClient() {
    JavaClasses offender = new ClassFileImporter().importClasses(HoldsAJdbcClient.class);

    assertThat(ONLY_REPOSITORIES_HOLD_SQL.evaluate(offender).hasViolation()).isTrue();
  }

  @Test
  void theRuleLetsARepositoryHoldOne() {
    JavaClasses repository = new ClassFileImporter().importClasses(SomethingRepository.class);

    assertThat(ONLY_REPOSITORIES_HOLD_SQL.evaluate(repository).hasViolation()).isFalse();
  }

  @SuppressWarnings("unused")
  private static final class HoldsAJdbcClient {
    private final JdbcClient jdbc = JdbcClient.create(new JdbcTemplate());
  }

  @Test
  void theRuleCatchesAPublicRepository() {
    JavaClasses open = new ClassFileImporter().importClasses(OpenRepository.class);

    assertThat(ONLY_REPOSITORIES_HOLD_SQL.evaluate(open).hasViolation()).isTrue();
  }

  @SuppressWarnings("unused")
  public static final class OpenRepository {
    private final JdbcClient jdbc = JdbcClient.create(new JdbcTemplate());
  }

  @SuppressWarnings("unused")
  private static final class SomethingRepository {
    private final NamedParameterJdbcTemplate jdbc =
        new NamedParameterJdbcTemplate(new JdbcTemplate());
  }
}

package uk.harbour.accesscontrol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADR 021 in accesscontrol and its nested modules: only package-private classes named {@code
 * <Thing>Repository} hold a {@link JdbcClient} (or a template or data source to query with); the
 * facades, services, controllers and filters hold repositories.
 */
class AccessControlPersistenceTests {

  @Test
  void onlyPackagePrivateRepositoriesHoldSql() {
    JavaClasses accesscontrol =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("uk.harbour.accesscontrol");

    assertThat(accesscontrol.size()).isGreaterThan(100);
    sqlOnlyInRepositories().check(accesscontrol);
  }

  static ArchRule sqlOnlyInRepositories() {
    return fields()
        .that()
        .haveRawType(JdbcClient.class)
        .or()
        .haveRawType(JdbcTemplate.class)
        .or()
        .haveRawType(NamedParameterJdbcTemplate.class)
        .or()
        .haveRawType(DataSource.class)
        .should()
        .beDeclaredInClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .andShould()
        .beDeclaredInClassesThat()
        .arePackagePrivate()
        .because("SQL lives only in package-private repositories (ADR 021)");
  }
}

package uk.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start-up check that Harbour's database role cannot change the audit trail, on the embedded
 * database: Harbour's own role passes; the owner role and the superuser, used as the application
 * role, fail it, and in {@code prod} that stops Harbour with one line pointing to the README.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRoleCheckIntegrationTests {

  @Autowired DataSource dataSource;

  @Value("${spring.datasource.url}")
  String url;

  @Value("${harbour.data-dir}")
  String dataDir;

  @Test
  void theApplicationRoleIsRestricted() {
    DatabaseRoleCheck.Verdict verdict = DatabaseRoleCheck.check(JdbcClient.create(dataSource));
    assertThat(verdict.role()).isEqualTo("harbour_app");
    assertThat(verdict.problems()).isEmpty();
  }

  @Test
  void theOwnerRoleAsTheApplicationRoleFails() {
    DatabaseRoleCheck.Verdict verdict =
        DatabaseRoleCheck.check(JdbcClient.create(as("harbour_owner")));
    assertThat(verdict.problems())
        .contains(
            "owns audit_event",
            "may INSERT, UPDATE, DELETE, TRUNCATE audit_event",
            "may INSERT, UPDATE, DELETE, TRUNCATE audit_checkpoint");
  }

  @Test
  void anApplicationRoleThatMayInsertAuditEventsItselfFails() {
    JdbcClient superuser = JdbcClient.create(as("postgres"));
    superuser
        .sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'harbour_inserter')"
                + " THEN CREATE ROLE harbour_inserter LOGIN PASSWORD 'harbour_inserter'; END IF;"
                + " END $$")
        .update();
    superuser.sql("GRANT INSERT ON audit_event, audit_checkpoint TO harbour_inserter").update();
    DatabaseRoleCheck.Verdict verdict =
        DatabaseRoleCheck.check(
            JdbcClient.create(
                new DriverManagerDataSource(url, "harbour_inserter", "harbour_inserter")));
    assertThat(verdict.problems())
        .containsExactly("may INSERT audit_event", "may INSERT audit_checkpoint");
  }

  @Test
  void theSuperuserFails() {
    DatabaseRoleCheck.Verdict verdict = DatabaseRoleCheck.check(JdbcClient.create(as("postgres")));
    assertThat(verdict.problems()).contains("is a superuser");
  }

  @Test
  void aMemberOfTheOwnerRoleFails() {
    JdbcClient owner = JdbcClient.create(as("postgres"));
    owner
        .sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'harbour_member')"
                + " THEN CREATE ROLE harbour_member LOGIN PASSWORD 'harbour_member'"
                + " IN ROLE harbour_owner; END IF; END $$")
        .update();
    DatabaseRoleCheck.Verdict verdict =
        DatabaseRoleCheck.check(
            JdbcClient.create(
                new DriverManagerDataSource(url, "harbour_member", "harbour_member")));
    assertThat(verdict.problems()).contains("is a member of audit_event's owner harbour_owner");
  }

  @Test
  void inProdAnUnsafeRoleStopsHarbourWithOneLine() {
    var env = new MockEnvironment();
    env.setActiveProfiles("prod");
    var check = new DatabaseRoleCheck(as("harbour_owner"), env);
    assertThatThrownBy(check::afterSingletonsInstantiated)
        .isInstanceOf(UnsafeDatabaseRoleException.class)
        .hasMessageContaining("Harbour will not start (prod): the database role harbour_owner owns")
        .hasMessageContaining("README.md")
        .hasMessageNotContaining("\n");
    var analysis =
        (OneLineFailureAnalysis)
            new UnsafeDatabaseRoleFailureAnalyzer()
                .analyze(new IllegalStateException(new UnsafeDatabaseRoleException("x y")));
    assertThat(analysis.line()).isEqualTo("x y");
  }

  @Test
  void onAnExternalDatabaseOutsideProdItIsAWarning(CapturedOutput output) {
    var check = new DatabaseRoleCheck(as("harbour_owner"), new MockEnvironment());
    check.afterSingletonsInstantiated();
    assertThat(output.getOut())
        .contains("Warning: the database role harbour_owner owns audit_event");
  }

  @Test
  void onTheEmbeddedDatabaseAnUnsafeRoleStopsHarbour() {
    var env = new MockEnvironment().withProperty("harbour.embedded-db.running-port", "1");
    var check = new DatabaseRoleCheck(as("harbour_owner"), env);
    assertThatThrownBy(check::afterSingletonsInstantiated)
        .isInstanceOf(UnsafeDatabaseRoleException.class);
  }

  private DataSource as(String role) {
    return new DriverManagerDataSource(url, role, TestDatabasePasswords.of(dataDir, role));
  }
}

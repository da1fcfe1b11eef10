package uk.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTests {

  private final MockEnvironment env =
      new MockEnvironment()
          .withProperty(
              "spring.datasource.url", "jdbc:postgresql://db.example:5432/harbour?password=secret");
  private final DatabaseUnreachableFailureAnalyzer analyzer =
      new DatabaseUnreachableFailureAnalyzer(env);

  @Test
  void namesTheUrlThatFailedWithoutItsParameters() {
    SQLException refused = new SQLException("Connection refused", "08001");
    FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("wrapped", refused));
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .contains("jdbc:postgresql://db.example:5432/harbour")
        .doesNotContain("secret");
  }

  @Test
  void leavesOtherDatabaseErrorsAlone() {
    SQLException syntax = new SQLException("syntax error", "42601");
    assertThat(analyzer.analyze(new IllegalStateException("wrapped", syntax))).isNull();
  }
}

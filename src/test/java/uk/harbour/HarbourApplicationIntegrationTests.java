package uk.harbour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class HarbourApplicationIntegrationTests {

  @Autowired JdbcClient jdbc;

  @Test
  void runsAsTheRestrictedApplicationRole() {
    String user = jdbc.sql("SELECT current_user").query(String.class).single();
    assertThat(user).isEqualTo("harbour_app");
  }
}

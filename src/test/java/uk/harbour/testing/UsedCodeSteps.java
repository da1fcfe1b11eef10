package uk.harbour.testing;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells {@link SignIn} about each test server: its port, its clock (the application's, which a test
 * may have replaced with a {@link MutableClock}), and how to sign the same user in again within one
 * 30-second step. Harbour refuses a second-factor code whose step was already used; tests that sign
 * the same demo user in many times would otherwise wait up to 30 seconds each time. It forgets only
 * the step of the user about to sign in, and tests of the replay rule itself submit a code twice,
 * so the rule stays tested.
 */
@Component
class UsedCodeSteps implements ApplicationListener<WebServerInitializedEvent> {

  private final ObjectProvider<JdbcClient> jdbc;
  private final Clock clock;

  UsedCodeSteps(ObjectProvider<JdbcClient> jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    JdbcClient client = jdbc.getIfAvailable();
    if (client != null) {
      SignIn.register(
          event.getWebServer().getPort(),
          new SignIn.Server(
              clock,
              username ->
                  client
                      .sql("UPDATE app_user SET totp_last_step = NULL WHERE username = ?")
                      .param(username)
                      .update()));
    }
  }
}

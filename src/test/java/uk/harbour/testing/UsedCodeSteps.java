package uk.harbour.testing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets {@link SignIn} sign the same user in again within one 30-second step. Harbour refuses a
 * second-factor code whose step was already used; tests that sign the same demo user in many times
 * would otherwise wait up to 30 seconds each time. Registered for each test server's port; it
 * forgets only the step of the user about to sign in, and tests of the replay rule itself submit
 * their codes directly, so the rule stays tested.
 */
@Component
class UsedCodeSteps implements ApplicationListener<WebServerInitializedEvent> {

  private final ObjectProvider<JdbcClient> jdbc;

  UsedCodeSteps(ObjectProvider<JdbcClient> jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    JdbcClient client = jdbc.getIfAvailable();
    if (client != null) {
      SignIn.forgetUsedStepsWith(
          event.getWebServer().getPort(),
          username ->
              client
                  .sql("UPDATE app_user SET totp_last_step = NULL WHERE username = ?")
                  .param(username)
                  .update());
    }
  }
}

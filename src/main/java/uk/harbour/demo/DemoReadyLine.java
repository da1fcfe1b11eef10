package uk.harbour.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.UserSummary;

/**
 * Once Harbour is ready to serve, one log line says where to open it and a demo sign-in to try
 * (only with the demo world, never in {@code prod}), so someone who has just typed the README's run
 * command knows what to do next.
 */
@Component
@ConditionalOnProperty(name = "harbour.demo.seed", havingValue = "true")
class DemoReadyLine implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(DemoReadyLine.class);

  /** The demo account the line suggests: a key worker with young people and cases. */
  static final String FIRST_SIGN_IN = "kw.jones";

  private final Directory directory;

  DemoReadyLine(Directory directory) {
    this.directory = directory;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    if (port == null) {
      return; // not serving (a command)
    }
    log.info(line(address(event.getApplicationContext().getEnvironment(), port)));
  }

  String line(String address) {
    boolean demoUser =
        directory.findUserByUsername(FIRST_SIGN_IN).map(UserSummary::active).orElse(false);
    if (!demoUser) {
      return "Harbour is ready at " + address;
    }
    String secret = DemoUsers.secretFor(FIRST_SIGN_IN);
    return "Harbour is ready at "
        + address
        + " : sign in as "
        + FIRST_SIGN_IN
        + " with password "
        + DemoUsers.PASSWORD
        + " and the code an authenticator app shows for the key "
        + secret
        + " (oathtool --totp -b "
        + secret
        + "); every demo sign-in is in the README";
  }

  static String address(Environment environment, String port) {
    String host = environment.getProperty("server.address", "localhost");
    if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    return "http://" + host + ":" + port + contextPath + "/";
  }
}

package uk.harbour.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Trusts {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies listed in
 * {@code harbour.trusted-proxies} ({@code HARBOUR_TRUSTED_PROXIES}: IP addresses separated by
 * commas). Tomcat on its own trusts every private and loopback address, so anyone on a council
 * network could forge the address the audit trail records and the public report's limit counts;
 * with nothing listed Harbour trusts no proxy and uses the connection's own address.
 */
class TrustedProxiesEnvironment implements EnvironmentPostProcessor {

  static final String PROPERTY = "harbour.trusted-proxies";

  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    String regex = regex(env.getProperty(PROPERTY, ""));
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "harbourTrustedProxies",
                Map.of(
                    "server.tomcat.remoteip.internal-proxies",
                    regex,
                    "server.tomcat.remoteip.trusted-proxies",
                    "")));
  }

  /** The addresses as one regular expression for Tomcat; empty (trust nobody) for none. */
  static String regex(String addresses) {
    List<String> quoted = new ArrayList<>();
    for (String raw : addresses.split(",")) {
      String address = raw.strip();
      if (address.isEmpty()) {
        continue;
      }
      if (!ADDRESS.matcher(address).matches()) {
        throw new IllegalStateException(
            "HARBOUR_TRUSTED_PROXIES must list IP addresses separated by commas; not: " + address);
      }
      quoted.add(Pattern.quote(address));
    }
    return String.join("|", quoted);
  }
}

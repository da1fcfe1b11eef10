package uk.harbour.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Security headers on what Tomcat answers itself. Tomcat refuses some requests before any filter
 * runs (a path that climbs out of the root such as {@code /%2e%2e/}, an encoded NUL, a bad Host
 * header, a request line with characters HTTP does not allow, {@code /WEB-INF/}) and answers them
 * with its own error page, which would otherwise carry none of Harbour's headers. A valve at the
 * front of Tomcat's engine sets them, exactly as {@link SecurityHeadersFilter} does, on every
 * request before Tomcat looks at it further; for requests that reach Harbour the filter sets them
 * again with the same nonce.
 */
class ContainerSecurityHeaders
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addEngineValves(new HeadersFirst());
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Sets the headers, then lets Tomcat carry on. */
  static final class HeadersFirst extends ValveBase {

    HeadersFirst() {
      super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
      SecurityHeadersFilter.apply(request, response);
      getNext().invoke(request, response);
    }
  }
}

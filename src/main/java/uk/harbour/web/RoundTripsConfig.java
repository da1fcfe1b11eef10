package uk.harbour.web;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts database round trips per request for the page benchmark when {@code
 * harbour.diagnostics.round-trips=true} ({@code HARBOUR_DIAGNOSTICS_ROUND_TRIPS}); absent
 * otherwise, so production pays nothing for it. See {@link DatabaseRoundTrips}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "harbour.diagnostics.round-trips", havingValue = "true")
class RoundTripsConfig {

  /** The driver property that makes every connection's socket count its turns. */
  static final String SOCKET_FACTORY = "socketFactory";

  @Bean
  static BeanPostProcessor countingSockets() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool) {
          pool.addDataSourceProperty(SOCKET_FACTORY, CountingSocketFactory.class.getName());
        }
        return bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<RoundTripsFilter> roundTripsFilter() {
    var registration = new FilterRegistrationBean<>(new RoundTripsFilter());
    registration.setOrder(Integer.MIN_VALUE);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}

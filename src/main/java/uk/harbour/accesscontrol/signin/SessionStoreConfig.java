package uk.harbour.accesscontrol.signin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@link SessionStore} in front of the PostgreSQL session store Spring Boot configures: its
 * work runs in {@link SessionTransactions}, the store the session filter and {@link UserSessions}
 * use is the {@link SessionStore}, and a filter just outside the session filter bounds what the
 * store remembers to one request.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

  @Bean
  static BeanPostProcessor harbourSessionStore(
      ObjectProvider<PlatformTransactionManager> transactionManager,
      ObjectProvider<SessionTouches> touches,
      @Value("${harbour.session.idle-timeout}") Duration idleTimeout) {
    SessionTransactions transactions =
        new SessionTransactions(
            () -> {
              TransactionTemplate template =
                  new TransactionTemplate(transactionManager.getObject());
              template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
              return template;
            });
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof JdbcHttpSessionConfiguration configuration) {
          configuration.setTransactionOperations(transactions);
        }
        return bean;
      }

      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof FindByIndexNameSessionRepository<?> store
            && !(bean instanceof SessionStore)) {
          return new SessionStore(
              store, transactions, idleTimeout, (id, when) -> touches.getObject().touch(id, when));
        }
        return bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<Filter> sessionStoreRequestBounds() {
    Filter bounds =
        (request, response, chain) -> {
          SessionStore.startRequest();
          try {
            chain.doFilter(request, response);
          } finally {
            SessionStore.endRequest();
          }
        };
    var registration = new FilterRegistrationBean<>(bounds);
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}

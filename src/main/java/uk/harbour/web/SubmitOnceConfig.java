package uk.harbour.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Requests at the same moment in one session (a double-click, two tabs): every posting form carries
 * a token ({@link FormTokens}) and runs its handler once ({@link SubmitOnce}); and Spring Session
 * writes a new session attribute as an upsert, so two requests adding the same attribute at once
 * (both leaving a "saved" message, a flash attribute) no longer collide on its primary key. See
 * docs/adr/014-idempotent-form-submission.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SubmitOnceConfig implements WebMvcConfigurer {

  /** The bean Spring's tag libraries and Thymeleaf ask for a form's extra hidden fields. */
  static final String PROCESSOR = "requestDataValueProcessor";

  private final ObjectProvider<SubmittedFormRepository> forms;

  SubmitOnceConfig(ObjectProvider<SubmittedFormRepository> forms) {
    this.forms = forms;
  }

  /** Slice tests have no database, and so no record of tokens: forms then run as before. */
  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    SubmittedFormRepository submitted = forms.getIfAvailable();
    if (submitted != null) {
      registry.addInterceptor(new SubmitOnce(submitted));
    }
  }

  /** Wraps Spring Security's processor (which adds the CSRF token) to add the form token. */
  @Bean
  static BeanPostProcessor formTokenFields() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (PROCESSOR.equals(name)
            && bean instanceof RequestDataValueProcessor processor
            && !(bean instanceof FormTokens)) {
          return new FormTokens(processor);
        }
        return bean;
      }
    };
  }

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsUpserts() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }
}

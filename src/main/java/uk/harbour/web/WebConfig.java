package uk.harbour.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.shared.DisplayDates;

/**
 * Static files and the filters every response passes through.
 *
 * <p>Our CSS and JavaScript and GOV.UK Frontend's CSS and JavaScript are served with a content hash
 * in the URL ({@code @{/css/harbour.css}} becomes {@code /css/harbour-<md5>.css}) and cached for a
 * year. GOV.UK Frontend's fonts and images are at {@code /assets/**}, where its CSS expects them,
 * and cached for a day.
 *
 * <p>Every bean the web module's controller advice needs is declared here, because {@code
 * WebMvcTest} slices pick up {@code WebMvcConfigurer}s but not plain components. So are the checks
 * on what people send: characters Harbour refuses ({@link StorableTextFilter}, {@link
 * FormBinding}), "Error: " in the titles of pages with errors ({@link ErrorTitle}), message keys
 * the bundles lack ({@link MissingMessageKeys}) and headers on Tomcat's own answers ({@link
 * ContainerSecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionTimeoutProperties.class)
class WebConfig implements WebMvcConfigurer {

  private static final CacheControl HASHED =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
  private static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String dist = GovukFrontend.distLocation();
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(dist + "assets/")
        .setCacheControl(PLAIN);
    registry
        .addResourceHandler("/images/**")
        .addResourceLocations("classpath:/static/images/")
        .setCacheControl(PLAIN);
    hashed(registry, "/govuk-frontend/**", dist);
    hashed(registry, "/css/**", "classpath:/static/css/");
    hashed(registry, "/js/**", "classpath:/static/js/");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ErrorTitle());
  }

  private static void hashed(ResourceHandlerRegistry registry, String pattern, String location) {
    registry
        .addResourceHandler(pattern)
        .addResourceLocations(location)
        .setCacheControl(HASHED)
        .resourceChain(true)
        .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
  }

  @Bean
  LayoutModel layoutModel(
      ObjectProvider<CurrentUser> currentUser,
      SessionTimeoutProperties timeout,
      ObjectProvider<DisplayDates> dates,
      ObjectProvider<Notifications> notifications) {
    return new LayoutModel(
        currentUser.getIfAvailable(CurrentUser::new),
        timeout,
        dates.getIfAvailable(DisplayDates::new),
        () -> {
          Notifications source = notifications.getIfAvailable();
          return source == null ? 0 : source.unreadCount();
        });
  }

  @Bean
  ErrorViewResolver errorViewResolver(LayoutModel layout) {
    return new ErrorViews(layout);
  }

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC);
    return registration;
  }

  /**
   * Takes characters Harbour refuses out of request parameters before anything reads them (Spring
   * Security included), naming the parameters changed for {@link FormBinding}.
   */
  @Bean
  FilterRegistrationBean<StorableTextFilter> storableTextFilter() {
    var registration = new FilterRegistrationBean<>(new StorableTextFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  FormBinding formBinding(ObjectProvider<PlatformTransactionManager> transactions) {
    return new FormBinding(transactions);
  }

  @Bean
  ContainerSecurityHeaders containerSecurityHeaders() {
    return new ContainerSecurityHeaders();
  }

  /** Thymeleaf's message resolver, noticing missing keys ({@link MissingMessageKeys}). */
  @Bean
  static BeanPostProcessor missingMessageKeys(
      ObjectProvider<MessageSource> messages, Environment environment) {
    boolean fail =
        environment.getProperty("harbour.messages.fail-when-missing", Boolean.class, false);
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringTemplateEngine engine) {
          engine.setMessageResolver(new MissingMessageKeys(messages.getObject(), fail));
        }
        return bean;
      }
    };
  }

  /**
   * Rewrites links to static files in templates to their content-hashed URLs. It must run inside
   * Spring Security's filter (order -100), whose DisableEncodeUrlFilter stops URL rewriting for
   * everything outside it.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setOrder(0);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }
}

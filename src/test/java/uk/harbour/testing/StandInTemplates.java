package uk.harbour.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * A last-resort template resolver for tests: it serves src/test/resources/stand-in-templates only
 * when the application's own templates have no template of that name. It lets pages render in tests
 * before the web module's layout and components are merged, and does nothing once they are.
 */
@Configuration(proxyBeanMethods = false)
class StandInTemplates {

  @Bean
  ITemplateResolver standInTemplateResolver(ApplicationContext context) {
    SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
    resolver.setApplicationContext(context);
    resolver.setPrefix("classpath:/stand-in-templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(Integer.MAX_VALUE);
    return resolver;
  }
}

package uk.harbour.cases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Gives the case pages whose textareas are checked live ({@code languageCheck=true}) the child's
 * age from their record, as the model attribute {@code languageChildAge} that the textarea
 * component passes to the live check. Only those pages, so other case pages do not read the child
 * record for nothing.
 */
@Configuration
class CaseLanguagePages implements HandlerInterceptor, WebMvcConfigurer {

  static final Set<String> CHECKED_PAGES =
      Set.of(
          "cases/assessment/form",
          "cases/assessment/overview",
          "cases/plan/review-form",
          "cases/plan/action-form",
          "cases/plan/form",
          "cases/chronology/entry",
          "cases/youngperson/form",
          "cases/status");

  private final ObjectProvider<CaseLanguage> language;

  CaseLanguagePages(ObjectProvider<CaseLanguage> language) {
    this.language = language;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/cases/**");
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
    if (view == null
        || !CHECKED_PAGES.contains(view.getViewName())
        || view.getModel().containsKey("languageChildAge")
        || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables)
        || !(variables.get("caseId") instanceof String caseId)) {
      return;
    }
    CaseLanguage caseLanguage = language.getIfAvailable();
    if (caseLanguage == null) {
      return;
    }
    try {
      view.getModel().put("languageChildAge", caseLanguage.childAge(CaseId.parse(caseId)));
    } catch (IllegalArgumentException | RecordNotFoundException e) {
      // The page itself has already dealt with the case; no age, no harm.
    }
  }
}

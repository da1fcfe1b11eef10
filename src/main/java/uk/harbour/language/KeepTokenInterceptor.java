package uk.harbour.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Just before any page that shows the language guide's findings (model attribute {@code
 * languageFindings}) is rendered, gives each finding its "Keep as written" token for this session
 * ({@link KeepTokens}). Pages need not do anything for it.
 */
@Configuration
class KeepTokenInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
    if (view == null || !(view.getModel().get("languageFindings") instanceof List<?> groups)) {
      return;
    }
    Object back = view.getModel().get("languageBack");
    String page = back instanceof String b ? b : request.getRequestURI();
    List<Object> withTokens = new ArrayList<>();
    for (Object group : groups) {
      if (group instanceof FieldFindings f) {
        List<String> issued = new ArrayList<>();
        for (Finding finding : f.findings()) {
          issued.add(KeepTokens.issue(request.getSession(), finding.entryId(), f.field(), page));
        }
        withTokens.add(f.withKeepTokens(issued));
      } else {
        withTokens.add(group);
      }
    }
    view.getModel().put("languageFindings", withTokens);
  }
}

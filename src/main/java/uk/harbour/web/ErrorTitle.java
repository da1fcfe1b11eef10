package uk.harbour.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the layout to start the page's title with "Error: " (GOV.UK's pattern, so screen reader
 * users hear it first): model attribute {@value #ATTRIBUTE}. Set for error pages ({@link
 * ErrorViews}) and, just before any controller's page is rendered, when the page answers with an
 * error status or any form on it has errors, whatever the form is called.
 */
class ErrorTitle implements HandlerInterceptor {

  static final String ATTRIBUTE = "pageHasErrors";

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable ModelAndView page) {
    if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
      return;
    }
    boolean errors =
        response.getStatus() >= 400
            || (page.getStatus() != null && page.getStatus().isError())
            || page.getModel().values().stream()
                .anyMatch(v -> v instanceof BindingResult result && result.hasErrors());
    if (errors) {
      page.addObject(ATTRIBUTE, true);
    }
  }
}

package uk.harbour.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page rendered by a controller what the layout needs (see {@link LayoutModel}). */
@ControllerAdvice
class LayoutAdvice {

  private final LayoutModel layout;

  LayoutAdvice(LayoutModel layout) {
    this.layout = layout;
  }

  @ModelAttribute
  void addLayoutAttributes(Model model, HttpServletRequest request) {
    model.addAllAttributes(layout.attributes(request));
  }
}

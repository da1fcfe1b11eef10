package uk.harbour.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.shared.DisplayDates;

/**
 * The model attributes templates/web/layout.html needs on every page, including error pages:
 *
 * <ul>
 *   <li>{@code currentUser}: the signed-in {@link HarbourUser}, or null when signed out
 *   <li>{@code serviceNavigation}: the {@link NavItem}s for that user, empty when signed out
 *   <li>{@code sessionTimeout}: the idle-timeout settings for the warning
 * </ul>
 *
 * <p>Declared in {@link WebConfig} so that {@code @WebMvcTest} slices get it too.
 */
class LayoutModel {

  private final CurrentUser currentUser;
  private final SessionTimeoutProperties sessionTimeout;
  private final DisplayDates dates;
  private final IntSupplier unread;

  /**
   * @param unread how many unread notifications the signed-in user has
   */
  LayoutModel(
      CurrentUser currentUser,
      SessionTimeoutProperties sessionTimeout,
      DisplayDates dates,
      IntSupplier unread) {
    this.unread = unread;
    this.currentUser = currentUser;
    this.sessionTimeout = sessionTimeout;
    this.dates = dates;
  }

  Map<String, Object> attributes(HttpServletRequest request) {
    Map<String, Object> model = new HashMap<>();
    HarbourUser user = currentUser.get().orElse(null);
    model.put("currentUser", user);
    model.put(
        "serviceNavigation", user == null ? List.of() : Navigation.itemsFor(user, path(request)));
    model.put("sessionTimeout", sessionTimeout);
    model.put("dates", dates);
    model.put("unreadNotifications", user == null ? 0 : unread.getAsInt());
    return model;
  }

  /** The path the user asked for; on an error dispatch, the original one. */
  private static String path(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String s ? s : request.getRequestURI();
    return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
  }
}

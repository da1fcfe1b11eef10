package uk.harbour.web;

import org.jspecify.annotations.Nullable;

/**
 * One link in the service navigation.
 *
 * @param key the message key suffix: the link text is {@code web.nav.<key>}
 * @param href the application-relative path
 * @param current whether the page being shown is this item or inside its section
 * @param exact whether the page being shown is exactly this item (aria-current="page")
 */
record NavItem(String key, String href, boolean current, boolean exact) {

  public @Nullable String ariaCurrent() {
    if (!current) {
      return null;
    }
    return exact ? "page" : "true";
  }
}

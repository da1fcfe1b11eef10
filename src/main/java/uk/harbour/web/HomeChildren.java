package uk.harbour.web;

import java.util.List;

/**
 * Supplies the "children you work with" list on the home page. The module that holds children
 * implements it, so the web module needs to know nothing about them.
 */
public interface HomeChildren {

  /** A child on the home page list: the name to show and the path to their record. */
  record ChildLink(String name, String href) {}

  /** The signed-in user's children, only those they may see. */
  List<ChildLink> forCurrentUser();
}

package uk.harbour.language;

import java.util.List;

/** The built-in guide's matcher, and the ids of the entries it finds in a sentence. */
final class BuiltInGuide {

  static final GuideMatcher MATCHER = GuideMatcher.builtIn();

  private BuiltInGuide() {}

  static List<String> ids(String text) {
    return ids(text, TextContext.none());
  }

  static List<String> ids(String text, TextContext context) {
    return MATCHER.check(text, context).stream().map(Finding::entryId).toList();
  }
}

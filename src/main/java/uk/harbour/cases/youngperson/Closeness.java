package uk.harbour.cases.youngperson;

/** How the young person describes the relationship; drawn as a line style with a word. */
enum Closeness {
  STRONG,
  SOME,
  STRAINED,
  UNSURE;

  /** The SVG stroke-dasharray for the eco-map line (solid for strong). */
  public String dash() {
    return switch (this) {
      case STRONG -> "none";
      case SOME -> "8 4";
      case STRAINED -> "2 4";
      case UNSURE -> "12 4 2 4";
    };
  }

  public int width() {
    return this == STRONG ? 4 : 2;
  }
}

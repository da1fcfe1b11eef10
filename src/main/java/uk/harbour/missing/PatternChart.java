package uk.harbour.missing;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart of a child's missing pattern, laid out as plain numbers for the template to draw as an
 * SVG: a horizontal bar for each category, each labelled with its name and its count in words and
 * figures (never colour alone), with a title and a description for assistive technology ({@code
 * role="img"}), and the same categories for the data table that follows each chart. No template
 * arithmetic and no markup is built here: the template places the numbers.
 *
 * @param id the id the SVG's title and description hang on (unique on the page)
 * @param title what the chart shows
 * @param description a summary in words (how many in all, and where most fall)
 * @param categoryHeading the table's first column heading
 * @param valueHeading the table's count column heading
 * @param bars the categories in order, with their geometry
 * @param total the sum of the counts
 */
record PatternChart(
    String id,
    String title,
    String description,
    String categoryHeading,
    String valueHeading,
    List<Bar> bars,
    long total) {

  /** Width of the drawing, in SVG units. */
  static final int WIDTH = 640;

  /** Room on the left for category names. */
  static final int LABEL_WIDTH = 230;

  /** The longest bar; the largest count fills it. */
  static final int BAR_SPACE = 340;

  static final int ROW_HEIGHT = 30;
  static final int BAR_HEIGHT = 18;
  static final int PADDING = 8;

  /**
   * Longer category names are shortened in the drawing, with an ellipsis; the table has them in
   * full.
   */
  static final int LABEL_CHARACTERS = 30;

  /** One category of a chart, before layout. */
  record Category(String label, long value) {
    Category {
      if (value < 0) {
        throw new IllegalArgumentException("a count cannot be negative");
      }
    }
  }

  /**
   * One bar, laid out.
   *
   * @param label the category's full name (the table, and the bar's own title)
   * @param shortLabel the name as the drawing shows it
   * @param value the count
   * @param y the top of the bar
   * @param width the bar's length (0 for a zero count)
   * @param textY where the row's text sits
   * @param valueX where the count is written, just past the bar's end
   */
  record Bar(
      String label, String shortLabel, long value, int y, int width, int textY, int valueX) {}

  /** Lays the categories out, longest bar for the largest count. */
  static PatternChart of(
      String id,
      String title,
      String description,
      String categoryHeading,
      String valueHeading,
      List<Category> categories) {
    long max = categories.stream().mapToLong(Category::value).max().orElse(0);
    long total = categories.stream().mapToLong(Category::value).sum();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      int y = PADDING + i * ROW_HEIGHT;
      int width = max == 0 ? 0 : (int) Math.round((double) c.value() * BAR_SPACE / max);
      if (c.value() > 0 && width < 2) {
        width = 2;
      }
      bars.add(
          new Bar(
              c.label(),
              shorten(c.label()),
              c.value(),
              y,
              width,
              y + BAR_HEIGHT - 4,
              LABEL_WIDTH + width + 6));
    }
    return new PatternChart(id, title, description, categoryHeading, valueHeading, bars, total);
  }

  /** The drawing's height: a row for each bar, and padding above and below. */
  public int height() {
    return bars.size() * ROW_HEIGHT + 2 * PADDING;
  }

  public int width() {
    return WIDTH;
  }

  /** Where bars start (just right of the category names). */
  public int barX() {
    return LABEL_WIDTH;
  }

  /** Where category names end (they are right-aligned against the bars). */
  public int labelX() {
    return LABEL_WIDTH - 8;
  }

  public int barHeight() {
    return BAR_HEIGHT;
  }

  /** Whether there is anything to draw (a chart of nothing but zeros is not drawn). */
  public boolean empty() {
    return total == 0;
  }

  public String titleId() {
    return id + "-title";
  }

  public String descriptionId() {
    return id + "-desc";
  }

  static String shorten(String label) {
    if (label.codePointCount(0, label.length()) <= LABEL_CHARACTERS) {
      return label;
    }
    int end = label.offsetByCodePoints(0, LABEL_CHARACTERS - 1);
    return label.substring(0, end).stripTrailing() + "\u2026";
  }
}

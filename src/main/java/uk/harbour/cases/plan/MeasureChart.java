package uk.harbour.cases.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where to draw one progress measure's recordings on a server-rendered SVG line chart. The same
 * figures are always shown in a table beside it, which is the chart's text alternative.
 */
record MeasureChart(
    UUID id, String name, List<Dot> dots, String polyline, int top, Measure measure) {

  static final int WIDTH = 600;
  static final int HEIGHT = 220;
  static final int LEFT = 50;
  static final int RIGHT = 20;
  static final int TOP = 20;
  static final int BOTTOM = 40;

  /** A recording's position and the value written beside it. */
  record Dot(int x, int y, int value, Measure.Point point) {}

  static MeasureChart of(Measure measure) {
    List<Measure.Point> points = measure.points();
    int top = Math.max(1, points.stream().mapToInt(Measure.Point::value).max().orElse(1));
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    List<Dot> dots = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      int x = LEFT + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
      int y = TOP + plotHeight - points.get(i).value() * plotHeight / top;
      dots.add(new Dot(x, y, points.get(i).value(), points.get(i)));
      line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
    }
    return new MeasureChart(measure.id(), measure.name(), dots, line.toString(), top, measure);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int axisY() {
    return HEIGHT - BOTTOM;
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  public int labelY() {
    return HEIGHT - BOTTOM + 20;
  }
}

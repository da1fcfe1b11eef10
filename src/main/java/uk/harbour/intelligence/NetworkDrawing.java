package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A network laid out for a server-drawn SVG: the start on the left, the first step in a column to
 * its right, the second step in a column beyond, each column in the order the list shows. The same
 * nodes and links are in the table beside it, which is the accessible alternative.
 */
record NetworkDrawing(int width, int height, List<Point> points, List<Line> lines) {

  static final int COLUMN = 260;
  static final int ROW = 56;
  static final int MARGIN = 30;

  /** A node at its place, with the words to show (null for a child the viewer cannot see). */
  record Point(Network.Node node, int x, int y) {}

  /** A link between two placed nodes. */
  record Line(int x1, int y1, int x2, int y2) {}

  static NetworkDrawing of(Network.Graph graph) {
    Map<UUID, Point> placed = new HashMap<>();
    int[] rows = new int[3];
    List<Point> points = new ArrayList<>();
    for (Network.Node node : graph.nodes()) {
      int column = Math.min(node.step(), 2);
      Point point = new Point(node, MARGIN + column * COLUMN, MARGIN + rows[column]++ * ROW);
      placed.put(node.id(), point);
      points.add(point);
    }
    List<Line> lines = new ArrayList<>();
    java.util.Set<String> drawn = new java.util.HashSet<>();
    for (Network.Edge edge : graph.links()) {
      Point a = placed.get(edge.from());
      Point b = placed.get(edge.to());
      if (a != null && b != null && drawn.add(edge.from() + ">" + edge.to())) {
        lines.add(new Line(a.x(), a.y(), b.x(), b.y()));
      }
    }
    int tallest = Math.max(1, Math.max(rows[0], Math.max(rows[1], rows[2])));
    return new NetworkDrawing(
        2 * MARGIN + 2 * COLUMN + 200, 2 * MARGIN + tallest * ROW, points, lines);
  }
}

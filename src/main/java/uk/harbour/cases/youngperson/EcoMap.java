package uk.harbour.cases.youngperson;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each person goes on the eco-map: the young person in the middle, everyone else evenly
 * around them, joined by a line whose style (with a word, never colour alone) says how the young
 * person describes the relationship. Persons of concern are drawn as squares with a dotted line.
 */
final class EcoMap {

  static final int WIDTH = 720;
  static final int HEIGHT = 480;
  static final int CENTRE_X = WIDTH / 2;
  static final int CENTRE_Y = HEIGHT / 2;
  static final int RADIUS = 180;

  /**
   * One person on the map.
   *
   * @param kindKey the message key suffix for who they are (for example {@code FAMILY})
   * @param closenessKey the message key suffix for the line (for example {@code STRONG})
   */
  record Node(
      String name,
      String kindKey,
      String closenessKey,
      String dash,
      int lineWidth,
      boolean concern,
      int x,
      int y,
      int labelY) {}

  private EcoMap() {}

  static List<Node> layout(
      List<Records.Relationship> relationships, List<Records.PersonOfConcern> persons) {
    int total = relationships.size() + persons.size();
    List<Node> nodes = new ArrayList<>();
    int i = 0;
    for (Records.Relationship r : relationships) {
      nodes.add(
          node(
              r.name(),
              r.kind().name(),
              r.closeness().name(),
              r.closeness().dash(),
              r.closeness().width(),
              false,
              i++,
              total));
    }
    for (Records.PersonOfConcern p : persons) {
      nodes.add(node(p.name(), "PERSON_OF_CONCERN", "CONCERN", "2 6", 3, true, i++, total));
    }
    return nodes;
  }

  private static Node node(
      String name,
      String kind,
      String closeness,
      String dash,
      int width,
      boolean concern,
      int index,
      int total) {
    double angle = -Math.PI / 2 + 2 * Math.PI * index / Math.max(total, 1);
    int x = CENTRE_X + (int) Math.round(RADIUS * 1.5 * Math.cos(angle));
    int y = CENTRE_Y + (int) Math.round(RADIUS * Math.sin(angle));
    int labelY = y + (y < CENTRE_Y ? -34 : 44);
    return new Node(name, kind, closeness, dash, width, concern, x, y, labelY);
  }
}

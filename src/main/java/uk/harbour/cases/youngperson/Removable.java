package uk.harbour.cases.youngperson;

import java.util.Optional;

/**
 * What can be removed from the young person's page, with a reason: relationships, linked children
 * and persons of concern. Nothing is deleted; the row is marked removed.
 *
 * @param path the part of the address naming it ({@code /young-person/relationships/{id}/remove})
 * @param table the table holding it
 * @param label the column that names it in the chronology
 */
enum Removable {
  RELATIONSHIP("relationships", "young_person_relationship", "name"),
  LINKED_CHILD("linked-children", "linked_child", "linked_reference"),
  PERSON_OF_CONCERN("persons-of-concern", "person_of_concern", "name");

  private final String path;
  private final String table;
  private final String label;

  Removable(String path, String table, String label) {
    this.path = path;
    this.table = table;
    this.label = label;
  }

  String path() {
    return path;
  }

  String table() {
    return table;
  }

  String label() {
    return label;
  }

  static Optional<Removable> ofPath(String path) {
    for (Removable r : values()) {
      if (r.path.equals(path)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

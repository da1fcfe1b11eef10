package uk.harbour.cases.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A progress measure chosen for this plan and what has been recorded against it, oldest first. */
public record Measure(UUID id, String name, List<Point> points) {

  public Measure {
    points = List.copyOf(points);
  }

  /** One recording. */
  public record Point(LocalDate recordedOn, int value, String note, String recordedByName) {}
}

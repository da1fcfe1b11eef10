package uk.harbour.cases.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.missing.MissingWork;
import uk.harbour.people.ChildRecord;
import uk.harbour.shared.DisplayDates;

/**
 * The missing module's part of the work lists: the team's children missing or away now, and their
 * return interviews overdue (read through the missing module's facade, within the access policy).
 */
@Component
class MissingSections {

  private final MissingWork work;

  MissingSections(MissingWork work) {
    this.work = work;
  }

  /** What was read, before the children are named. */
  record Read(MissingWork.Found open, MissingWork.Found overdue) {}

  Read read(MissingWork.Scope scope, int limit) {
    return new Read(work.openEpisodes(scope, limit), work.overdueInterviews(scope, limit));
  }

  /** Notes the children these lists show, for naming and the audit. */
  static void collect(ShownChildren.Collector collected, Read read) {
    read.open().items().forEach(i -> collected.add(i.child().value(), "missing or away now"));
    read.overdue()
        .items()
        .forEach(i -> collected.add(i.child().value(), "return interview overdue"));
  }

  static List<ShownChildren.Section> sections(Read read, Map<UUID, ChildRecord> named) {
    return List.of(
        section("missingOpen", read.open(), named, false),
        section("missingOverdue", read.overdue(), named, true));
  }

  private static ShownChildren.Section section(
      String key, MissingWork.Found found, Map<UUID, ChildRecord> named, boolean overdue) {
    List<ShownChildren.Due> lines =
        found.items().stream()
            .filter(i -> named.containsKey(i.child().value()))
            .map(
                i ->
                    new ShownChildren.Due(
                        named.get(i.child().value()).fullName(),
                        named.get(i.child().value()).reference(),
                        "",
                        null,
                        LocalDate.ofInstant(i.at(), DisplayDates.ZONE),
                        overdue,
                        i.href(),
                        false,
                        null))
            .toList();
    return new ShownChildren.Section(key, lines, found.total());
  }
}

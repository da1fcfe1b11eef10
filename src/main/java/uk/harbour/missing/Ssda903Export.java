package uk.harbour.missing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;

/**
 * The SSDA903 "Missing" table of a collection year: checked, then exported as CSV. Team managers
 * and data protection officers run it (the security rule); each check is audited as a view of the
 * rows and each export as an export with its row count and the children in it.
 */
@Service
class Ssda903Export {

  /** The columns of the return's "Missing" table, as the 903 validator reads them. */
  static final List<String> COLUMNS = List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");

  /** The return interview columns of the children's services data model (MISS006A, MISS007A). */
  static final List<String> RHI_COLUMNS = List.of("MIS_RHI_OFFERED", "MIS_RHI_ACCEPTED");

  static final String RECORD_TYPE = "ssda903 missing";

  private final Ssda903Repository repository;
  private final AccessPolicy policy;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Ssda903Export(
      Ssda903Repository repository,
      AccessPolicy policy,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.policy = policy;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A year's rows and what the checks found.
   *
   * @param linkable the episodes whose child this user may see, which the findings link to
   */
  record Checked(
      Ssda903Year year,
      List<Ssda903Row> rows,
      List<Ssda903Validator.Finding> findings,
      Set<EpisodeId> linkable) {

    public boolean blocked() {
      return Ssda903Validator.blocking(findings);
    }

    public long errors() {
      return findings.stream().filter(f -> f.severity() == Ssda903Validator.Severity.ERROR).count();
    }

    public long queries() {
      return findings.size() - errors();
    }
  }

  Ssda903Year currentYear() {
    return Ssda903Year.of(LocalDate.now(clock.withZone(DisplayDates.ZONE)));
  }

  /** The years offered: this one and the four before it. */
  List<Ssda903Year> years() {
    int now = currentYear().startYear();
    return java.util.stream.IntStream.rangeClosed(0, 4)
        .mapToObj(i -> new Ssda903Year(now - i))
        .toList();
  }

  /** The year's rows, checked; audited as a view of the rows. */
  @Transactional
  Checked check(Ssda903Year year) {
    Checked checked = read(year);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, null)
            .withDetail(
                "ssda903 missing check "
                    + year.label()
                    + ", rows "
                    + checked.rows().size()
                    + ", errors "
                    + checked.errors()
                    + ", queries "
                    + checked.queries())
            .withChildren(children(checked.rows())));
    return checked;
  }

  /**
   * The year's rows for the CSV, if the checks find no error (otherwise the checked rows, which the
   * page shows); audited as an export with the row count when exported.
   */
  @Transactional
  Checked export(Ssda903Year year, boolean withReturnInterviews) {
    Checked checked = read(year);
    if (!checked.blocked()) {
      events.publishEvent(
          Audited.succeeded(AuditAction.EXPORT, RECORD_TYPE, null)
              .withDetail(
                  "ssda903 missing "
                      + year.label()
                      + (withReturnInterviews ? " with return interviews" : "")
                      + ", rows "
                      + checked.rows().size())
              .withChildren(children(checked.rows())));
    }
    return checked;
  }

  private Checked read(Ssda903Year year) {
    List<Ssda903Row> rows = repository.rows(year, DisplayDates.ZONE);
    List<Ssda903Validator.Finding> findings = Ssda903Validator.check(rows, year);
    Set<EpisodeId> linkable =
        findings.stream()
            .map(Ssda903Validator.Finding::row)
            .filter(r -> policy.maySeeChild(r.child()))
            .map(Ssda903Row::episode)
            .collect(Collectors.toSet());
    return new Checked(year, rows, findings, linkable);
  }

  private static List<ChildId> children(List<Ssda903Row> rows) {
    return rows.stream().map(Ssda903Row::child).distinct().toList();
  }

  /** The CSV text: a header, then one line per row; dates as dd/mm/yyyy as the return has them. */
  static String csv(List<Ssda903Row> rows, boolean withReturnInterviews) {
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    StringBuilder out = new StringBuilder();
    List<String> header = new java.util.ArrayList<>(COLUMNS);
    if (withReturnInterviews) {
      header.addAll(RHI_COLUMNS);
    }
    out.append(String.join(",", header)).append("\r\n");
    for (Ssda903Row r : rows) {
      List<String> cells = new java.util.ArrayList<>();
      cells.add(cell(r.childIdentifier()));
      cells.add(r.dateOfBirth() == null ? "" : day.format(r.dateOfBirth()));
      cells.add(cell(r.missing()));
      cells.add(r.start() == null ? "" : day.format(r.start()));
      cells.add(r.end() == null ? "" : day.format(r.end()));
      if (withReturnInterviews) {
        cells.add(r.rhiOffered() == null ? "" : cell(r.rhiOffered()));
        cells.add(r.rhiAccepted() == null ? "" : cell(r.rhiAccepted()));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  /** A cell quoted when it holds a comma, quote or line break, and never read as a formula. */
  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}

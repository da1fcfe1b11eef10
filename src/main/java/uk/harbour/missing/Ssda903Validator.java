package uk.harbour.missing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the SSDA903 "Missing" rows before they are exported, with the rules of the Department for
 * Education's return as the data-to-insight 903 validator implements them (its rule numbers in
 * brackets), plus the return interview fields of the children's services data model. An error stops
 * the export until the episode is corrected; a query is shown but does not stop it.
 */
final class Ssda903Validator {

  static final Set<String> MISSING_CODES = Set.of("M", "A");
  static final Set<String> RHI_CODES = Set.of("Y", "N", "NA");

  /** How serious a finding is, as the return names them. */
  enum Severity {
    ERROR,
    QUERY
  }

  /**
   * One finding about one row, as a message key whose arguments are the child's identifier and the
   * episode's dates in words, so a practitioner can find and correct the episode.
   *
   * @param rule the validator's rule number, or a Harbour name where the return has none
   */
  record Finding(Ssda903Row row, Severity severity, String rule, String messageKey) {}

  private Ssda903Validator() {}

  static List<Finding> check(List<Ssda903Row> rows, Ssda903Year year) {
    List<Finding> findings = new ArrayList<>();
    for (Ssda903Row row : rows) {
      one(row, year, findings);
    }
    overlaps(rows, findings);
    return findings;
  }

  private static void one(Ssda903Row row, Ssda903Year year, List<Finding> findings) {
    if (!MISSING_CODES.contains(row.missing())) {
      findings.add(error(row, "565", "missing.ssda903.rule.type"));
    }
    LocalDate start = row.start();
    LocalDate end = row.end();
    if (start == null) {
      findings.add(error(row, "564", "missing.ssda903.rule.noStart"));
    } else {
      if (start.isAfter(year.last())) {
        findings.add(error(row, "570", "missing.ssda903.rule.startAfterYear"));
      }
      if (end != null && end.isBefore(start)) {
        findings.add(error(row, "567", "missing.ssda903.rule.endBeforeStart"));
      }
      if (row.dateOfBirth() != null && start.isBefore(row.dateOfBirth())) {
        findings.add(error(row, "586", "missing.ssda903.rule.beforeBirth"));
      }
    }
    if (end != null && (end.isBefore(year.first()) || end.isAfter(year.last()))) {
      findings.add(error(row, "571", "missing.ssda903.rule.endOutsideYear"));
    }
    if (row.dateOfBirth() == null) {
      findings.add(error(row, "DOB", "missing.ssda903.rule.noDateOfBirth"));
    }
    rhi(row, findings);
  }

  private static void rhi(Ssda903Row row, List<Finding> findings) {
    String offered = row.rhiOffered();
    String accepted = row.rhiAccepted();
    if (offered == null) {
      findings.add(query(row, "RHI", "missing.ssda903.rule.rhiOfferedNotRecorded"));
    } else if (!RHI_CODES.contains(offered)) {
      findings.add(error(row, "RHI", "missing.ssda903.rule.rhiOfferedCode"));
    }
    if (accepted != null && !RHI_CODES.contains(accepted)) {
      findings.add(error(row, "RHI", "missing.ssda903.rule.rhiAcceptedCode"));
    } else if ("Y".equals(accepted) && !"Y".equals(offered)) {
      findings.add(error(row, "RHI", "missing.ssda903.rule.rhiAcceptedNotOffered"));
    } else if (accepted == null && "Y".equals(offered)) {
      findings.add(query(row, "RHI", "missing.ssda903.rule.rhiOutcomeNotRecorded"));
    }
  }

  /**
   * (574) A child's periods must not overlap, and a new one cannot start while the one before is
   * still open. A period that ends at the moment the next starts (a change between A and M) is not
   * an overlap.
   */
  private static void overlaps(List<Ssda903Row> rows, List<Finding> findings) {
    Map<String, List<Ssda903Row>> byChild =
        rows.stream()
            .filter(r -> r.start() != null)
            .collect(Collectors.groupingBy(Ssda903Row::childIdentifier));
    for (List<Ssda903Row> periods : byChild.values()) {
      List<Ssda903Row> sorted = new ArrayList<>(periods);
      sorted.sort(
          Comparator.comparing((Ssda903Row r) -> endOrStart(r)).thenComparing(Ssda903Row::start));
      for (int i = 1; i < sorted.size(); i++) {
        Ssda903Row before = sorted.get(i - 1);
        Ssda903Row row = sorted.get(i);
        if (before.end() == null || row.start().isBefore(before.end())) {
          findings.add(error(row, "574", "missing.ssda903.rule.overlap"));
        }
      }
    }
  }

  private static LocalDate endOrStart(Ssda903Row row) {
    LocalDate end = row.end();
    return end != null ? end : row.start();
  }

  private static Finding error(Ssda903Row row, String rule, String key) {
    return new Finding(row, Severity.ERROR, rule, key);
  }

  private static Finding query(Ssda903Row row, String rule, @Nullable String key) {
    return new Finding(row, Severity.QUERY, rule, key == null ? "" : key);
  }

  /** Whether any finding stops the export. */
  static boolean blocking(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}

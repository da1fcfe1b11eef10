package uk.harbour.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of an entry, in words for the audit trail. */
final class GuideChanges {

  private GuideChanges() {}

  /**
   * "created", "changed patterns, why", "disabled", "enabled", "changed title; disabled" or "no
   * change". {@code before} is null for a new entry.
   */
  static String describe(GuideEntry before, GuideEntry after) {
    if (before == null) {
      return "created" + (after.enabled() ? "" : "; disabled");
    }
    List<String> fields = new ArrayList<>();
    field(fields, "title", before.title(), after.title());
    field(fields, "category", before.category(), after.category());
    field(fields, "severity", before.severity(), after.severity());
    field(fields, "patterns", before.patterns(), after.patterns());
    field(fields, "why", before.why(), after.why());
    field(fields, "alternatives", before.alternatives(), after.alternatives());
    field(fields, "negatable", before.negatable(), after.negatable());
    field(fields, "maxChildAge", before.maxChildAge(), after.maxChildAge());
    field(fields, "seriousUnderAge", before.seriousUnderAge(), after.seriousUnderAge());
    field(fields, "needsAdult", before.needsAdult(), after.needsAdult());
    field(fields, "notAfterCoercion", before.notAfterCoercion(), after.notAfterCoercion());
    field(fields, "source", before.source(), after.source());
    String changed = fields.isEmpty() ? "" : "changed " + String.join(", ", fields);
    String switched =
        before.enabled() == after.enabled() ? "" : after.enabled() ? "enabled" : "disabled";
    if (changed.isEmpty() && switched.isEmpty()) {
      return "no change";
    }
    return changed.isEmpty() ? switched : switched.isEmpty() ? changed : changed + "; " + switched;
  }

  private static void field(List<String> fields, String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      fields.add(name);
    }
  }
}

package uk.harbour.cases.chronology;

import java.util.HashMap;
import java.util.Map;

/** The fields of the new chronology entry form, for tests that write entries over HTTP. */
public final class ChronologyEntryForm {

  private ChronologyEntryForm() {}

  /**
   * A significant entry on 3 February 2026 saying {@code text}; a map the caller may add to (a
   * reason, a source, an entry id).
   */
  public static Map<String, String> significant(String text) {
    Map<String, String> entry = new HashMap<>();
    entry.put("occurredDay", "3");
    entry.put("occurredMonth", "2");
    entry.put("occurredYear", "2026");
    entry.put("whatHappened", text);
    entry.put("significance", "SIGNIFICANT");
    return entry;
  }
}

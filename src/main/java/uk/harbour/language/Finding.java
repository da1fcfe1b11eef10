package uk.harbour.language;

import java.util.List;

/**
 * One phrase the guide noticed. {@code start} and {@code end} are offsets into the checked text
 * (UTF-16 code units, the same as Java and JavaScript string indices; end exclusive). {@code
 * quoted} is true when the phrase sits inside quoted speech of someone other than the young person
 * (its severity is then one step softer). {@code source} names the published guidance the entry
 * comes from (empty when the entry gives none).
 */
public record Finding(
    String phrase,
    int start,
    int end,
    String entryId,
    String title,
    Severity severity,
    String why,
    List<String> alternatives,
    boolean quoted,
    String source)
    implements java.io.Serializable {

  public Finding {
    alternatives = List.copyOf(alternatives);
    source = source == null ? "" : source;
  }
}

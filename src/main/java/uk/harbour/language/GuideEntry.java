package uk.harbour.language;

import java.util.List;

/**
 * One entry of the language guide: what to notice, why it matters, what to write instead.
 *
 * @param maxChildAge when the child's age is known and above this, the entry does not apply
 * @param seriousUnderAge when the child's age is known and below this, the finding is HIGH
 * @param needsAdult flagged only when the text or the record shows the other person is an adult or
 *     much older (for relationship words)
 * @param notAfterCoercion not flagged right after words of coercion ("coerced into", "made to"),
 *     where the sentence already says who is responsible
 * @param negatable a negation just before the phrase ("not", "no", "never") means it is not
 *     flagged, because the meaning changes
 * @param source the published guidance the entry comes from, in plain words (empty when not given),
 *     shown with each finding
 */
public record GuideEntry(
    String id,
    String title,
    String category,
    Severity severity,
    List<String> patterns,
    String why,
    List<String> alternatives,
    boolean negatable,
    Integer maxChildAge,
    Integer seriousUnderAge,
    boolean needsAdult,
    boolean notAfterCoercion,
    boolean enabled,
    String source) {

  public GuideEntry {
    patterns = List.copyOf(patterns);
    alternatives = List.copyOf(alternatives);
    source = source == null ? "" : source;
  }

  /** The same entry, switched on or off. */
  public GuideEntry withEnabled(boolean value) {
    return new GuideEntry(
        id,
        title,
        category,
        severity,
        patterns,
        why,
        alternatives,
        negatable,
        maxChildAge,
        seriousUnderAge,
        needsAdult,
        notAfterCoercion,
        value,
        source);
  }
}

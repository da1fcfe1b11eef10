package uk.harbour.language;

import java.util.List;

/**
 * The findings in one field of a form, for the findings fragment
 * (templates/language/findings.html).
 *
 * @param field the field's id on the form page (the "Change the text" link goes to it)
 * @param labelKey the message key of the field's label
 * @param findings what the guide noticed in it
 * @param keepTokens one "Keep as written" token per finding (see {@link KeepTokens}), added just
 *     before the page is shown; empty until then
 */
public record FieldFindings(
    String field, String labelKey, List<Finding> findings, List<String> keepTokens)
    implements java.io.Serializable {

  public FieldFindings {
    findings = List.copyOf(findings);
    keepTokens = List.copyOf(keepTokens);
  }

  public FieldFindings(String field, String labelKey, List<Finding> findings) {
    this(field, labelKey, findings, List.of());
  }

  /** The token for finding {@code i}, or an empty string if none was issued. */
  public String keepToken(int i) {
    return i < keepTokens.size() ? keepTokens.get(i) : "";
  }

  FieldFindings withKeepTokens(List<String> tokens) {
    return new FieldFindings(field, labelKey, findings, tokens);
  }
}

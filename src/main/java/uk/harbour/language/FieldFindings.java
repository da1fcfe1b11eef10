package uk.harbour.language;

import java.util.List;

/**
 * The findings in one field of a form, for the findings fragment
 * (templates/language/findings.html).
 *
 * @param field the field's id on the form page (the "Change the text" link goes to it)
 * @param labelKey the message key of the field's label
 * @param findings what the guide noticed in it
 */
public record FieldFindings(String field, String labelKey, List<Finding> findings)
    implements java.io.Serializable {

  public FieldFindings {
    findings = List.copyOf(findings);
  }
}

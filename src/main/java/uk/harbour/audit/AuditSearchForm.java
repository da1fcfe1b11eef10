package uk.harbour.audit;

/**
 * The audit search form: who (a name or a username), what they did, which record, and between which
 * dates. Every field is optional.
 */
class AuditSearchForm extends DateRangeFields {

  static final String[] FIELDS = withDates("username", "action", "recordType", "recordId");

  private String username;
  private String action;
  private String recordType;
  private String recordId;

  /** The name or username typed, trimmed, or {@code null}. */
  String personCriterion() {
    return blankToNull(username);
  }

  /** The action chosen, or {@code null} for any. */
  String actionCriterion() {
    return blankToNull(action);
  }

  String recordTypeCriterion() {
    return blankToNull(recordType);
  }

  String recordIdCriterion() {
    return blankToNull(recordId);
  }

  static String blankToNull(String value) {
    return FormText.blankToNull(value);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }
}

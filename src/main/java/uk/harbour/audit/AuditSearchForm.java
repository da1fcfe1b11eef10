package uk.harbour.audit;

import org.jspecify.annotations.Nullable;

/**
 * The audit search form: who (a name or a username), what they did, which record, and between which
 * dates. Every field is optional.
 */
class AuditSearchForm extends DateRangeFields {

  static final String[] FIELDS = withDates("username", "action", "recordType", "recordId");

  private @Nullable String username;
  private @Nullable String action;
  private @Nullable String recordType;
  private @Nullable String recordId;

  /** The name or username typed, trimmed, or {@code null}. */
  @Nullable String personCriterion() {
    return blankToNull(username);
  }

  /** The action chosen, or {@code null} for any. */
  @Nullable String actionCriterion() {
    return blankToNull(action);
  }

  @Nullable String recordTypeCriterion() {
    return blankToNull(recordType);
  }

  @Nullable String recordIdCriterion() {
    return blankToNull(recordId);
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return FormText.blankToNull(value);
  }

  public @Nullable String getUsername() {
    return username;
  }

  public void setUsername(@Nullable String username) {
    this.username = username;
  }

  public @Nullable String getAction() {
    return action;
  }

  public void setAction(@Nullable String action) {
    this.action = action;
  }

  public @Nullable String getRecordType() {
    return recordType;
  }

  public void setRecordType(@Nullable String recordType) {
    this.recordType = recordType;
  }

  public @Nullable String getRecordId() {
    return recordId;
  }

  public void setRecordId(@Nullable String recordId) {
    this.recordId = recordId;
  }
}

package uk.harbour.audit;

import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a child's "who has seen this record": a person, what they did and between which
 * dates (UK time, both days whole). Every field is optional. A form bean: the page binds it from
 * the query string ({@link #FIELDS}) and {@link AuditTrail#checkFilter} checks it.
 */
public class AccessLogFilter extends DateRangeFields {

  /** The request parameters the page may bind, nothing else. */
  public static final String[] FIELDS = withDates("person", "action");

  private @Nullable String person;
  private @Nullable String action;

  /** Whether any filter is set. */
  public boolean isNarrowed() {
    return FormText.blankToNull(person) != null
        || FormText.blankToNull(action) != null
        || !dateFromParts().empty()
        || !dateToParts().empty();
  }

  ChildLogQuery query(ZoneId zone) {
    String personText = FormText.blankToNull(person);
    return new ChildLogQuery(
        personText == null ? null : UUID.fromString(personText),
        FormText.blankToNull(action),
        fromInstant(zone),
        untilInstant(zone));
  }

  public @Nullable String getPerson() {
    return person;
  }

  public void setPerson(@Nullable String person) {
    this.person = person;
  }

  public @Nullable String getAction() {
    return action;
  }

  public void setAction(@Nullable String action) {
    this.action = action;
  }
}

package uk.harbour.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.Errors;
import uk.harbour.intake.Connections.OnlineAccount;
import uk.harbour.intake.Connections.PersonOfConcern;
import uk.harbour.intake.Connections.Phone;
import uk.harbour.intake.Connections.Place;
import uk.harbour.intake.Connections.Vehicle;

/**
 * The repeating groups of the concern form, each a list of rows as typed. Without JavaScript the
 * page shows a few blank rows and an "add another" button that posts and shows one more.
 */
final class ConcernRowsForm {

  /**
   * The most rows of any one kind a form accepts. Asking for another at the limit, or sending more,
   * gets an error message next to the rows (and anything typed in an extra row is shown again, not
   * dropped), never a silent loss.
   */
  static final int MAX_ROWS = 20;

  private ConcernRowsForm() {}

  /** One kind of repeating row: its form field, its blank row and how it becomes a record. */
  enum Group {
    PEOPLE("people", 2, "names", "nicknames", "description", "approximateAge"),
    VEHICLES("vehicles", 1, "registration", "description"),
    PHONES("phones", 1, "number", "notes"),
    ACCOUNTS("accounts", 1, "platform", "handle"),
    PLACES("places", 1, "name", "description");

    final String field;
    final int minimumRows;
    final List<String> rowFields;

    Group(String field, int minimumRows, String... rowFields) {
      this.field = field;
      this.minimumRows = minimumRows;
      this.rowFields = List.of(rowFields);
    }

    /** The form fields of the first {@code rows} rows, as the form binds them. */
    List<String> fields(int rows) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        for (String f : rowFields) {
          fields.add(field + "[" + i + "]." + f);
        }
      }
      return fields;
    }

    /** The action value of this group's "add another" button. */
    String addAction() {
      return "add-" + field;
    }

    /** The form field of the first input of row {@code index} (from 0), for error messages. */
    String firstFieldOf(int index) {
      return field + "[" + index + "]." + rowFields.get(0);
    }
  }

  /**
   * Rejects rows beyond the most allowed that have anything in them, next to the first of them, so
   * the reporter sees what was not accepted.
   */
  static void rejectExtraRows(Errors errors, Group group, List<? extends Row> rows) {
    for (int i = MAX_ROWS; i < rows.size(); i++) {
      if (rows.get(i) != null && !rows.get(i).isBlank()) {
        errors.rejectValue(
            group.firstFieldOf(i),
            "intake.error.rows.tooMany." + group.field,
            new Object[] {MAX_ROWS},
            null);
        return;
      }
    }
  }

  /** Pads the list with blank rows up to {@code count}, never beyond {@link #MAX_ROWS}. */
  static <R> void pad(List<R> rows, int count, Supplier<R> blank) {
    while (rows.size() < Math.min(count, MAX_ROWS)) {
      rows.add(blank.get());
    }
  }

  /** The non-blank rows as records, in order. */
  static <R extends Row, T> List<T> kept(List<R> rows, Function<R, T> toRecord) {
    List<T> kept = new ArrayList<>();
    for (R row : rows) {
      if (row != null && !row.isBlank()) {
        kept.add(toRecord.apply(row));
      }
    }
    return kept;
  }

  /**
   * Rejects anything too long in a group's rows, against the field, naming the row by its number
   * from 1.
   */
  static void checkLengths(Errors errors, Group group, List<? extends Row> rows) {
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).checkLengths(new RowErrors(errors, group.field + "[" + i + "].", i + 1));
    }
  }

  interface Row {
    boolean isBlank();

    /** Rejects any field of this row longer than it may be. */
    void checkLengths(RowErrors errors);
  }

  /** Where one row's errors go: its fields are {@code at} plus the field name. */
  record RowErrors(Errors errors, String at, int number) {

    void maxLength(String field, String value, int max, String labelKey) {
      Text.maxLength(errors, at + field, value, max, labelKey, number);
    }
  }

  /** A person of concern as typed. */
  static class PersonRow implements Row {
    private String names;
    private String nicknames;
    private String description;
    private String approximateAge;

    static PersonRow of(PersonOfConcern p) {
      PersonRow r = new PersonRow();
      r.names = p.names();
      r.nicknames = p.nicknames();
      r.description = p.description();
      r.approximateAge = p.approximateAge();
      return r;
    }

    PersonOfConcern toRecord() {
      return new PersonOfConcern(
          Text.kept(names),
          Text.kept(nicknames),
          Text.kept(description),
          Text.kept(approximateAge));
    }

    @Override
    public boolean isBlank() {
      return Text.blank(names)
          && Text.blank(nicknames)
          && Text.blank(description)
          && Text.blank(approximateAge);
    }

    @Override
    public void checkLengths(RowErrors errors) {
      errors.maxLength("names", names, Text.OTHER_NAMES_MAX, "person.names");
      errors.maxLength("nicknames", nicknames, Text.OTHER_NAMES_MAX, "person.nicknames");
      errors.maxLength("description", description, Text.TEXT_MAX, "person.description");
      errors.maxLength("approximateAge", approximateAge, Text.SHORT_MAX, "person.age");
    }

    public String getNames() {
      return names;
    }

    public void setNames(String v) {
      names = v;
    }

    public String getNicknames() {
      return nicknames;
    }

    public void setNicknames(String v) {
      nicknames = v;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String v) {
      description = v;
    }

    public String getApproximateAge() {
      return approximateAge;
    }

    public void setApproximateAge(String v) {
      approximateAge = v;
    }
  }

  /** A vehicle as typed; the registration may be partial. */
  static class VehicleRow implements Row {
    private String registration;
    private String description;

    static VehicleRow of(Vehicle v) {
      VehicleRow r = new VehicleRow();
      r.registration = v.registration();
      r.description = v.description();
      return r;
    }

    Vehicle toRecord() {
      return new Vehicle(Text.kept(registration), Text.kept(description));
    }

    @Override
    public boolean isBlank() {
      return Text.blank(registration) && Text.blank(description);
    }

    @Override
    public void checkLengths(RowErrors errors) {
      errors.maxLength("registration", registration, Text.REGISTRATION_MAX, "vehicle.registration");
      errors.maxLength("description", description, Text.NOTE_MAX, "vehicle.description");
    }

    public String getRegistration() {
      return registration;
    }

    public void setRegistration(String v) {
      registration = v;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String v) {
      description = v;
    }
  }

  /** A phone number as typed, with who uses it. */
  static class PhoneRow implements Row {
    private String number;
    private String notes;

    static PhoneRow of(Phone p) {
      PhoneRow r = new PhoneRow();
      r.number = p.number();
      r.notes = p.notes();
      return r;
    }

    Phone toRecord() {
      return new Phone(Text.kept(number), Text.kept(notes));
    }

    @Override
    public boolean isBlank() {
      return Text.blank(number) && Text.blank(notes);
    }

    @Override
    public void checkLengths(RowErrors errors) {
      errors.maxLength("number", number, Text.PHONE_MAX, "phone.number");
      errors.maxLength("notes", notes, Text.NOTE_MAX, "phone.notes");
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String v) {
      number = v;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String v) {
      notes = v;
    }
  }

  /** An online account: the platform and the username or handle. */
  static class AccountRow implements Row {
    private String platform;
    private String handle;

    static AccountRow of(OnlineAccount a) {
      AccountRow r = new AccountRow();
      r.platform = a.platform();
      r.handle = a.handle();
      return r;
    }

    OnlineAccount toRecord() {
      return new OnlineAccount(Text.kept(platform), Text.kept(handle));
    }

    @Override
    public boolean isBlank() {
      return Text.blank(platform) && Text.blank(handle);
    }

    @Override
    public void checkLengths(RowErrors errors) {
      errors.maxLength("platform", platform, Text.SHORT_MAX, "account.platform");
      errors.maxLength("handle", handle, Text.SHORT_MAX, "account.handle");
    }

    public String getPlatform() {
      return platform;
    }

    public void setPlatform(String v) {
      platform = v;
    }

    public String getHandle() {
      return handle;
    }

    public void setHandle(String v) {
      handle = v;
    }
  }

  /** A place: its name or address, and why it matters. */
  static class PlaceRow implements Row {
    private String name;
    private String description;

    static PlaceRow of(Place p) {
      PlaceRow r = new PlaceRow();
      r.name = p.name();
      r.description = p.description();
      return r;
    }

    Place toRecord() {
      return new Place(Text.kept(name), Text.kept(description));
    }

    @Override
    public boolean isBlank() {
      return Text.blank(name) && Text.blank(description);
    }

    @Override
    public void checkLengths(RowErrors errors) {
      errors.maxLength("name", name, Text.ADDRESS_MAX, "place.name");
      errors.maxLength("description", description, Text.NOTE_MAX, "place.description");
    }

    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String v) {
      description = v;
    }
  }
}

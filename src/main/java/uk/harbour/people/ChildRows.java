package uk.harbour.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * The columns a child is read from, how a row becomes a {@link ChildRecord} and a record's details
 * become statement parameters: shared by the repositories that read the {@code child} table.
 */
final class ChildRows {

  static final String COLUMNS =
      "c.id, c.reference, c.first_name, c.last_name, c.other_names, c.date_of_birth,"
          + " c.approximate_age, c.sex, c.gender, c.ethnicity, c.disability, c.disability_details,"
          + " c.care_status, c.address, c.postcode, c.school, c.updated_at, c.updated_by_name,"
          + " c.version, c.merged_into";

  /** Leaves out records merged into another: they are reached only through the record kept. */
  static final String ACTIVE = "c.merged_into IS NULL";

  static java.util.Map<String, Object> params(ChildDetails d) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("firstName", d.firstName());
    p.put("lastName", d.lastName());
    p.put("otherNames", d.otherNames());
    p.put("dob", d.dateOfBirth() == null ? null : Date.valueOf(d.dateOfBirth()));
    p.put("age", d.approximateAge());
    p.put("sex", name(d.sex()));
    p.put("gender", d.gender());
    p.put("ethnicity", name(d.ethnicity()));
    p.put("disability", name(d.disability()));
    p.put("disabilityDetails", d.disabilityDetails());
    p.put("careStatus", name(d.careStatus()));
    p.put("address", d.address());
    p.put("postcode", d.postcode());
    p.put("school", d.school());
    return p;
  }

  private static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  static ChildRecord map(ResultSet rs, int row) throws SQLException {
    UUID mergedInto = rs.getObject("merged_into", UUID.class);
    return new ChildRecord(
        new ChildId(rs.getObject("id", UUID.class)),
        rs.getString("reference"),
        details(rs),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"),
        rs.getInt("version"),
        mergedInto == null ? null : new ChildId(mergedInto));
  }

  static ChildDetails details(ResultSet rs) throws SQLException {
    Date dob = rs.getDate("date_of_birth");
    LocalDate dateOfBirth = dob == null ? null : dob.toLocalDate();
    Integer age = (Integer) rs.getObject("approximate_age");
    return new ChildDetails(
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("other_names"),
        dateOfBirth,
        age,
        parse(Sex.class, rs.getString("sex")),
        rs.getString("gender"),
        parse(Ethnicity.class, rs.getString("ethnicity")),
        parse(Disability.class, rs.getString("disability")),
        rs.getString("disability_details"),
        parse(CareStatus.class, rs.getString("care_status")),
        rs.getString("address"),
        rs.getString("postcode"),
        rs.getString("school"));
  }

  private ChildRows() {}
}

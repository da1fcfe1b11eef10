package uk.harbour.matching.batch;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.harbour.matching.BirthDate;
import uk.harbour.matching.PersonRecord;

/**
 * Reads every record of one CSV file through a {@link ColumnMapping}, or refuses the file. Every
 * row must have as many fields as the header (or, without a header, as the first line): a stray
 * comma would otherwise shift the columns and read a surname as a date of birth.
 */
public final class CsvInput {

  /** The records of one file and, when the mapping names it, each record's true cluster. */
  public record Loaded(List<PersonRecord> records, List<String> truth) {}

  private final ColumnMapping mapping;
  private final int maxField;

  public CsvInput(ColumnMapping mapping, int maxField) {
    this.mapping = mapping;
    this.maxField = maxField;
  }

  public Loaded read(Path file, boolean withTruth) throws InputException {
    String name = file.getFileName().toString();
    try (CsvReader csv = new CsvReader(file, maxField)) {
      List<String> first = csv.next();
      if (first == null) {
        throw new InputException(name + ": the file is empty");
      }
      Map<String, Integer> header = new HashMap<>();
      List<String> row = first;
      if (mapping.header()) {
        for (int i = 0; i < first.size(); i++) {
          header.putIfAbsent(first.get(i), i);
        }
        row = csv.next();
        if (row == null) {
          throw new InputException(name + ": no records after the header line");
        }
      }
      Columns columns = new Columns(name, header, first);
      Pattern idPattern =
          withTruth && mapping.truthIdPattern() != null
              ? Pattern.compile(mapping.truthIdPattern())
              : null;
      int truthColumn =
          withTruth && mapping.truthColumn() != null
              ? columns.resolve("truth", mapping.truthColumn())
              : -1;
      Map<String, Long> seen = new HashMap<>();
      List<PersonRecord> records = new ArrayList<>();
      List<String> truth = new ArrayList<>();
      LocalDate today = LocalDate.now();
      int width = first.size();
      while (row != null) {
        long line = csv.recordLine();
        if (row.size() != width) {
          throw InputException.at(
              name,
              line,
              "has "
                  + row.size()
                  + " fields, but the "
                  + (mapping.header() ? "header has " : "first line has ")
                  + width
                  + " (a comma too many or too few? quote any field that contains one)");
        }
        if (row.size() < columns.needed) {
          throw InputException.at(
              name,
              line,
              "has " + row.size() + " fields, the mapping needs at least " + columns.needed);
        }
        PersonRecord record = columns.record(row, mapping.dateFormat(), today, name, line);
        Long earlier = seen.putIfAbsent(record.id(), line);
        if (earlier != null) {
          throw InputException.at(
              name, line, "id '" + record.id() + "' appears again (first on line " + earlier + ")");
        }
        records.add(record);
        if (idPattern != null) {
          Matcher m = idPattern.matcher(record.id());
          truth.add(m.find() ? m.group(m.groupCount() > 0 ? 1 : 0) : record.id());
        } else if (truthColumn >= 0) {
          truth.add(row.get(truthColumn));
        }
        row = csv.next();
      }
      return new Loaded(records, withTruth && !truth.isEmpty() ? truth : null);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (IOException e) {
      throw new InputException(name + ": could not be read: " + e.getMessage());
    }
  }

  /** The mapping's column references resolved to positions for one file. */
  private final class Columns {
    private final String file;
    private final Map<String, Integer> header;
    private final Map<String, int[]> positions = new HashMap<>();
    private final Map<String, String[]> labels = new HashMap<>();
    private int needed;

    Columns(String file, Map<String, Integer> header, List<String> first) throws InputException {
      this.file = file;
      this.header = header;
      for (Map.Entry<String, List<Object>> e : mapping.columns().entrySet()) {
        List<Object> refs = e.getValue();
        int[] at = new int[refs.size()];
        String[] names = new String[refs.size()];
        for (int i = 0; i < at.length; i++) {
          at[i] = resolve(e.getKey(), refs.get(i));
          names[i] = mapping.header() ? first.get(at[i]) : "column " + (at[i] + 1);
        }
        positions.put(e.getKey(), at);
        labels.put(e.getKey(), names);
      }
    }

    int resolve(String field, Object ref) throws InputException {
      int at;
      if (ref instanceof Integer position) {
        at = position - 1;
      } else {
        Integer found = header.get(String.valueOf(ref).trim());
        if (found == null) {
          throw InputException.at(
              file,
              1,
              "no column named '" + ref + "' (for " + field + "); columns are " + header.keySet());
        }
        at = found;
      }
      needed = Math.max(needed, at + 1);
      return at;
    }

    PersonRecord record(
        List<String> row, String dateFormat, LocalDate today, String name, long line)
        throws InputException {
      String id = single(row, "id");
      if (id == null || id.isBlank()) {
        throw InputException.at(name, line, "the id is empty");
      }
      PersonRecord.Builder b = PersonRecord.builder(id.trim());
      b.givenNames(single(row, "given_names")).familyName(single(row, "family_name"));
      b.otherNames(all(row, "other_names"));
      b.dateOfBirth(BirthDate.parse(single(row, "date_of_birth"), dateFormat));
      String age = single(row, "approximate_age");
      if (age != null && age.trim().matches("\\d{1,3}")) {
        b.approximateAge(Integer.parseInt(age.trim()), today);
      }
      b.sex(single(row, "sex")).postcode(single(row, "postcode")).school(single(row, "school"));
      b.address(String.join(" ", all(row, "address")));
      named(row, "identifiers", b, true);
      named(row, "attributes", b, false);
      return b.build();
    }

    private @Nullable String single(List<String> row, String field) {
      int[] at = positions.get(field);
      return at == null || at.length == 0 ? null : row.get(at[0]);
    }

    private List<String> all(List<String> row, String field) {
      int[] at = positions.get(field);
      List<String> out = new ArrayList<>();
      if (at != null) {
        for (int i : at) {
          if (!row.get(i).isBlank()) {
            out.add(row.get(i));
          }
        }
      }
      return out;
    }

    private void named(List<String> row, String field, PersonRecord.Builder b, boolean identifier) {
      int[] at = positions.get(field);
      if (at == null) {
        return;
      }
      String[] names = labels.get(field);
      for (int i = 0; i < at.length; i++) {
        if (identifier) {
          b.identifier(names[i], row.get(at[i]));
        } else {
          b.attribute(names[i], row.get(at[i]));
        }
      }
    }
  }
}

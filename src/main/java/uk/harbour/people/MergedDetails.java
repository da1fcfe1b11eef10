package uk.harbour.people;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a merge writes on the record kept, and what an unmerge writes back. A merge never overwrites
 * what the kept record knows: it only fills what the kept record does not know from the other
 * record, and keeps the other record's names as other names. An unmerge puts back each field the
 * merge wrote, unless someone has changed that field since; those are left as edited and listed.
 */
final class MergedDetails {

  private MergedDetails() {}

  /** The kept record's details after merging the other record into it. */
  static ChildDetails combine(ChildDetails kept, ChildDetails merged) {
    return new ChildDetails(
        kept.firstName(),
        kept.lastName(),
        otherNames(kept, merged),
        first(kept.dateOfBirth(), merged.dateOfBirth()),
        first(kept.approximateAge(), merged.approximateAge()),
        first(kept.sex(), merged.sex()),
        first(kept.gender(), merged.gender()),
        first(kept.ethnicity(), merged.ethnicity()),
        first(kept.disability(), merged.disability()),
        first(kept.disabilityDetails(), merged.disabilityDetails()),
        first(kept.careStatus(), merged.careStatus()),
        first(kept.address(), merged.address()),
        first(kept.postcode(), merged.postcode()),
        first(kept.school(), merged.school()));
  }

  /** The kept record's details after an unmerge, and the fields left as edited since the merge. */
  record Restored(ChildDetails details, List<String> keptAsEdited) {}

  static Restored restore(ChildDetails current, ChildDetails before, ChildDetails after) {
    RecordComponent[] fields = ChildDetails.class.getRecordComponents();
    Object[] values = new Object[fields.length];
    Class<?>[] types = new Class<?>[fields.length];
    List<String> edited = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      Object now = value(fields[i], current);
      Object wrote = value(fields[i], after);
      Object was = value(fields[i], before);
      types[i] = fields[i].getType();
      if (Objects.equals(now, wrote)) {
        values[i] = was;
      } else {
        values[i] = now;
        edited.add(fields[i].getName());
      }
    }
    try {
      ChildDetails restored = ChildDetails.class.getDeclaredConstructor(types).newInstance(values);
      return new Restored(restored, List.copyOf(edited));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(RecordComponent field, ChildDetails details) {
    try {
      return field.getAccessor().invoke(details);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable String otherNames(ChildDetails kept, ChildDetails merged) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> all = new ArrayList<>(ChildIndex.names(kept.otherNames()));
    String mergedName = merged.firstName() + " " + merged.lastName();
    String keptName = kept.firstName() + " " + kept.lastName();
    if (!mergedName.equalsIgnoreCase(keptName)) {
      all.add(mergedName);
    }
    all.addAll(ChildIndex.names(merged.otherNames()));
    for (String name : all) {
      if (seen.add(name.toLowerCase(Locale.UK))) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static <T> T first(T kept, T merged) {
    return known(kept) ? kept : merged;
  }

  private static boolean known(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof String s) {
      return !s.isBlank();
    }
    if (value instanceof Enum<?> e) {
      return !e.name().startsWith("NOT_");
    }
    return true;
  }
}

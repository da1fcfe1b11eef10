package uk.harbour.matching;

import java.util.List;

/** Batch record linkage: deduplicate one list of people or link two. */
public final class Linker {

  private Linker() {}

  /** Finds the records in one list that may be the same person. */
  public static LinkResult deduplicate(List<PersonRecord> records, LinkSettings settings) {
    return new BatchLinker(settings).run(records, null);
  }

  /** Finds the pairs, one record from each list, that may be the same person. */
  public static LinkResult link(
      List<PersonRecord> left, List<PersonRecord> right, LinkSettings settings) {
    return new BatchLinker(settings).run(left, right);
  }
}

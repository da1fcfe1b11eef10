package uk.harbour.disruption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.intelligence.EntityKind;

/**
 * One tactic of the catalogue: what it is, its legal basis, who applies and who decides, what it
 * can be used against, its shortest and longest term where known, and notes.
 */
record Tactic(
    UUID id,
    String code,
    String name,
    String description,
    String legalBasis,
    String whoApplies,
    String whoDecides,
    List<EntityKind> targetKinds,
    @Nullable Integer minTermAmount,
    @Nullable TermUnit minTermUnit,
    @Nullable Integer maxTermAmount,
    @Nullable TermUnit maxTermUnit,
    String notes,
    @Nullable Instant retiredAt,
    int version,
    Instant updatedAt,
    String updatedByName) {

  public boolean retired() {
    return retiredAt != null;
  }

  public boolean hasMaximum() {
    return maxTermAmount != null && maxTermUnit != null;
  }

  public boolean hasMinimum() {
    return minTermAmount != null && minTermUnit != null;
  }

  /** The last day an order of this tactic served or granted on {@code start} may run to. */
  @Nullable LocalDate latestExpiry(LocalDate start) {
    return hasMaximum() ? maxTermUnit.after(start, maxTermAmount) : null;
  }

  boolean appliesTo(EntityKind kind) {
    return targetKinds.contains(kind);
  }

  /** What an administrator writes about a tactic. */
  record Words(
      String name,
      String description,
      String legalBasis,
      String whoApplies,
      String whoDecides,
      List<EntityKind> targetKinds,
      @Nullable Integer minTermAmount,
      @Nullable TermUnit minTermUnit,
      @Nullable Integer maxTermAmount,
      @Nullable TermUnit maxTermUnit,
      String notes) {}

  Words words() {
    return new Words(
        name,
        description,
        legalBasis,
        whoApplies,
        whoDecides,
        targetKinds,
        minTermAmount,
        minTermUnit,
        maxTermAmount,
        maxTermUnit,
        notes);
  }
}

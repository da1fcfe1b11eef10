package uk.harbour.disruption;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.intelligence.EntityKind;

/** Adds or changes a tactic of the catalogue. */
class TacticForm {

  static final String[] FIELDS = {
    "name",
    "description",
    "legalBasis",
    "whoApplies",
    "whoDecides",
    "targetKinds",
    "minTermAmount",
    "minTermUnit",
    "maxTermAmount",
    "maxTermUnit",
    "notes",
    "version"
  };

  private @Nullable String name;
  private @Nullable String description;
  private @Nullable String legalBasis;
  private @Nullable String whoApplies;
  private @Nullable String whoDecides;
  private List<String> targetKinds = new ArrayList<>();
  private @Nullable String minTermAmount;
  private @Nullable String minTermUnit;
  private @Nullable String maxTermAmount;
  private @Nullable String maxTermUnit;
  private @Nullable String notes;
  private @Nullable Integer version;

  static TacticForm of(Tactic t) {
    TacticForm form = new TacticForm();
    form.name = t.name();
    form.description = t.description();
    form.legalBasis = t.legalBasis();
    form.whoApplies = t.whoApplies();
    form.whoDecides = t.whoDecides();
    form.targetKinds = new ArrayList<>(t.targetKinds().stream().map(EntityKind::name).toList());
    form.minTermAmount = t.minTermAmount() == null ? null : t.minTermAmount().toString();
    form.minTermUnit = t.minTermUnit() == null ? null : t.minTermUnit().name();
    form.maxTermAmount = t.maxTermAmount() == null ? null : t.maxTermAmount().toString();
    form.maxTermUnit = t.maxTermUnit() == null ? null : t.maxTermUnit().name();
    form.notes = t.notes();
    form.version = t.version();
    return form;
  }

  void validate(BindingResult result, boolean adding) {
    if (!adding && version == null) {
      result.reject("disruption.error.formIncomplete");
    }
    FormChecks.text(result, "name", name, "disruption.tactic.error.name", FormChecks.SHORT);
    FormChecks.text(
        result, "description", description, "disruption.tactic.error.description", FormChecks.LONG);
    FormChecks.text(
        result, "legalBasis", legalBasis, "disruption.tactic.error.legalBasis", FormChecks.LONG);
    FormChecks.text(
        result, "whoApplies", whoApplies, "disruption.tactic.error.whoApplies", FormChecks.SHORT);
    FormChecks.text(
        result, "whoDecides", whoDecides, "disruption.tactic.error.whoDecides", FormChecks.SHORT);
    if (kinds().isEmpty() || kinds().size() != targetKinds.size()) {
      result.rejectValue("targetKinds", "disruption.tactic.error.targetKinds");
    }
    term(result, "minTermAmount", minTermAmount, "minTermUnit", minTermUnit);
    term(result, "maxTermAmount", maxTermAmount, "maxTermUnit", maxTermUnit);
    FormChecks.tooLong(result, "notes", notes, FormChecks.LONG);
  }

  private static void term(
      BindingResult result,
      String amountField,
      @Nullable String amount,
      String unitField,
      @Nullable String unit) {
    boolean noAmount = amount == null || amount.isBlank();
    boolean noUnit = unit == null || unit.isBlank();
    if (noAmount && noUnit) {
      return;
    }
    if (amount(amount) == null) {
      result.rejectValue(amountField, "disruption.tactic.error.termAmount");
    }
    if (FormChecks.parse(TermUnit.class, unit) == null) {
      result.rejectValue(unitField, "disruption.tactic.error.termUnit");
    }
  }

  private static @Nullable Integer amount(@Nullable String value) {
    if (value == null || !value.strip().matches("[0-9]{1,4}")) {
      return null;
    }
    int n = Integer.parseInt(value.strip());
    return n > 0 ? n : null;
  }

  private List<EntityKind> kinds() {
    List<EntityKind> kinds = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      if (targetKinds.contains(kind.name())) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  Tactic.Words words() {
    Integer min = amount(minTermAmount);
    Integer max = amount(maxTermAmount);
    return new Tactic.Words(
        name.strip(),
        description.strip(),
        legalBasis.strip(),
        whoApplies.strip(),
        whoDecides.strip(),
        kinds(),
        min,
        min == null ? null : FormChecks.parse(TermUnit.class, minTermUnit),
        max,
        max == null ? null : FormChecks.parse(TermUnit.class, maxTermUnit),
        notes == null ? "" : notes.strip());
  }

  int openedVersion() {
    return version == null ? 0 : version;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String v) {
    name = v;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String v) {
    description = v;
  }

  public @Nullable String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(@Nullable String v) {
    legalBasis = v;
  }

  public @Nullable String getWhoApplies() {
    return whoApplies;
  }

  public void setWhoApplies(@Nullable String v) {
    whoApplies = v;
  }

  public @Nullable String getWhoDecides() {
    return whoDecides;
  }

  public void setWhoDecides(@Nullable String v) {
    whoDecides = v;
  }

  public List<String> getTargetKinds() {
    return targetKinds;
  }

  public void setTargetKinds(@Nullable List<String> v) {
    targetKinds = v == null ? new ArrayList<>() : v;
  }

  public @Nullable String getMinTermAmount() {
    return minTermAmount;
  }

  public void setMinTermAmount(@Nullable String v) {
    minTermAmount = v;
  }

  public @Nullable String getMinTermUnit() {
    return minTermUnit;
  }

  public void setMinTermUnit(@Nullable String v) {
    minTermUnit = v;
  }

  public @Nullable String getMaxTermAmount() {
    return maxTermAmount;
  }

  public void setMaxTermAmount(@Nullable String v) {
    maxTermAmount = v;
  }

  public @Nullable String getMaxTermUnit() {
    return maxTermUnit;
  }

  public void setMaxTermUnit(@Nullable String v) {
    maxTermUnit = v;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String v) {
    notes = v;
  }

  public @Nullable Integer getVersion() {
    return version;
  }

  public void setVersion(@Nullable Integer v) {
    version = v;
  }
}

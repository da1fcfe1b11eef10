package uk.harbour.missing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;

/** "It changed": when an episode changed between missing and away. */
public class ChangeKindForm {

  static final String[] FIELDS = {
    "changed.day", "changed.month", "changed.year", "changedTime", "version"
  };

  private DateInput changed = new DateInput();
  private String changedTime;
  private int version;

  static ChangeKindForm of(MissingEpisode e) {
    ChangeKindForm form = new ChangeKindForm();
    form.version = e.version();
    return form;
  }

  @Nullable Instant validate(BindingResult result) {
    return WhenField.read(result, "changed", changed, changedTime, "missing.error.changedNeeded");
  }

  public DateInput getChanged() {
    return changed;
  }

  public void setChanged(DateInput v) {
    changed = v;
  }

  public String getChangedTime() {
    return changedTime;
  }

  public void setChangedTime(String v) {
    changedTime = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}

package uk.harbour.missing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;

/** The form that records an episode's start and the police's part, or changes them. */
public class EpisodeForm {

  static final String[] FIELDS = {
    "kind",
    "left.day",
    "left.month",
    "left.year",
    "leftTime",
    "lastSeen.day",
    "lastSeen.month",
    "lastSeen.year",
    "lastSeenTime",
    "reportedToPolice",
    "policeReference",
    "policeRiskGrade",
    "capacity",
    "version"
  };

  private String kind;
  private DateInput left = new DateInput();
  private String leftTime;
  private DateInput lastSeen = new DateInput();
  private String lastSeenTime;
  private String reportedToPolice;
  private String policeReference;
  private String policeRiskGrade;
  private String capacity;
  private int version;

  static EpisodeForm blank(@Nullable RecorderCapacity capacity) {
    EpisodeForm form = new EpisodeForm();
    form.capacity = capacity == null ? null : capacity.name();
    return form;
  }

  static EpisodeForm of(MissingEpisode e) {
    EpisodeForm form = new EpisodeForm();
    form.kind = e.kind().name();
    form.left = WhenField.date(e.times().leftAt());
    form.leftTime = WhenField.time(e.times().leftAt());
    form.lastSeen = WhenField.date(e.times().lastSeenAt());
    form.lastSeenTime = WhenField.time(e.times().lastSeenAt());
    form.reportedToPolice = e.police().reported() ? "yes" : "no";
    form.policeReference = e.police().reference();
    form.policeRiskGrade = e.police().grade() == null ? null : e.police().grade().name();
    form.capacity = e.capacity().name();
    form.version = e.version();
    return form;
  }

  /** The draft, or null with the errors in {@code result}. */
  @Nullable EpisodeDraft validate(BindingResult result) {
    EpisodeKind k = Checks.parse(EpisodeKind.class, kind);
    if (k == null) {
      result.rejectValue("kind", "missing.error.kind");
    }
    Instant leftAt = WhenField.read(result, "left", left, leftTime, null);
    Instant lastSeenAt = WhenField.read(result, "lastSeen", lastSeen, lastSeenTime, null);
    if (!result.hasFieldErrors("left")
        && !result.hasFieldErrors("leftTime")
        && !result.hasFieldErrors("lastSeen")
        && !result.hasFieldErrors("lastSeenTime")
        && leftAt == null
        && lastSeenAt == null) {
      result.rejectValue("left", "missing.error.leftOrLastSeen");
    }
    boolean reported = "yes".equals(reportedToPolice);
    if (!reported && !"no".equals(reportedToPolice)) {
      result.rejectValue("reportedToPolice", "missing.error.reportedToPolice");
    }
    PoliceRiskGrade grade = Checks.parse(PoliceRiskGrade.class, policeRiskGrade);
    Checks.tooLong(result, "policeReference", policeReference, Checks.SHORT);
    RecorderCapacity c = Checks.parse(RecorderCapacity.class, capacity);
    if (c == null) {
      result.rejectValue("capacity", "missing.error.capacity");
    }
    if (result.hasErrors()) {
      return null;
    }
    return new EpisodeDraft(
        k,
        leftAt,
        lastSeenAt,
        reported
            ? new MissingEpisode.Police(true, Checks.blankToNull(policeReference), grade)
            : MissingEpisode.Police.NOT_REPORTED,
        c);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  public DateInput getLeft() {
    return left;
  }

  public void setLeft(DateInput v) {
    left = v;
  }

  public String getLeftTime() {
    return leftTime;
  }

  public void setLeftTime(String v) {
    leftTime = v;
  }

  public DateInput getLastSeen() {
    return lastSeen;
  }

  public void setLastSeen(DateInput v) {
    lastSeen = v;
  }

  public String getLastSeenTime() {
    return lastSeenTime;
  }

  public void setLastSeenTime(String v) {
    lastSeenTime = v;
  }

  public String getReportedToPolice() {
    return reportedToPolice;
  }

  public void setReportedToPolice(String v) {
    reportedToPolice = v;
  }

  public String getPoliceReference() {
    return policeReference;
  }

  public void setPoliceReference(String v) {
    policeReference = v;
  }

  public String getPoliceRiskGrade() {
    return policeRiskGrade;
  }

  public void setPoliceRiskGrade(String v) {
    policeRiskGrade = v;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String v) {
    capacity = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}

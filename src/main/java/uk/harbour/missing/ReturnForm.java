package uk.harbour.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;

/**
 * The form that records a child's return: when, how, where and with whom they were found (people
 * and vehicles in the intelligence register already linked are kept; others are described, one a
 * line), and any harm they disclosed.
 */
public class ReturnForm {

  static final String[] FIELDS = {
    "returned.day",
    "returned.month",
    "returned.year",
    "returnedTime",
    "how",
    "foundWhere",
    "foundAddress",
    "foundPostcode",
    "foundWith",
    "harmDisclosed",
    "harmNotes",
    "version"
  };

  private DateInput returned = new DateInput();
  private String returnedTime;
  private String how;
  private String foundWhere;
  private String foundAddress;
  private String foundPostcode;
  private String foundWith;
  private String harmDisclosed;
  private String harmNotes;
  private int version;

  static ReturnForm of(MissingEpisode e) {
    ReturnForm form = new ReturnForm();
    form.returned = WhenField.date(e.times().returnedAt());
    form.returnedTime = WhenField.time(e.times().returnedAt());
    form.how = e.howReturned() == null ? null : e.howReturned().name();
    form.foundWhere = e.found().where();
    form.foundAddress = e.found().address();
    form.foundPostcode = e.found().postcode();
    form.foundWith =
        e.foundWith().stream()
            .filter(w -> w.entity() == null)
            .map(MissingEpisode.FoundWith::description)
            .collect(Collectors.joining("\n"));
    form.harmDisclosed =
        e.times().returnedAt() == null ? null : e.harm().disclosed() ? "yes" : "no";
    form.harmNotes = e.harm().notes();
    form.version = e.version();
    return form;
  }

  /**
   * The return, or null with the errors in {@code result}; who the child was found with from the
   * register ({@code kept}) stays as it was.
   */
  EpisodeDraft.@Nullable Return validate(
      BindingResult result, List<MissingEpisode.FoundWith> kept) {
    Instant at =
        WhenField.read(result, "returned", returned, returnedTime, "missing.error.returnedNeeded");
    HowReturned h = Checks.parse(HowReturned.class, how);
    if (h == null || h == HowReturned.CHANGED_KIND) {
      result.rejectValue("how", "missing.error.how");
    }
    Checks.tooLong(result, "foundWhere", foundWhere, Checks.LONG);
    Checks.tooLong(result, "foundAddress", foundAddress, Checks.SHORT);
    Checks.tooLong(result, "foundPostcode", foundPostcode, 10);
    Checks.tooLong(result, "foundWith", foundWith, Checks.LONG);
    boolean harm = "yes".equals(harmDisclosed);
    if (!harm && !"no".equals(harmDisclosed)) {
      result.rejectValue("harmDisclosed", "missing.error.harmDisclosed");
    }
    if (harm && Checks.blankToNull(harmNotes) == null) {
      result.rejectValue("harmNotes", "missing.error.harmNotes");
    }
    Checks.tooLong(result, "harmNotes", harmNotes, Checks.LONG);
    if (result.hasErrors()) {
      return null;
    }
    List<MissingEpisode.FoundWith> with = new ArrayList<>();
    kept.stream().filter(w -> w.entity() != null).forEach(with::add);
    if (foundWith != null) {
      foundWith
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .forEach(l -> with.add(new MissingEpisode.FoundWith(null, l)));
    }
    return new EpisodeDraft.Return(
        at,
        h,
        MissingEpisode.Found.of(
            Checks.blankToNull(foundWhere),
            Checks.blankToNull(foundAddress),
            Checks.blankToNull(foundPostcode),
            null),
        with,
        harm
            ? new MissingEpisode.Harm(true, Checks.blankToNull(harmNotes))
            : MissingEpisode.Harm.NONE);
  }

  public DateInput getReturned() {
    return returned;
  }

  public void setReturned(DateInput v) {
    returned = v;
  }

  public String getReturnedTime() {
    return returnedTime;
  }

  public void setReturnedTime(String v) {
    returnedTime = v;
  }

  public String getHow() {
    return how;
  }

  public void setHow(String v) {
    how = v;
  }

  public String getFoundWhere() {
    return foundWhere;
  }

  public void setFoundWhere(String v) {
    foundWhere = v;
  }

  public String getFoundAddress() {
    return foundAddress;
  }

  public void setFoundAddress(String v) {
    foundAddress = v;
  }

  public String getFoundPostcode() {
    return foundPostcode;
  }

  public void setFoundPostcode(String v) {
    foundPostcode = v;
  }

  public String getFoundWith() {
    return foundWith;
  }

  public void setFoundWith(String v) {
    foundWith = v;
  }

  public String getHarmDisclosed() {
    return harmDisclosed;
  }

  public void setHarmDisclosed(String v) {
    harmDisclosed = v;
  }

  public String getHarmNotes() {
    return harmNotes;
  }

  public void setHarmNotes(String v) {
    harmNotes = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}

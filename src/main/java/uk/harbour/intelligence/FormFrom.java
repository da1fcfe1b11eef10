package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/** A saved draft as its form shows it again. */
final class FormFrom {

  private FormFrom() {}

  static SubmissionForm submission(Submissions.Seen seen) {
    Submission s = seen.submission();
    SubmissionForm form = new SubmissionForm();
    form.setWhatKnown(s.whatKnown());
    form.setHowKnown(name(s.howKnown()));
    form.setToldBy(text(s.toldBy()));
    form.setMentionedBefore(name(s.mentionedBefore()));
    form.setOthersWhoKnow(text(s.othersWhoKnow()));
    form.setChildrenDescribed(text(s.childrenDescribed()));
    form.setMoney(text(s.money()));
    form.setRiskNow(s.riskNow());
    form.setRiskNowDetails(text(s.riskNowDetails()));
    form.setChildIds(seen.children().stream().map(ChildId::toString).toList());
    List<ItemForm> items = new ArrayList<>();
    for (Item item : seen.items()) {
      ItemForm row = ItemForm.of(item.kind());
      row.setName(text(item.name()));
      row.setNickname(text(item.nickname()));
      row.setApproxAge(item.approxAge() == null ? "" : item.approxAge().toString());
      row.setDescription(text(item.description()));
      row.setRole(text(item.role()));
      row.setPlate(text(item.plate()));
      row.setMake(text(item.make()));
      row.setColour(text(item.colour()));
      row.setPhone(text(item.phone()));
      row.setPlatform(text(item.platform()));
      row.setUsername(text(item.username()));
      row.setPlaceName(text(item.placeName()));
      row.setAddress(text(item.address()));
      row.setPostcode(text(item.postcode()));
      row.setPlaceUse(name(item.placeUse()));
      row.setHowKnown(name(item.howKnown()));
      items.add(row);
    }
    form.setItems(items);
    form.setVersion(s.version());
    form.padRows();
    return form;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static String name(@Nullable Enum<?> value) {
    return value == null ? "" : value.name();
  }
}

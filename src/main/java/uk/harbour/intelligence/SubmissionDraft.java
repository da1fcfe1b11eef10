package uk.harbour.intelligence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/** A submission's content once its form has been checked: what is saved, draft or submitted. */
record SubmissionDraft(
    String whatKnown,
    @Nullable HowKnown howKnown,
    @Nullable String toldBy,
    @Nullable MentionedBefore mentionedBefore,
    @Nullable String othersWhoKnow,
    @Nullable String childrenDescribed,
    @Nullable String money,
    boolean riskNow,
    @Nullable String riskNowDetails,
    List<ChildId> children,
    List<Item> items) {

  SubmissionDraft {
    children = List.copyOf(children);
    items = List.copyOf(items);
  }

  /** Whether nothing at all was written or chosen (such a draft is not saved). */
  boolean isEmpty() {
    return whatKnown.isBlank()
        && howKnown == null
        && toldBy == null
        && mentionedBefore == null
        && othersWhoKnow == null
        && childrenDescribed == null
        && money == null
        && !riskNow
        && children.isEmpty()
        && items.isEmpty();
  }

  /** Whether anything in it could pick out a person, vehicle, phone, account, place or child. */
  boolean identifiesAnything() {
    return !children.isEmpty() || items.stream().anyMatch(Item::identifies);
  }
}

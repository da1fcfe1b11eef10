package uk.harbour.people;

import java.util.List;
import uk.harbour.shared.ChildId;

/**
 * Open work about a child that another module holds (an open case, a concern awaiting a screening
 * decision), so that a merge of two records can say when both records have some: the work then
 * needs bringing together by a person. This module needs to know nothing about those modules.
 */
public interface OpenWork {

  /**
   * One open item.
   *
   * @param messageKey what it is, a message key taking {@code reference} as {0}
   * @param reference the item's reference, or null
   * @param href where a screening officer can open it, application-relative
   */
  record Item(String messageKey, String reference, String href) {}

  /** The open items about this record (not following merges). */
  List<Item> openFor(ChildId child);
}

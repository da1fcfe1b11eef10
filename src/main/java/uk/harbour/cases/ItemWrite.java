package uk.harbour.cases;

import java.util.function.BooleanSupplier;

/**
 * What a write to one item of a case did, when the request named the item itself (an id or a form's
 * one-time key, which a browser can change): repositories include the case (or its plan or child)
 * in every such write, and a write that touched nothing tells apart a form sent twice, an item
 * changed by someone else since, and an item that is not this case's at all. {@link Cases#require}
 * refuses the last as not found, audited.
 */
public enum ItemWrite {
  /** Written now. */
  DONE,
  /** The same form was sent again: its key is already this case's, nothing more to do. */
  ALREADY_DONE,
  /** The item is this case's, but someone saved it since the user opened it. */
  CHANGED_SINCE,
  /** The id or key names no item of this case. */
  NOT_IN_CASE;

  /**
   * After an insert that does nothing when its id or key exists.
   *
   * @param rows rows inserted
   * @param keyIsThisCases asked only when nothing was inserted: whether the existing id or key
   *     belongs to this case
   */
  public static ItemWrite inserted(int rows, BooleanSupplier keyIsThisCases) {
    if (rows > 0) {
      return DONE;
    }
    return keyIsThisCases.getAsBoolean() ? ALREADY_DONE : NOT_IN_CASE;
  }

  /**
   * After an update that includes the case and the version opened.
   *
   * @param rows rows updated
   * @param itemIsThisCases asked only when nothing was updated: whether the item belongs to this
   *     case
   */
  public static ItemWrite updated(int rows, BooleanSupplier itemIsThisCases) {
    if (rows > 0) {
      return DONE;
    }
    return itemIsThisCases.getAsBoolean() ? CHANGED_SINCE : NOT_IN_CASE;
  }

  public boolean done() {
    return this == DONE;
  }
}

package uk.harbour.audit;

import java.util.List;

/** Where a transaction's access events go once it has committed ({@link TransactionAudit}). */
interface AccessEventQueue {

  /**
   * Appends the events to the chain and returns once they have committed.
   *
   * @throws IllegalStateException if they could not be written, with the reason as its cause
   */
  void appendAll(List<TransactionAudit.Entry> entries);
}

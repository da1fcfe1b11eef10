package uk.harbour.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit events of one transaction. Events about a change (creating, changing, merging, signing
 * in, break-glass...) are appended at once, in the transaction, so the change and its event commit
 * together or not at all. Access events (views, searches, exports, refusals: nothing changed) wait
 * for the commit: if the transaction also appended a change event, they join it under the lock it
 * already holds; otherwise they go to the {@link AccessEventWriter}, which writes them with other
 * requests' access events in one commit, and the commit of this transaction does not return until
 * they are on disk or have failed (ADR 002, "Access events in groups").
 */
final class TransactionAudit implements TransactionSynchronization {

  /** The actions that read and change nothing. */
  static final Set<AuditAction> ACCESS =
      EnumSet.of(
          AuditAction.VIEW, AuditAction.SEARCH, AuditAction.EXPORT, AuditAction.ACCESS_DENIED);

  /** An event and the children it is indexed under. */
  record Entry(StoredEvent event, Collection<UUID> children) {}

  private final AuditLogRepository log;
  private final AccessEventQueue writer;
  private final List<Entry> waiting = new ArrayList<>();
  private boolean holdsLock;

  private TransactionAudit(AuditLogRepository log, AccessEventQueue writer) {
    this.log = log;
    this.writer = writer;
  }

  /** This transaction's events, registered with it the first time one is recorded. */
  static TransactionAudit current(AuditLogRepository log, AccessEventQueue writer) {
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof TransactionAudit mine) {
        return mine;
      }
    }
    TransactionAudit created = new TransactionAudit(log, writer);
    TransactionSynchronizationManager.registerSynchronization(created);
    return created;
  }

  void record(AuditAction action, StoredEvent event, Collection<UUID> children) {
    Entry entry = new Entry(event, children);
    if (ACCESS.contains(action)) {
      waiting.add(entry);
    } else {
      append(entry);
    }
  }

  private void append(Entry entry) {
    StoredEvent stored = log.append(entry.event());
    log.indexChildren(stored.seq(), entry.children());
    holdsLock = true;
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    if (holdsLock) {
      waiting.forEach(this::append);
      waiting.clear();
    }
  }

  @Override
  public void afterCommit() {
    if (!waiting.isEmpty()) {
      List<Entry> entries = List.copyOf(waiting);
      waiting.clear();
      writer.appendAll(entries);
    }
  }
}

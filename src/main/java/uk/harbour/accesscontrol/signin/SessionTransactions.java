package uk.harbour.accesscontrol.signin;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions Spring Session's store runs its work in: a real one for writes (a session's row
 * and its attributes change together), none for a read, which is one statement ({@link
 * SessionStore} marks its reads with {@link #withoutTransaction}).
 */
final class SessionTransactions implements TransactionOperations {

  private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

  private final Supplier<TransactionOperations> transactions;

  SessionTransactions(Supplier<TransactionOperations> transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code read}, during which the store's work runs without a transaction. */
  <T> T withoutTransaction(Supplier<T> read) {
    READING.set(Boolean.TRUE);
    try {
      return read.get();
    } finally {
      READING.remove();
    }
  }

  @Override
  public <T> T execute(TransactionCallback<T> action) throws TransactionException {
    if (READING.get() != null) {
      return TransactionOperations.withoutTransaction().execute(action);
    }
    return transactions.get().execute(action);
  }
}

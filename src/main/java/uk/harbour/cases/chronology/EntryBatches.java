package uk.harbour.cases.chronology;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Every entry of a case matching a filter, in order, read a batch at a time as the caller iterates
 * (keyset paging: memory stays constant, and no entry is skipped or repeated), each batch with the
 * access policy applied again inside its query and its earlier wordings and notes added. See {@link
 * ChronologyRepository#all}, which reads each batch ({@code after} the last entry of the previous
 * one, or from the start).
 */
final class EntryBatches implements Iterator<ChronologyEntry> {

  private final Function<@Nullable ChronologyEntry, List<ChronologyEntry>> after;
  private final int batchSize;
  private final UnaryOperator<List<ChronologyEntry>> details;
  private Iterator<ChronologyEntry> current = Collections.emptyIterator();
  private @Nullable ChronologyEntry last;
  private boolean exhausted;

  EntryBatches(
      Function<@Nullable ChronologyEntry, List<ChronologyEntry>> after,
      int batchSize,
      UnaryOperator<List<ChronologyEntry>> details) {
    this.after = after;
    this.batchSize = batchSize;
    this.details = details;
  }

  @Override
  public boolean hasNext() {
    if (!current.hasNext() && !exhausted) {
      List<ChronologyEntry> batch = after.apply(last);
      exhausted = batch.size() < batchSize;
      current = details.apply(batch).iterator();
    }
    return current.hasNext();
  }

  @Override
  public ChronologyEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    last = current.next();
    return last;
  }
}

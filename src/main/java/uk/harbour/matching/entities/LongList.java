package uk.harbour.matching.entities;

import java.util.Arrays;

/** A growable list of longs (index keys). */
final class LongList {
  private long[] values = new long[32];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  long get(int i) {
    return values[i];
  }

  /** The values sorted with duplicates removed. */
  long[] distinct() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    int n = 0;
    for (int i = 0; i < copy.length; i++) {
      if (i == 0 || copy[i] != copy[i - 1]) {
        copy[n++] = copy[i];
      }
    }
    return Arrays.copyOf(copy, n);
  }
}

package uk.harbour.matching;

import java.util.Arrays;

/**
 * Blocking keys to the record numbers that carry them, in insertion order, without boxing: an
 * open-addressing table of long keys, each with a growable int list.
 */
final class Postings {

  private static final int[] EMPTY = new int[0];

  private long[] keys;
  private int[][] lists;
  private int[] sizes;
  private int used;

  Postings(int expectedKeys) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
    keys = new long[capacity];
    lists = new int[capacity][];
    sizes = new int[capacity];
  }

  void add(long key, int record) {
    int slot = find(key);
    if (lists[slot] == null) {
      keys[slot] = key;
      lists[slot] = new int[2];
      if (++used * 2 > keys.length) {
        grow();
        slot = find(key);
      }
    }
    int[] list = lists[slot];
    if (sizes[slot] == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      lists[slot] = list;
    }
    list[sizes[slot]++] = record;
  }

  /** Removes one occurrence of {@code record} under {@code key}, keeping the others in order. */
  void remove(long key, int record) {
    int slot = find(key);
    int[] list = lists[slot];
    if (list == null) {
      return;
    }
    int n = sizes[slot];
    for (int i = 0; i < n; i++) {
      if (list[i] == record) {
        System.arraycopy(list, i + 1, list, i, n - i - 1);
        sizes[slot] = n - 1;
        return;
      }
    }
  }

  /** The slot of {@code key}, or -1 when no record carries it. */
  int slot(long key) {
    int slot = find(key);
    return lists[slot] == null ? -1 : slot;
  }

  int[] list(int slot) {
    return slot < 0 ? EMPTY : lists[slot];
  }

  int size(int slot) {
    return slot < 0 ? 0 : sizes[slot];
  }

  int keyCount() {
    return used;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) Hashing.mix(key) & mask;
    while (lists[slot] != null && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[][] oldLists = lists;
    int[] oldSizes = sizes;
    keys = new long[oldKeys.length * 2];
    lists = new int[oldKeys.length * 2][];
    sizes = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldLists[i] != null) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        lists[slot] = oldLists[i];
        sizes[slot] = oldSizes[i];
      }
    }
  }
}

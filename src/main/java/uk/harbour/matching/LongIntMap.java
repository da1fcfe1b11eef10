package uk.harbour.matching;

/** An open-addressing map from long keys to int counts, without boxing. */
final class LongIntMap {

  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
  }

  int get(long key) {
    int slot = find(key);
    return used[slot] ? values[slot] : 0;
  }

  /** Adds {@code delta} to the count of {@code key} and returns the new count. */
  int add(long key, int delta) {
    int slot = find(key);
    if (!used[slot]) {
      used[slot] = true;
      keys[slot] = key;
      values[slot] = 0;
      if (++size * 2 > keys.length) {
        values[slot] = delta;
        grow();
        return delta;
      }
    }
    values[slot] += delta;
    return values[slot];
  }

  int size() {
    return size;
  }

  /** Calls the visitor once per key with its count. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        visitor.visit(keys[i], values[i]);
      }
    }
  }

  /** Receives one key and its count. */
  interface Visitor {
    void visit(long key, int value);
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) Hashing.mix(key) & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int slot = find(oldKeys[i]);
        used[slot] = true;
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}

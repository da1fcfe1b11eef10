package uk.harbour.matching.entities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** For each index key, the register slots filed under it, in the order they were filed. */
final class KeyLists {

  private static final int[] EMPTY = {0};

  /** Per key: element 0 is the number of slots that follow. */
  private final Map<Long, int[]> lists = new HashMap<>();

  void add(long key, int slot) {
    int[] list = lists.get(key);
    if (list == null) {
      list = new int[4];
    } else if (list[0] + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
    }
    list[++list[0]] = slot;
    lists.put(key, list);
  }

  /** The slots under a key; element 0 is their count. Callers must not change it. */
  int[] get(long key) {
    int[] list = lists.get(key);
    return list == null ? EMPTY : list;
  }

  /** Takes a slot out of the list under a key (the list keeps its order). */
  void remove(long key, int slot) {
    int[] list = lists.get(key);
    if (list == null) {
      return;
    }
    int n = 0;
    for (int i = 1; i <= list[0]; i++) {
      if (list[i] != slot) {
        list[++n] = list[i];
      }
    }
    if (n == 0) {
      lists.remove(key);
    } else {
      list[0] = n;
    }
  }

  int keys() {
    return lists.size();
  }
}

package uk.harbour.matching;

import java.util.Arrays;

/**
 * Records grouped into people: the connected components of the pairs at or above a threshold.
 * Records are numbered 0..n-1; clusters are numbered from 1 in the order of their first record.
 */
public final class Clusters {

  private final int[] cluster;
  private final int count;

  Clusters(int records, int[] left, int[] right) {
    int[] parent = new int[records];
    Arrays.setAll(parent, i -> i);
    for (int k = 0; k < left.length; k++) {
      int a = root(parent, left[k]);
      int b = root(parent, right[k]);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    cluster = new int[records];
    int[] number = new int[records];
    int next = 0;
    for (int i = 0; i < records; i++) {
      int r = root(parent, i);
      if (number[r] == 0) {
        number[r] = ++next;
      }
      cluster[i] = number[r];
    }
    count = next;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The cluster number (from 1) of record {@code record}. */
  public int clusterOf(int record) {
    return cluster[record];
  }

  public int records() {
    return cluster.length;
  }

  public int clusterCount() {
    return count;
  }
}

package uk.harbour.matching;

import java.util.Arrays;

/**
 * The candidate pairs one thread found: packed record numbers, the comparison pattern of each, and
 * the count of each pattern.
 */
final class CandidateChunk {

  long[] pairs = new long[1024];
  long[] codes = new long[1024];
  int size;
  final LongIntMap patternCounts = new LongIntMap(4096);

  void add(int left, int right, long code) {
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
      codes = Arrays.copyOf(codes, size * 2);
    }
    pairs[size] = ((long) left << 32) | (right & 0xffffffffL);
    codes[size++] = code;
    patternCounts.add(code, 1);
  }

  static int left(long pair) {
    return (int) (pair >>> 32);
  }

  static int right(long pair) {
    return (int) pair;
  }
}

package uk.harbour.matching;

import java.util.Arrays;

/**
 * Finds and compares the candidate pairs of every {@code step}-th left record starting at {@code
 * first}: the union of the records sharing any blocking key, each pair compared once. When
 * deduplicating, only pairs (i, j) with i &lt; j are taken.
 */
final class CandidateSearch implements Runnable {

  private final RecordFeatures[] left;
  private final RecordFeatures[] right;
  private final long[][] leftKeys;
  private final Postings postings;
  private final Scorer scorer;
  private final PatternCodec codec;
  private final int maxBlock;
  private final int first;
  private final int step;
  final CandidateChunk chunk = new CandidateChunk();

  CandidateSearch(
      RecordFeatures[] left,
      RecordFeatures[] right,
      long[][] leftKeys,
      Postings postings,
      Scorer scorer,
      PatternCodec codec,
      int maxBlock,
      int first,
      int step) {
    this.left = left;
    this.right = right;
    this.leftKeys = leftKeys;
    this.postings = postings;
    this.scorer = scorer;
    this.codec = codec;
    this.maxBlock = maxBlock;
    this.first = first;
    this.step = step;
  }

  @Override
  public void run() {
    boolean dedupe = left == right;
    int narrowBlock = Blocking.narrowBlock(maxBlock);
    int[] stamp = new int[right.length];
    int[] levels = new int[scorer.fieldCount()];
    for (int i = first; i < left.length; i += step) {
      RecordFeatures a = left[i];
      for (long key : leftKeys[i]) {
        int slot = postings.slot(key);
        int size = postings.size(slot);
        if (size == 0 || size > (Blocking.narrow(key) ? narrowBlock : maxBlock)) {
          continue;
        }
        int[] list = postings.list(slot);
        int from = dedupe ? firstAbove(list, size, i) : 0;
        for (int k = from; k < size; k++) {
          int j = list[k];
          if (stamp[j] == i + 1) {
            continue;
          }
          stamp[j] = i + 1;
          scorer.levels(a, right[j], levels);
          chunk.add(i, j, codec.encode(levels));
        }
      }
    }
  }

  private static int firstAbove(int[] sorted, int size, int value) {
    int at = Arrays.binarySearch(sorted, 0, size, value + 1);
    return at >= 0 ? at : -at - 1;
  }
}

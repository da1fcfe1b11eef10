package uk.harbour.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * People held in memory for matching one record at a time: add, replace and remove people by id,
 * and ask who may be the same as a given record, best first, each with its explanation. Safe for
 * many concurrent queries; changes wait for queries in progress.
 */
public final class MatchIndex {

  private final MatchModel model;
  private final FeatureExtractor extractor;
  private final int maxBlock;
  private final Postings postings = new Postings(1 << 16);
  private final TermFrequencies frequencies = new TermFrequencies();
  private final Scorer scorer;
  private final Map<String, Integer> slots = new HashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<int[]> stamps = ThreadLocal.withInitial(() -> new int[1]);
  private final ThreadLocal<int[]> generation = ThreadLocal.withInitial(() -> new int[1]);
  private RecordFeatures[] records = new RecordFeatures[1024];
  private long[][] keys = new long[1024][];
  private int[] free = new int[16];
  private int freeCount;
  private int used;

  public MatchIndex(MatchModel model) {
    this(model, LinkSettings.DEFAULT_MAX_BLOCK * 4);
  }

  /** An index whose queries skip blocking keys shared by more than {@code maxBlock} people. */
  public MatchIndex(MatchModel model, int maxBlock) {
    this.model = model;
    this.extractor = new FeatureExtractor(model.schema);
    this.maxBlock = maxBlock;
    this.scorer = new Scorer(model, frequencies);
  }

  public MatchModel model() {
    return model;
  }

  /** Adds a person, or replaces the person already held with the same id. */
  public void add(PersonRecord person) {
    RecordFeatures features = extractor.extract(person);
    long[] personKeys = Blocking.keys(features);
    lock.writeLock().lock();
    try {
      insert(features, personKeys);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Adds or replaces many people, working out their features on every core first. */
  public void addAll(Collection<PersonRecord> people) {
    List<PersonRecord> list = new ArrayList<>(people);
    RecordFeatures[] features = new RecordFeatures[list.size()];
    long[][] personKeys = new long[list.size()][];
    java.util.stream.IntStream.range(0, list.size())
        .parallel()
        .forEach(
            i -> {
              features[i] = extractor.extract(list.get(i));
              personKeys[i] = Blocking.keys(features[i]);
            });
    lock.writeLock().lock();
    try {
      for (int i = 0; i < features.length; i++) {
        insert(features[i], personKeys[i]);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes the person with this id; returns whether one was held. */
  public boolean remove(String id) {
    lock.writeLock().lock();
    try {
      return removeHeld(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean removeHeld(String id) {
    Integer slot = slots.remove(id);
    if (slot == null) {
      return false;
    }
    for (long key : keys[slot]) {
      postings.remove(key, slot);
    }
    frequencies.remove(records[slot]);
    records[slot] = null;
    keys[slot] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
    return true;
  }

  public int size() {
    lock.readLock().lock();
    try {
      return slots.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The people who may be the same as {@code probe}, best first, at most {@code limit}. */
  public List<Candidate> query(PersonRecord probe, int limit) {
    return query(probe, limit, 0);
  }

  /**
   * The people at or above {@code minProbability} who may be the same as {@code probe}, best first,
   * at most {@code limit}. A person held with the probe's own id is left out.
   */
  public List<Candidate> query(PersonRecord probe, int limit, double minProbability) {
    RecordFeatures a = extractor.extract(probe);
    long[] probeKeys = Blocking.keys(a);
    List<Scored> scored = new ArrayList<>();
    lock.readLock().lock();
    try {
      int[] stamp = stamps.get();
      if (stamp.length < used) {
        stamp = new int[records.length];
        stamps.set(stamp);
      }
      int[] counter = generation.get();
      if (counter[0] == Integer.MAX_VALUE) {
        counter[0] = 0;
        Arrays.fill(stamp, 0);
      }
      int mark = ++counter[0];
      int narrowBlock = Blocking.narrowBlock(maxBlock);
      int[] levels = new int[scorer.fieldCount()];
      for (long key : probeKeys) {
        int slot = postings.slot(key);
        int size = postings.size(slot);
        if (size == 0 || size > (Blocking.narrow(key) ? narrowBlock : maxBlock)) {
          continue;
        }
        int[] list = postings.list(slot);
        for (int k = 0; k < size; k++) {
          int j = list[k];
          if (stamp[j] == mark) {
            continue;
          }
          stamp[j] = mark;
          RecordFeatures b = records[j];
          if (b.id.equals(a.id)) {
            continue;
          }
          scorer.levels(a, b, levels);
          double weight = scorer.weight(a, levels);
          if (MatchModel.probability(weight) >= minProbability) {
            scored.add(new Scored(b, weight));
          }
        }
      }
      scored.sort(Comparator.comparingDouble(Scored::weight).reversed());
      List<Candidate> out = new ArrayList<>(Math.min(limit, scored.size()));
      for (int i = 0; i < scored.size() && i < limit; i++) {
        Scored s = scored.get(i);
        Explanation why = scorer.explain(a, s.features());
        out.add(new Candidate(s.features().id, why.matchWeight(), why.probability(), why));
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  private record Scored(RecordFeatures features, double weight) {}

  private void insert(RecordFeatures features, long[] personKeys) {
    removeHeld(features.id);
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (used == records.length) {
        records = Arrays.copyOf(records, used * 2);
        keys = Arrays.copyOf(keys, used * 2);
      }
      slot = used++;
    }
    records[slot] = features;
    keys[slot] = personKeys;
    slots.put(features.id, slot);
    frequencies.add(features);
    for (long key : personKeys) {
      postings.add(key, slot);
    }
  }
}

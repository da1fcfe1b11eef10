package uk.harbour.matching.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory register of one kind or all kinds, thread-safe for many readers and one writer.
 * Entries are filed under index keys ({@link Keys}); {@link #match} reads only the lists under the
 * mention's keys, shortest first, and scores at most {@value #BUDGET} candidates: a mention so
 * vague that its keys hold more (a lone "Deano" of about 25 in a register of millions) gets the
 * best of those it reached, all of them POSSIBLE at most.
 *
 * <p>Candidates are compared by the rules for their type ({@link PersonRules}, {@link
 * VehicleRules}, {@link OtherRules}). A STRONG candidate that does not rest on an identifier
 * agreeing exactly (phone, full plate, username on the platform) must also stand out: if any other
 * candidate scores within {@value #AMBIGUOUS_WITHIN} of it or above, it is only POSSIBLE. Two
 * adults called Dean Walsh of about 27 are each only worth a look.
 */
public final class EntityRegister {

  static final int BUDGET = 2_500;
  static final double AMBIGUOUS_WITHIN = 1.5;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Integer> slots = new HashMap<>();
  private final KeyLists keys = new KeyLists();
  private final NameCounts names = new NameCounts();
  private EntityRecord[] records = new EntityRecord[1024];
  private Features[] features = new Features[1024];
  private long[][] filedUnder = new long[1024][];
  private int[] free = new int[16];
  private int freeCount;
  private int next;

  /** Adds an entry, or replaces the entry with the same id. */
  public void put(EntityRecord entry) {
    Features f = Features.of(entry);
    LongList list = new LongList();
    Keys.index(f, list);
    long[] filed = list.distinct();
    lock.writeLock().lock();
    try {
      removeLocked(entry.id());
      int slot = freeCount > 0 ? free[--freeCount] : next++;
      if (slot == records.length) {
        int size = records.length * 2;
        records = Arrays.copyOf(records, size);
        features = Arrays.copyOf(features, size);
        filedUnder = Arrays.copyOf(filedUnder, size);
      }
      records[slot] = entry;
      features[slot] = f;
      names.add(f);
      filedUnder[slot] = filed;
      for (long key : filed) {
        keys.add(key, slot);
      }
      slots.put(entry.id(), slot);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes the entry with this id, if there is one. */
  public void remove(String id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void removeLocked(String id) {
    Integer slot = slots.remove(id);
    if (slot == null) {
      return;
    }
    for (long key : filedUnder[slot]) {
      keys.remove(key, slot);
    }
    names.remove(features[slot]);
    records[slot] = null;
    features[slot] = null;
    filedUnder[slot] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  public int size() {
    lock.readLock().lock();
    try {
      return slots.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The entries of the mention's type that may be it, best first (STRONG before POSSIBLE, then by
   * score, then by id), at most {@code limit}. Only candidates at least POSSIBLE are listed; an
   * entry with the mention's own id is never listed.
   */
  public List<EntityMatch> match(EntityRecord mention, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    Features m = Features.of(mention);
    LongList list = new LongList();
    Keys.query(m, list);
    long[] wanted = list.distinct();
    List<Scored> found = new ArrayList<>();
    lock.readLock().lock();
    try {
      for (int slot : candidates(wanted)) {
        Features f = features[slot];
        if (f == null || f.type != mention.type()) {
          continue;
        }
        Comparison c = compare(m, f);
        if (c != null && c.strength() != null && !records[slot].id().equals(mention.id())) {
          found.add(new Scored(records[slot].id(), c));
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    found.sort(ORDER);
    settleAmbiguity(found);
    List<EntityMatch> out = new ArrayList<>(Math.min(limit, found.size()));
    for (int i = 0; i < found.size() && out.size() < limit; i++) {
      out.add(found.get(i).comparison().toMatch(found.get(i).id()));
    }
    return out;
  }

  /**
   * The slots under the mention's keys, shortest list first (the most telling keys: a phone, a full
   * name, a postcode), adding whole lists while the total stays within {@link #BUDGET}. If even the
   * shortest list is longer, the first {@link #BUDGET} slots of it are taken.
   */
  private int[] candidates(long[] wanted) {
    int[][] lists = new int[wanted.length][];
    for (int i = 0; i < wanted.length; i++) {
      lists[i] = keys.get(wanted[i]);
    }
    Arrays.sort(lists, Comparator.comparingInt((int[] l) -> l[0]));
    int total = 0;
    int take = 0;
    while (take < lists.length && total + lists[take][0] <= BUDGET) {
      total += lists[take][0];
      take++;
    }
    if (take == 0 && lists.length > 0) {
      total = Math.min(BUDGET, lists[0][0]);
    }
    int[] all = new int[total];
    int n = 0;
    for (int t = 0; t < Math.max(take, lists.length > 0 ? 1 : 0) && n < total; t++) {
      int[] l = lists[t];
      for (int i = 1; i <= l[0] && n < total; i++) {
        all[n++] = l[i];
      }
    }
    Arrays.sort(all, 0, n);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[unique++] = all[i];
      }
    }
    return Arrays.copyOf(all, unique);
  }

  private @Nullable Comparison compare(Features m, Features r) {
    return switch (m.type) {
      case PERSON -> PersonRules.compare(m, r, names);
      case VEHICLE -> VehicleRules.compare(m, r);
      case PHONE -> OtherRules.phone(m, r);
      case ONLINE_ACCOUNT -> OtherRules.account(m, r);
      case PLACE -> OtherRules.place(m, r);
    };
  }

  /**
   * A STRONG candidate that does not rest on an identifier stays STRONG only when it scores more
   * than {@link #AMBIGUOUS_WITHIN} above every other candidate; otherwise it is POSSIBLE.
   */
  private static void settleAmbiguity(List<Scored> found) {
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Scored s : found) {
      double score = s.comparison().score();
      if (score > best) {
        second = best;
        best = score;
      } else if (score > second) {
        second = score;
      }
    }
    boolean changed = false;
    for (Scored s : found) {
      Comparison c = s.comparison();
      if (c.strength() == MatchStrength.STRONG
          && !c.onIdentifier()
          && (c.score() < best || second >= best - AMBIGUOUS_WITHIN)) {
        c.strength(MatchStrength.POSSIBLE);
        changed = true;
      }
    }
    if (changed) {
      found.sort(ORDER);
    }
  }

  private static final Comparator<Scored> ORDER =
      (a, b) -> {
        int strength = a.comparison().strength().compareTo(b.comparison().strength());
        if (strength != 0) {
          return strength;
        }
        int score = Double.compare(b.comparison().score(), a.comparison().score());
        return score != 0 ? score : a.id().compareTo(b.id());
      };

  private record Scored(String id, Comparison comparison) {}
}

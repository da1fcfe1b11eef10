package uk.harbour.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * One batch run: features, blocking, candidate comparison on several threads, u from random pairs,
 * m by expectation maximisation, then every candidate pair scored.
 */
final class BatchLinker {

  private final LinkSettings settings;

  BatchLinker(LinkSettings settings) {
    this.settings = settings;
  }

  LinkResult run(List<PersonRecord> leftRecords, List<PersonRecord> rightRecords) {
    long started = System.nanoTime();
    boolean dedupe = rightRecords == null;
    Schema schema = Schema.of(leftRecords);
    if (!dedupe) {
      schema = schema.union(Schema.of(rightRecords));
    }
    FeatureExtractor extractor = new FeatureExtractor(schema);
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      RecordFeatures[] left = extract(pool, extractor, leftRecords);
      RecordFeatures[] right = dedupe ? left : extract(pool, extractor, rightRecords);
      long[][] leftKeys = keys(pool, left);
      long[][] rightKeys = dedupe ? leftKeys : keys(pool, right);
      Postings postings = new Postings(right.length * 4);
      for (int j = 0; j < right.length; j++) {
        for (long key : rightKeys[j]) {
          postings.add(key, j);
        }
      }
      TermFrequencies frequencies = new TermFrequencies();
      for (RecordFeatures r : left) {
        frequencies.add(r);
      }
      if (!dedupe) {
        for (RecordFeatures r : right) {
          frequencies.add(r);
        }
      }
      MatchModel prior = MatchModel.priors(schema, 0.01);
      Scorer priorScorer = new Scorer(prior, null);
      PatternCodec codec = new PatternCodec(prior.fields);
      long compareStarted = System.nanoTime();
      List<CandidateSearch> searches = new ArrayList<>();
      for (int t = 0; t < settings.threads(); t++) {
        searches.add(
            new CandidateSearch(
                left,
                right,
                leftKeys,
                postings,
                priorScorer,
                codec,
                settings.maxBlock(),
                t,
                settings.threads()));
      }
      int threads = settings.threads();
      double[][][] counts = new double[threads][][];
      runAll(pool, searches);
      long candidateNanos = System.nanoTime() - compareStarted;
      long randomStarted = System.nanoTime();
      List<Runnable> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        tasks.add(
            () ->
                counts[part] =
                    RandomPairs.count(
                        priorScorer,
                        left,
                        right,
                        settings.randomPairs() / threads,
                        settings.seed() + part));
      }
      runAll(pool, tasks);
      for (int t = 1; t < threads; t++) {
        for (int f = 0; f < counts[0].length; f++) {
          for (int l = 0; l < counts[0][f].length; l++) {
            counts[0][f][l] += counts[t][f][l];
          }
        }
      }
      double[][] u = RandomPairs.fromCounts(priorScorer, counts[0]);
      long randomPairNanos = System.nanoTime() - randomStarted;
      LongIntMap patterns = new LongIntMap(8192);
      long candidates = 0;
      for (CandidateSearch s : searches) {
        candidates += s.chunk.size;
        s.chunk.patternCounts.forEach(patterns::add);
      }
      double startLambda =
          Math.min(0.5, Math.max(1e-4, left.length / (2.0 * Math.max(1, candidates))));
      MatchModel start = new MatchModel(schema, prior.fields, startLambda, prior.m, u);
      Em.Fit fit = Em.fit(start, codec, patterns, settings.uFromRandomPairs());
      MatchModel model = fit.model();
      boolean plausible = ModelCheck.plausible(model);
      if (!plausible) {
        int most = dedupe ? left.length : Math.min(left.length, right.length);
        model =
            ModelCheck.fallback(prior, u, Math.min(0.5, most / (2.0 * Math.max(1, candidates))));
      }
      Scorer scorer = new Scorer(model, settings.termFrequencies() ? frequencies : null);
      int[] pairLeft = new int[(int) candidates];
      int[] pairRight = new int[(int) candidates];
      double[] weights = new double[(int) candidates];
      int k = 0;
      int[] levels = new int[prior.fields.length];
      for (CandidateSearch s : searches) {
        CandidateChunk chunk = s.chunk;
        for (int p = 0; p < chunk.size; p++, k++) {
          int i = CandidateChunk.left(chunk.pairs[p]);
          pairLeft[k] = i;
          pairRight[k] = CandidateChunk.right(chunk.pairs[p]);
          codec.decode(chunk.codes[p], levels);
          weights[k] = scorer.weight(left[i], levels);
        }
      }
      LinkResult.Stats stats =
          new LinkResult.Stats(
              candidates,
              candidates + settings.randomPairs(),
              fit.rounds(),
              plausible,
              candidateNanos,
              randomPairNanos,
              System.nanoTime() - started);
      return new LinkResult(
          left, right, dedupe, pairLeft, pairRight, weights, scorer, settings.threshold(), stats);
    } finally {
      pool.shutdown();
    }
  }

  private RecordFeatures[] extract(
      ExecutorService pool, FeatureExtractor extractor, List<PersonRecord> records) {
    RecordFeatures[] out = new RecordFeatures[records.size()];
    parallel(pool, out.length, i -> out[i] = extractor.extract(records.get(i)));
    return out;
  }

  private long[][] keys(ExecutorService pool, RecordFeatures[] records) {
    long[][] out = new long[records.length][];
    parallel(pool, out.length, i -> out[i] = Blocking.keys(records[i]));
    return out;
  }

  private void parallel(ExecutorService pool, int n, IntConsumer body) {
    int threads = settings.threads();
    List<Runnable> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(
          () -> {
            for (int i = first; i < n; i += threads) {
              body.accept(i);
            }
          });
    }
    runAll(pool, parts);
  }

  private static void runAll(ExecutorService pool, List<? extends Runnable> tasks) {
    List<Future<?>> futures = new ArrayList<>();
    for (Runnable task : tasks) {
      futures.add(pool.submit(task));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while linking", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

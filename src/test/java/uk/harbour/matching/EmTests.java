package uk.harbour.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmTests {

  /** Draws comparison vectors from known m, u and lambda; EM must find them again. */
  @Test
  void recoversKnownParametersWithoutLabels() {
    MatchModel prior = MatchModel.priors(Schema.PERSON, 0.3);
    FieldComparison[] fields = prior.fields;
    double lambda = 0.12;
    double[][] m = new double[fields.length][];
    double[][] u = new double[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      int levels = fields[f].levels().length;
      m[f] = new double[levels];
      u[f] = new double[levels];
      for (int l = 0; l < levels; l++) {
        m[f][l] = Math.pow(0.3, l);
        u[f][l] = Math.pow(0.3, levels - 1 - l);
      }
      normalise(m[f]);
      normalise(u[f]);
    }
    PatternCodec codec = new PatternCodec(fields);
    LongIntMap patterns = new LongIntMap(1024);
    SplittableRandom random = new SplittableRandom(1);
    int[] levels = new int[fields.length];
    for (int n = 0; n < 300_000; n++) {
      boolean match = random.nextDouble() < lambda;
      for (int f = 0; f < fields.length; f++) {
        levels[f] = random.nextDouble() < 0.1 ? -1 : draw(match ? m[f] : u[f], random);
      }
      patterns.add(codec.encode(levels), 1);
    }
    Em.Fit fit = Em.fit(prior, codec, patterns, false);
    assertThat(fit.model().lambda()).isCloseTo(lambda, within(0.01));
    for (int f = 0; f < fields.length; f++) {
      for (int l = 0; l < m[f].length; l++) {
        assertThat(fit.model().m[f][l])
            .as("m %s level %d", fields[f].field(), l)
            .isCloseTo(m[f][l], within(0.02));
        assertThat(fit.model().u[f][l])
            .as("u %s level %d", fields[f].field(), l)
            .isCloseTo(u[f][l], within(0.02));
      }
    }
  }

  @Test
  void patternCodecRoundTripsMissingLevels() {
    FieldComparison[] fields = Schema.PERSON.comparisons();
    PatternCodec codec = new PatternCodec(fields);
    int[] levels = {0, -1, 5, 1, -1, 4, 3};
    int[] back = new int[fields.length];
    codec.decode(codec.encode(levels), back);
    assertThat(back).containsExactly(levels);
  }

  private static void normalise(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
  }

  private static int draw(double[] p, SplittableRandom random) {
    double r = random.nextDouble();
    for (int i = 0; i < p.length; i++) {
      r -= p[i];
      if (r < 0) {
        return i;
      }
    }
    return p.length - 1;
  }
}

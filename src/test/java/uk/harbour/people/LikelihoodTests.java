package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Likelihoods are said in words and never claim certainty (issue 9, item 15). */
class LikelihoodTests {

  @Test
  void nearCertaintyIsVeryLikelyAndNeverOneHundredPercent() throws Exception {
    for (double p : new double[] {0.99, 0.995, 0.999999, 1.0}) {
      Likelihood l = Likelihood.of(p);
      assertThat(l.band()).isEqualTo(Likelihood.Band.VERY_LIKELY);
      assertThat(words(l)).isEqualTo("Very likely the same child (over 99%)");
    }
  }

  @Test
  void eachBandHasItsWordsAndAWholePercentRoundedDown() throws Exception {
    assertThat(words(Likelihood.of(0.9899))).isEqualTo("Likely the same child (98%)");
    assertThat(words(Likelihood.of(0.9))).isEqualTo("Likely the same child (90%)");
    assertThat(words(Likelihood.of(0.642))).isEqualTo("May be the same child (64%)");
    assertThat(words(Likelihood.of(0.27))).isEqualTo("Less likely to be the same child (27%)");
    assertThat(words(Likelihood.of(0.08))).isEqualTo("Unlikely to be the same child (8%)");
    assertThat(words(Likelihood.of(0.0004))).isEqualTo("Unlikely to be the same child (under 1%)");
    assertThat(Likelihood.of(Double.NaN).band()).isEqualTo(Likelihood.Band.UNLIKELY);
  }

  @Test
  void noBandsWordsClaimCertainty() throws Exception {
    for (Likelihood.Band band : Likelihood.Band.values()) {
      for (int percent = 0; percent <= 99; percent++) {
        String text = words(new Likelihood(band, percent));
        assertThat(text).doesNotContain("100").doesNotContainIgnoringCase("certain");
      }
    }
  }

  private static String words(Likelihood l) throws Exception {
    Properties messages = new Properties();
    try (InputStream in =
        LikelihoodTests.class.getResourceAsStream("/messages/people.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new MessageFormat(messages.getProperty(l.key()), Locale.UK)
        .format(new Object[] {l.percent()});
  }
}

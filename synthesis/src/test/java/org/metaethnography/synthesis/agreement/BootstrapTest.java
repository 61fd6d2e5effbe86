package org.metaethnography.synthesis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The bootstrap confidence interval of Krippendorff's alpha. */
final class BootstrapTest {
  @Test
  void theInterval_isThePercentilesOfAlphaOverResampledSubjects() {
    // Two subjects: one on which AO and SL agree (x, x), one on which they do not (x, y).
    // Resampling two subjects with replacement gives {agree, agree} with probability 1/4, where
    // every value is x and alpha is undefined (left out); {disagree, disagree} with probability
    // 1/4: n = 4, values x 2 and y 2, 4 disagreeing ordered pairs, alpha = 1 - 3 * 4 / (16 - 8) =
    // -1/2; one of each with probability 1/2: values x 3 and y 1, 2 disagreeing pairs, alpha =
    // 1 - 3 * 2 / (16 - 10) = 0. Among defined resamples -1/2 has probability 1/3, so the 2.5th
    // percentile is -1/2 and the 97.5th is 0.
    Ratings ratings =
        Ratings.builder()
            .rate("agree", "AO", "x")
            .rate("agree", "SL", "x")
            .rate("disagree", "AO", "x")
            .rate("disagree", "SL", "y")
            .build();

    Coefficient alpha = Agreement.of(ratings).krippendorffsAlpha(1000, 42);

    assertThat(alpha.value().getAsDouble()).isCloseTo(0, within(1e-12));
    assertThat(alpha.confidenceInterval().orElseThrow().lower()).isCloseTo(-0.5, within(1e-12));
    assertThat(alpha.confidenceInterval().orElseThrow().upper()).isCloseTo(0, within(1e-12));
    assertThat(alpha.confidenceInterval().orElseThrow().level()).isEqualTo(0.95);
  }

  @Test
  void theInterval_ofKrippendorffsExample_holdsAlpha_andDependsOnlyOnTheSeed() {
    Ratings.Builder builder = Ratings.builder();
    int[][] data = {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
      {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}
    };
    for (int observer = 0; observer < 4; observer++) {
      for (int unit = 0; unit < 12; unit++) {
        if (data[observer][unit] > 0) {
          builder.rate("unit " + unit, "observer " + observer, "" + data[observer][unit]);
        }
      }
    }
    Agreement agreement = Agreement.of(builder.build());

    Coefficient alpha = agreement.krippendorffsAlpha(2000, 2011);
    ConfidenceInterval interval = alpha.confidenceInterval().orElseThrow();
    assertThat(interval.lower()).isLessThan(113.0 / 152);
    assertThat(interval.upper()).isGreaterThan(113.0 / 152).isLessThanOrEqualTo(1);
    assertThat(agreement.krippendorffsAlpha(2000, 2011)).isEqualTo(alpha);
    assertThat(agreement.krippendorffsAlpha(2000, 2012)).isNotEqualTo(alpha);
    assertThat(agreement.krippendorffsAlpha().confidenceInterval()).isEmpty();
  }
}

package org.metaethnography.synthesis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Ratings on which statistics are not defined give defined, documented results: a typed reason,
 * never NaN, never an exception.
 */
final class DegenerateCasesTest {
  /** Every overall statistic, with the bootstrap, in a fixed order. */
  private static List<Coefficient> overall(Agreement agreement) {
    return List.of(
        agreement.percentAgreement(),
        agreement.cohensKappa(),
        agreement.scottsPi(),
        agreement.fleissKappa(),
        agreement.krippendorffsAlpha(),
        agreement.krippendorffsAlpha(100, 7));
  }

  @Test
  void zeroSubjects_leaveEveryStatisticWithoutPairs() {
    Agreement agreement = Agreement.of(Ratings.builder().categories("yes", "no").build());

    assertThat(overall(agreement))
        .allSatisfy(
            c -> {
              assertThat(c.undefined()).contains(Undefined.NO_PAIRABLE_SUBJECTS);
              assertThat(c.value()).isEmpty();
              assertThat(c.observed()).isEmpty();
              assertThat(c.subjects()).isZero();
            });
    for (Map<String, Coefficient> byCategory :
        List.of(
            agreement.specificAgreement(),
            agreement.cohensKappaByCategory(),
            agreement.fleissKappaByCategory(),
            agreement.krippendorffsAlphaByCategory())) {
      assertThat(byCategory.keySet()).containsExactly("yes", "no");
      assertThat(byCategory.values())
          .allSatisfy(c -> assertThat(c.undefined()).contains(Undefined.NO_PAIRABLE_SUBJECTS));
    }
    assertThat(agreement.coincidences().values()).isZero();
  }

  @Test
  void noCategoriesAtAll_giveEmptyBreakdowns() {
    Agreement agreement = Agreement.of(Ratings.builder().build());

    assertThat(agreement.specificAgreement()).isEmpty();
    assertThat(agreement.krippendorffsAlphaByCategory()).isEmpty();
    assertThat(agreement.coincidences().categories()).isEmpty();
  }

  @Test
  void noOverlap_noSubjectRatedTwice_leavesEveryStatisticWithoutPairs() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 2", "SL", "exclude")
            .rate("record 3", "JB", "include")
            .build();

    assertThat(overall(Agreement.of(ratings)))
        .allSatisfy(c -> assertThat(c.undefined()).contains(Undefined.NO_PAIRABLE_SUBJECTS));
  }

  @Test
  void everyRatingInOneCategory_isUndefinedForWantOfVariation_withObservedAgreementOne() {
    Ratings ratings =
        Ratings.builder()
            .categories("include", "exclude")
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "include")
            .rate("record 2", "AO", "include")
            .rate("record 2", "SL", "include")
            .build();
    Agreement agreement = Agreement.of(ratings);

    for (Coefficient c :
        List.of(
            agreement.cohensKappa(),
            agreement.scottsPi(),
            agreement.fleissKappa(),
            agreement.krippendorffsAlpha(),
            agreement.krippendorffsAlpha(50, 1))) {
      assertThat(c.undefined()).contains(Undefined.NO_VARIATION);
      assertThat(c.observed()).isEqualTo(OptionalDouble.of(1));
      assertThat(c.expected()).isEqualTo(OptionalDouble.of(1));
      assertThat(c.subjects()).isEqualTo(2);
      assertThat(c.confidenceInterval()).isEmpty();
    }
    assertThat(agreement.percentAgreement().value()).isEqualTo(OptionalDouble.of(1));
    // The category every rating is in lacks variation; the one no one used is not used.
    for (Map<String, Coefficient> byCategory :
        List.of(
            agreement.cohensKappaByCategory(),
            agreement.fleissKappaByCategory(),
            agreement.krippendorffsAlphaByCategory())) {
      assertThat(byCategory.get("include").undefined()).contains(Undefined.NO_VARIATION);
      assertThat(byCategory.get("exclude").undefined()).contains(Undefined.CATEGORY_NOT_USED);
    }
    assertThat(agreement.specificAgreement().get("include").value())
        .isEqualTo(OptionalDouble.of(1));
    assertThat(agreement.specificAgreement().get("exclude").undefined())
        .contains(Undefined.CATEGORY_NOT_USED);
  }

  @Test
  void oneSubjectOnWhichTwoRatersDisagree_hasValuesWorkedOutByHand() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "exclude")
            .build();
    Agreement agreement = Agreement.of(ratings);

    // p_o = 0; Cohen's p_e = 1*0 + 0*1 = 0, so kappa = 0 with SE 0 (each rater used one
    // category); Scott's p_e = (1/2)^2 + (1/2)^2 = 1/2, so pi = -1 = Fleiss' kappa; alpha of one
    // unit is 1 - (2 - 1) * 2 / (4 - 2) = 0.
    assertThat(agreement.percentAgreement().value()).isEqualTo(OptionalDouble.of(0));
    assertThat(agreement.cohensKappa().value()).isEqualTo(OptionalDouble.of(0));
    assertThat(agreement.cohensKappa().nullStandardError()).isEqualTo(OptionalDouble.of(0));
    assertThat(agreement.scottsPi().value().getAsDouble()).isCloseTo(-1, within(1e-12));
    assertThat(agreement.fleissKappa().value().getAsDouble()).isCloseTo(-1, within(1e-12));
    assertThat(agreement.krippendorffsAlpha().value().getAsDouble()).isCloseTo(0, within(1e-12));
    assertThat(agreement.cohensKappa().subjects()).isEqualTo(1);
  }

  @Test
  void oneSubjectOnWhichTwoRatersAgree_lacksVariation() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "include")
            .build();

    assertThat(overall(Agreement.of(ratings)).subList(1, 6))
        .allSatisfy(c -> assertThat(c.undefined()).contains(Undefined.NO_VARIATION));
  }

  @Test
  void threeRaters_leaveTheTwoRaterCoefficientsUndefined() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "include")
            .rate("record 1", "JB", "exclude")
            .rate("record 2", "AO", "exclude")
            .rate("record 2", "SL", "exclude")
            .rate("record 2", "JB", "exclude")
            .build();
    Agreement agreement = Agreement.of(ratings);

    assertThat(agreement.cohensKappa().undefined()).contains(Undefined.NOT_TWO_RATERS);
    assertThat(agreement.scottsPi().undefined()).contains(Undefined.NOT_TWO_RATERS);
    assertThat(agreement.cohensKappaByCategory().values())
        .allSatisfy(c -> assertThat(c.undefined()).contains(Undefined.NOT_TWO_RATERS));
    assertThat(agreement.fleissKappa().value()).isPresent();
    // A pair of them is two raters.
    assertThat(Agreement.of(ratings.ofRaters("AO", "JB")).cohensKappa().value()).isPresent();
  }

  @Test
  void subjectsWithDifferentNumbersOfRatings_leaveFleissKappaUndefined() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "include")
            .rate("record 1", "JB", "exclude")
            .rate("record 2", "AO", "exclude")
            .rate("record 2", "SL", "exclude")
            .build();
    Agreement agreement = Agreement.of(ratings);

    assertThat(agreement.fleissKappa().undefined()).contains(Undefined.UNEQUAL_RATINGS_PER_SUBJECT);
    assertThat(agreement.fleissKappa().subjects()).isEqualTo(2);
    assertThat(agreement.fleissKappaByCategory().values())
        .allSatisfy(c -> assertThat(c.undefined()).contains(Undefined.UNEQUAL_RATINGS_PER_SUBJECT));
    assertThat(agreement.krippendorffsAlpha().value()).isPresent();
  }

  @Test
  void aSubjectWithOneRating_isNotPairable_andIsLeftOutOfAlphaAndPercentAgreement() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "exclude")
            .rate("record 2", "AO", "exclude")
            .rate("record 2", "SL", "exclude")
            .rate("record 3", "AO", "include")
            .build();
    Agreement agreement = Agreement.of(ratings);

    assertThat(agreement.percentAgreement().value().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(agreement.percentAgreement().subjects()).isEqualTo(2);
    assertThat(agreement.krippendorffsAlpha().subjects()).isEqualTo(2);
    assertThat(agreement.cohensKappa().subjects()).isEqualTo(2);
    // By hand over the two pairable records: values include 1, exclude 3 (n = 4); one
    // disagreeing unit gives 2 ordered pairs; alpha = 1 - 3 * 2 / (16 - 1 - 9) = 0.
    assertThat(agreement.krippendorffsAlpha().value().getAsDouble()).isCloseTo(0, within(1e-12));
  }

  @Test
  void perfectAgreement_hasKappaOneWithAZeroWidthInterval() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "SL", "include")
            .rate("record 2", "AO", "exclude")
            .rate("record 2", "SL", "exclude")
            .build();
    Agreement agreement = Agreement.of(ratings);

    assertThat(agreement.cohensKappa().value()).isEqualTo(OptionalDouble.of(1));
    assertThat(agreement.cohensKappa().standardError()).isEqualTo(OptionalDouble.of(0));
    assertThat(agreement.cohensKappa().confidenceInterval())
        .contains(ConfidenceInterval.of(1, 1, 0.95));
    assertThat(agreement.krippendorffsAlpha(200, 3).confidenceInterval())
        .contains(ConfidenceInterval.of(1, 1, 0.95));
  }

  @Test
  void aWaldIntervalBeyondOne_isClippedToTheRangeOfKappa() {
    Ratings.Builder builder = Ratings.builder();
    String[][] decisions = {
      {"include", "include"}, {"include", "include"}, {"include", "include"},
      {"include", "exclude"}, {"exclude", "include"}, {"exclude", "exclude"},
      {"exclude", "exclude"}, {"exclude", "exclude"}, {"exclude", "exclude"},
      {"exclude", "exclude"}
    };
    for (int i = 0; i < decisions.length; i++) {
      builder.rate("record " + i, "AO", decisions[i][0]).rate("record " + i, "SL", decisions[i][1]);
    }

    // By hand: kappa = 7/12 and var = 2855/41472, so kappa + 1.96 SE = 1.098, beyond 1.
    Coefficient kappa = Agreement.of(builder.build()).cohensKappa();
    assertThat(kappa.confidenceInterval().orElseThrow().upper()).isEqualTo(1.0);
    assertThat(kappa.confidenceInterval().orElseThrow().lower())
        .isCloseTo(7.0 / 12 - 1.959963984540054 * Math.sqrt(2855.0 / 41472), within(1e-9));
  }

  @Test
  void theBootstrap_needsAtLeastOneResample() {
    Agreement agreement = Agreement.of(Ratings.builder().build());

    assertThatThrownBy(() -> agreement.krippendorffsAlpha(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resamples must be at least 1: 0");
  }
}

package org.metaethnography.synthesis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.metaethnography.synthesis.agreement.RatingsGenerators.Drawn;

/** Properties of the agreement statistics over generated ratings, degenerate ones included. */
final class AgreementProperties {
  private static final double TIGHT = 1e-12;

  /** Every overall statistic, the bootstrap included. */
  private static List<Coefficient> overall(Agreement agreement, long seed) {
    return List.of(
        agreement.percentAgreement(),
        agreement.cohensKappa(),
        agreement.scottsPi(),
        agreement.fleissKappa(),
        agreement.krippendorffsAlpha(),
        agreement.krippendorffsAlpha(30, seed));
  }

  private static List<Map<String, Coefficient>> byCategory(Agreement agreement) {
    return List.of(
        agreement.specificAgreement(),
        agreement.cohensKappaByCategory(),
        agreement.fleissKappaByCategory(),
        agreement.krippendorffsAlphaByCategory());
  }

  private static List<Coefficient> every(Agreement agreement, long seed) {
    List<Coefficient> every = new ArrayList<>(overall(agreement, seed));
    byCategory(agreement).forEach(map -> every.addAll(map.values()));
    return every;
  }

  @Test
  void noStatistic_isEverNaN_andEachHasAValueOrAReason() {
    qt().withExamples(500)
        .forAll(RatingsGenerators.ratings(), longs().all())
        .checkAssert(
            (drawn, seed) -> {
              Agreement agreement = Agreement.of(drawn.build());
              for (Coefficient c : every(agreement, seed)) {
                assertThat(c.value().isPresent()).isNotEqualTo(c.undefined().isPresent());
                for (OptionalDouble number :
                    List.of(
                        c.value(),
                        c.observed(),
                        c.expected(),
                        c.standardError(),
                        c.nullStandardError())) {
                  number.ifPresent(x -> assertThat(Double.isFinite(x)).isTrue());
                }
                c.value().ifPresent(v -> assertThat(v).isLessThanOrEqualTo(1 + TIGHT));
                c.observed().ifPresent(v -> assertThat(v).isBetween(-TIGHT, 1 + TIGHT));
                c.expected().ifPresent(v -> assertThat(v).isBetween(-TIGHT, 1 + TIGHT));
                c.standardError().ifPresent(v -> assertThat(v).isNotNegative());
                c.confidenceInterval()
                    .ifPresent(ci -> assertThat(ci.lower()).isLessThanOrEqualTo(ci.upper()));
              }
              Coincidences o = agreement.coincidences();
              long total = 0;
              for (String a : o.categories()) {
                double row = 0;
                for (String b : o.categories()) {
                  assertThat(o.count(a, b)).isFinite().isNotNegative();
                  assertThat(o.count(a, b)).isCloseTo(o.count(b, a), within(TIGHT));
                  row += o.count(a, b);
                }
                assertThat(row).isCloseTo(o.values(a), within(1e-9));
                total += o.values(a);
              }
              assertThat(total).isEqualTo(o.values());
            });
  }

  @Test
  void identicalRaters_giveOne_whereDefined() {
    qt().withExamples(500)
        .forAll(RatingsGenerators.identicalRaters(), longs().all())
        .checkAssert(
            (drawn, seed) -> {
              Agreement agreement = Agreement.of(drawn.build());
              for (Coefficient c : every(agreement, seed)) {
                c.value().ifPresent(v -> assertThat(v).isEqualTo(1.0));
                c.observed().ifPresent(v -> assertThat(v).isEqualTo(1.0));
                c.confidenceInterval()
                    .ifPresent(ci -> assertThat(ci).isEqualTo(ConfidenceInterval.of(1, 1, 0.95)));
                // Where one is undefined it is for a reason that agreement cannot remove.
                c.undefined()
                    .ifPresent(
                        reason ->
                            assertThat(reason)
                                .isIn(
                                    EnumSet.of(
                                        Undefined.NO_PAIRABLE_SUBJECTS,
                                        Undefined.NO_VARIATION,
                                        Undefined.CATEGORY_NOT_USED,
                                        Undefined.NOT_TWO_RATERS,
                                        Undefined.UNEQUAL_RATINGS_PER_SUBJECT)));
              }
              // Specific agreement is 1 for every category used, kappa 1 wherever defined.
              assertThat(agreement.specificAgreement().values())
                  .allSatisfy(
                      c ->
                          assertThat(c.undefined().isPresent() || c.value().getAsDouble() == 1)
                              .isTrue());
            });
  }

  @Test
  void statistics_doNotDependOnTheOrderOfSubjectsOrRaters_norOnTheNamesOfRatersOrCategories() {
    qt().withExamples(500)
        .forAll(RatingsGenerators.ratings(), longs().all())
        .checkAssert(
            (drawn, seed) -> {
              Agreement before = Agreement.of(drawn.build());
              Agreement after = Agreement.of(drawn.shuffledAndRenamed(seed).build());
              // Exactly equal, not merely close: sums run in an order of their own.
              assertThat(overall(after, seed)).isEqualTo(overall(before, seed));
              List<Map<String, Coefficient>> was = byCategory(before);
              List<Map<String, Coefficient>> is = byCategory(after);
              for (int i = 0; i < was.size(); i++) {
                assertThat(is.get(i)).hasSameSizeAs(was.get(i));
                for (Map.Entry<String, Coefficient> entry : was.get(i).entrySet()) {
                  assertThat(is.get(i).get(Drawn.category(entry.getKey())))
                      .isEqualTo(entry.getValue());
                }
              }
              Coincidences o = before.coincidences();
              Coincidences renamed = after.coincidences();
              for (String a : o.categories()) {
                for (String b : o.categories()) {
                  assertThat(renamed.count(Drawn.category(a), Drawn.category(b)))
                      .isEqualTo(o.count(a, b));
                }
              }
            });
  }

  /**
   * Fleiss' kappa with two raters equals Scott's pi, not Cohen's kappa (Fleiss 1971 generalises
   * Scott's pi; Conger 1980). Cohen's kappa is at least Scott's pi, since {@code sum a_j b_j <= sum
   * ((a_j + b_j) / 2)^2}, with equality where the two raters' proportions of categories are the
   * same.
   */
  @Test
  void fleissKappaOfTwoRaters_isScottsPi_andCohensKappaIsAtLeastAsLarge() {
    qt().withExamples(500)
        .forAll(RatingsGenerators.twoCompleteRaters())
        .checkAssert(
            drawn -> {
              Ratings ratings = drawn.build();
              Agreement agreement = Agreement.of(ratings);
              Coefficient fleiss = agreement.fleissKappa();
              Coefficient scott = agreement.scottsPi();
              Coefficient cohen = agreement.cohensKappa();
              assertThat(fleiss.value()).isEqualTo(scott.value());
              assertThat(fleiss.undefined()).isEqualTo(scott.undefined());
              assertThat(fleiss.observed()).isEqualTo(scott.observed());
              assertThat(cohen.undefined()).isEqualTo(scott.undefined());
              if (cohen.value().isPresent()) {
                double kappa = cohen.value().getAsDouble();
                double pi = scott.value().getAsDouble();
                assertThat(kappa).isGreaterThanOrEqualTo(pi - TIGHT);
                if (sameProportions(ratings)) {
                  assertThat(kappa).isCloseTo(pi, within(TIGHT));
                }
              }
            });
  }

  private static boolean sameProportions(Ratings ratings) {
    for (String category : ratings.categories()) {
      long first =
          ratings.asTable().column("AO").values().stream().filter(category::equals).count();
      long second =
          ratings.asTable().column("SL").values().stream().filter(category::equals).count();
      if (first != second) {
        return false;
      }
    }
    return true;
  }

  /**
   * Krippendorff's alpha with two raters and no missing ratings is Scott's pi corrected for small
   * samples: with {@code n} subjects there are {@code 2n} pairable values, {@code D_o = 1 - p_o}
   * and {@code D_e = 2n / (2n - 1) (1 - P_e)} with Scott's {@code P_e}, so that {@code alpha = 1 -
   * (2n - 1) / (2n) (1 - pi)}: derived here from the definitions of both, as the relation that
   * Krippendorff (2004, 2011) describes, alpha being pi with a correction for small samples that
   * vanishes as {@code n} grows.
   */
  @Test
  void alphaOfTwoCompleteRaters_isScottsPiCorrectedForSmallSamples() {
    qt().withExamples(500)
        .forAll(RatingsGenerators.twoCompleteRaters())
        .checkAssert(
            drawn -> {
              Agreement agreement = Agreement.of(drawn.build());
              Coefficient alpha = agreement.krippendorffsAlpha();
              Coefficient pi = agreement.scottsPi();
              int n = pi.subjects();
              assertThat(alpha.undefined()).isEqualTo(pi.undefined());
              assertThat(alpha.subjects()).isEqualTo(n);
              if (pi.value().isPresent()) {
                assertThat(alpha.value().getAsDouble())
                    .isCloseTo(
                        1 - (2.0 * n - 1) / (2.0 * n) * (1 - pi.value().getAsDouble()),
                        within(TIGHT));
                assertThat(alpha.observed().getAsDouble())
                    .isCloseTo(pi.observed().getAsDouble(), within(TIGHT));
              }
            });
  }

  @Test
  void theBootstrap_isAPureFunctionOfTheRatingsAndTheSeed() {
    qt().withExamples(200)
        .forAll(RatingsGenerators.ratings(), longs().all())
        .checkAssert(
            (drawn, seed) -> {
              Coefficient once = Agreement.of(drawn.build()).krippendorffsAlpha(40, seed);
              Coefficient again = Agreement.of(drawn.build()).krippendorffsAlpha(40, seed);
              assertThat(again).isEqualTo(once);
              Coefficient plain = Agreement.of(drawn.build()).krippendorffsAlpha();
              assertThat(once.value()).isEqualTo(plain.value());
              assertThat(once.undefined()).isEqualTo(plain.undefined());
            });
  }
}

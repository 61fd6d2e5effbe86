package org.metaethnography.synthesis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each statistic against a published worked example. Published values are asserted to the precision
 * they are printed with; where the data give an exact fraction, it was worked out by hand
 * (independently of this code) and is asserted to 1e-9.
 */
final class PublishedExamplesTest {
  private static final double EXACT = 1e-9;

  // --- Fleiss (1971) -----------------------------------------------------------------------

  private static final List<String> DIAGNOSES =
      List.of("Depression", "Personality disorder", "Schizophrenia", "Neurosis", "Other");

  /**
   * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
   * Bulletin 76(5), 378-382, Table 1: 30 patients, each diagnosed by 6 psychiatrists (not the same
   * six for every patient) into 5 categories. Each row is one patient: how many of the six chose
   * each diagnosis, in the order of {@link #DIAGNOSES}. Column totals 26, 26, 30, 55, 43 (of 180).
   */
  private static final int[][] FLEISS_TABLE_1 = {
    {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
    {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
    {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
    {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
    {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
    {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}
  };

  /** Table 1 as ratings: patient i's six diagnoses given by "rater 1" to "rater 6" in turn. */
  private static Ratings fleissTable1() {
    Ratings.Builder ratings = Ratings.builder().categories(DIAGNOSES);
    for (int i = 0; i < FLEISS_TABLE_1.length; i++) {
      int rater = 1;
      for (int j = 0; j < DIAGNOSES.size(); j++) {
        for (int k = 0; k < FLEISS_TABLE_1[i][j]; k++) {
          ratings.rate("patient " + (i + 1), "rater " + rater++, DIAGNOSES.get(j));
        }
      }
    }
    return ratings.build();
  }

  @Test
  void fleissKappa_ofFleiss1971Table1_isPointFourThree() {
    Coefficient kappa = Agreement.of(fleissTable1()).fleissKappa();

    // Fleiss (1971): P-bar = .556, P-bar_e = .220, kappa = .430.
    assertThat(kappa.value().getAsDouble()).isCloseTo(0.430, within(0.0005));
    assertThat(kappa.observed().getAsDouble()).isCloseTo(0.556, within(0.0005));
    assertThat(kappa.expected().getAsDouble()).isCloseTo(0.220, within(0.0005));
    // By hand: sum of squares of the counts is 930, so P-bar = (930 - 180) / (180 * 5) = 5/9;
    // P-bar_e = (26^2 + 26^2 + 30^2 + 55^2 + 43^2) / 180^2 = 7126/32400 = 3563/16200;
    // kappa = (5/9 - 3563/16200) / (1 - 3563/16200) = 5437/12637.
    assertThat(kappa.observed().getAsDouble()).isCloseTo(5.0 / 9, within(EXACT));
    assertThat(kappa.expected().getAsDouble()).isCloseTo(3563.0 / 16200, within(EXACT));
    assertThat(kappa.value().getAsDouble()).isCloseTo(5437.0 / 12637, within(EXACT));
    assertThat(kappa.subjects()).isEqualTo(30);
    assertThat(kappa.standardError()).isEmpty();
    assertThat(kappa.confidenceInterval()).isEmpty();
  }

  @Test
  void fleissKappa_ofFleiss1971Table1_hasTheNullStandardErrorOfFleissNeeAndLandis1979() {
    Coefficient kappa = Agreement.of(fleissTable1()).fleissKappa();

    // Fleiss, Nee & Landis (1979) give var0(kappa) = 2 / (N n (n - 1)) * ((sum p q)^2 -
    // sum p q (q - p)) / (sum p q)^2. By hand with p = (26, 26, 30, 55, 43) / 180 and
    // N n (n - 1) = 900: var0 = 42692509/71862196050. R's irr::kappam.fleiss, which implements it,
    // prints z = 17.65183 for these data (reproduced in statsmodels' test_inter_rater.py).
    assertThat(kappa.nullStandardError().getAsDouble())
        .isCloseTo(Math.sqrt(42692509.0 / 71862196050.0), within(EXACT));
    assertThat(kappa.value().getAsDouble() / kappa.nullStandardError().getAsDouble())
        .isCloseTo(17.65183, within(0.000005));
  }

  @Test
  void fleissKappaByCategory_ofFleiss1971Table1_isAsPublished() {
    Map<String, Coefficient> byCategory = Agreement.of(fleissTable1()).fleissKappaByCategory();

    assertThat(byCategory.keySet()).containsExactlyElementsOf(DIAGNOSES);
    // Fleiss (1971), kappa_j: .245, .245, .520, .471, .566.
    double[] published = {0.245, 0.245, 0.520, 0.471, 0.566};
    // By hand, kappa_j = 1 - sum_i n_ij (6 - n_ij) / (900 p_j q_j):
    // Depression 1 - 104/(900 * 26/180 * 154/180) = 35/143, Personality disorder the same,
    // Schizophrenia 13/25, Neurosis 3239/6875, Other 3335/5891.
    double[] exact = {35.0 / 143, 35.0 / 143, 13.0 / 25, 3239.0 / 6875, 3335.0 / 5891};
    for (int j = 0; j < DIAGNOSES.size(); j++) {
      Coefficient kappa = byCategory.get(DIAGNOSES.get(j));
      assertThat(kappa.value().getAsDouble()).isCloseTo(published[j], within(0.0005));
      assertThat(kappa.value().getAsDouble()).isCloseTo(exact[j], within(EXACT));
      // Fleiss, Nee & Landis (1979): var0(kappa_j) = 2 / (N n (n - 1)) = 2/900 = 1/450.
      assertThat(kappa.nullStandardError().getAsDouble())
          .isCloseTo(Math.sqrt(1.0 / 450), within(EXACT));
    }
  }

  @Test
  void percentAndSpecificAgreement_ofFleiss1971Table1_areTheProportionsOfAgreeingPairs() {
    Agreement agreement = Agreement.of(fleissTable1());

    // P-bar = 5/9 (above). Specific agreement of category j, by hand: sum_i n_ij (n_ij - 1) over
    // sum_i n_ij * 5: Depression 46/130 = 23/65, Personality disorder 23/65, Schizophrenia
    // 90/150 = 3/5, Neurosis 174/275, Other 144/215.
    assertThat(agreement.percentAgreement().value().getAsDouble())
        .isCloseTo(5.0 / 9, within(EXACT));
    double[] exact = {23.0 / 65, 23.0 / 65, 3.0 / 5, 174.0 / 275, 144.0 / 215};
    Map<String, Coefficient> specific = agreement.specificAgreement();
    for (int j = 0; j < DIAGNOSES.size(); j++) {
      assertThat(specific.get(DIAGNOSES.get(j)).value().getAsDouble())
          .isCloseTo(exact[j], within(EXACT));
    }
  }

  // --- Krippendorff (2011) ------------------------------------------------------------------

  /**
   * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: reliability
   * data of 4 observers and 12 units with values 1 to 5, missing values as 0.
   */
  private static final int[][] KRIPPENDORFF_C = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
    {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}
  };

  private static Ratings krippendorffC() {
    Ratings.Builder ratings = Ratings.builder().categories("1", "2", "3", "4", "5");
    for (int observer = 0; observer < 4; observer++) {
      for (int unit = 0; unit < 12; unit++) {
        int value = KRIPPENDORFF_C[observer][unit];
        if (value > 0) {
          ratings.rate("unit " + (unit + 1), "observer " + "ABCD".charAt(observer), "" + value);
        }
      }
    }
    return ratings.build();
  }

  @Test
  void krippendorffsAlpha_ofKrippendorff2011_isPointSevenFourThree() {
    Coefficient alpha = Agreement.of(krippendorffC()).krippendorffsAlpha();

    // Krippendorff (2011): nominal alpha = 0.743. By hand: n = 40 pairable values (unit 12 has
    // one value and is dropped); off-diagonal coincidences sum to 8, so D_o = 8/40; n_c = 9, 13,
    // 10, 5, 3, so D_e = (1600 - 384) / (40 * 39) = 1216/1560; alpha = 1 - 39 * 8 / 1216 =
    // 113/152.
    assertThat(alpha.value().getAsDouble()).isCloseTo(0.743, within(0.0005));
    assertThat(alpha.value().getAsDouble()).isCloseTo(113.0 / 152, within(EXACT));
    assertThat(alpha.observed().getAsDouble()).isCloseTo(1 - 8.0 / 40, within(EXACT));
    assertThat(alpha.expected().getAsDouble()).isCloseTo(1 - 1216.0 / 1560, within(EXACT));
    assertThat(alpha.subjects()).isEqualTo(11);
  }

  @Test
  void coincidences_ofKrippendorff2011_areAsPublished() {
    Coincidences o = Agreement.of(krippendorffC()).coincidences();

    // The coincidence matrix of the example (symmetric), as Krippendorff (2011) tabulates it,
    // each cell worked out again by hand: unit 6 (values 1, 2, 3, 4) adds 1/3 to each pair of its
    // values; units 2 and 8 (three of one value, one of another) add 2 to the agreeing cell and 1
    // to each order of the disagreeing pair; the rest agree.
    double third = 1.0 / 3;
    double[][] published = {
      {7, 4 * third, third, third, 0},
      {4 * third, 10, 4 * third, third, 0},
      {third, 4 * third, 8, third, 0},
      {third, third, third, 4, 0},
      {0, 0, 0, 0, 3}
    };
    for (int c = 0; c < 5; c++) {
      for (int k = 0; k < 5; k++) {
        assertThat(o.count("" + (c + 1), "" + (k + 1))).isCloseTo(published[c][k], within(EXACT));
      }
    }
    assertThat(List.of(o.values("1"), o.values("2"), o.values("3"), o.values("4"), o.values("5")))
        .containsExactly(9L, 13L, 10L, 5L, 3L);
    assertThat(o.values()).isEqualTo(40);
  }

  @Test
  void krippendorffsAlphaByCategory_ofKrippendorff2011_isTheAlphaOfEachCategoryAgainstTheRest() {
    Map<String, Coefficient> byCategory =
        Agreement.of(krippendorffC()).krippendorffsAlphaByCategory();

    // By hand, collapsing every other value into one: alpha_c = 1 - 39 (n_c - o_cc) /
    // (n_c (40 - n_c)): value 1: 1 - 39 * 2 / (9 * 31) = 67/93; 2: 1 - 39 * 3 / (13 * 27) = 2/3;
    // 3: 1 - 39 * 2 / (10 * 30) = 37/50; 4: 1 - 39 * 1 / (5 * 35) = 136/175; 5: 1.
    double[] exact = {67.0 / 93, 2.0 / 3, 37.0 / 50, 136.0 / 175, 1};
    for (int c = 0; c < 5; c++) {
      assertThat(byCategory.get("" + (c + 1)).value().getAsDouble())
          .isCloseTo(exact[c], within(EXACT));
    }
  }

  @Test
  void otherStatistics_ofKrippendorff2011_followFromItsMissingValues() {
    Agreement agreement = Agreement.of(krippendorffC());

    // Units have 3 or 4 values (one has 1): Fleiss' kappa is not defined; there are four raters.
    assertThat(agreement.fleissKappa().undefined()).contains(Undefined.UNEQUAL_RATINGS_PER_SUBJECT);
    assertThat(agreement.cohensKappa().undefined()).contains(Undefined.NOT_TWO_RATERS);
    // By hand: the 11 pairable units' proportions of agreeing pairs are 1, 1/2, 1, 1, 1, 0, 1,
    // 1/2, 1, 1, 1, whose mean is 9/11.
    assertThat(agreement.percentAgreement().value().getAsDouble())
        .isCloseTo(9.0 / 11, within(EXACT));
  }

  // --- Cohen's kappa: SAS PROC FREQ -------------------------------------------------------

  /**
   * Two dermatologists rate 88 patients' skin condition (rows the first, columns the second):
   * SAS/STAT User's Guide, PROC FREQ, Getting Started, "Agreement Study" (Table "Skin Condition
   * Data"). SAS prints simple kappa 0.3449 with 95% confidence limits 0.2030 and 0.4868, from the
   * asymptotic standard error of Fleiss, Cohen and Everitt (1969).
   */
  private static final int[][] SKIN_CONDITION = {
    {10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}
  };

  private static final List<String> SKIN = List.of("terrible", "poor", "marginal", "clear");

  private static Ratings twoRaters(int[][] table, List<String> categories) {
    Ratings.Builder ratings = Ratings.builder().categories(categories);
    int subject = 0;
    for (int a = 0; a < table.length; a++) {
      for (int b = 0; b < table.length; b++) {
        for (int k = 0; k < table[a][b]; k++) {
          subject++;
          ratings.rate("patient " + subject, "first", categories.get(a));
          ratings.rate("patient " + subject, "second", categories.get(b));
        }
      }
    }
    return ratings.build();
  }

  @Test
  void cohensKappa_ofTheSasSkinConditionStudy_isAsPrinted() {
    Coefficient kappa = Agreement.of(twoRaters(SKIN_CONDITION, SKIN)).cohensKappa();

    assertThat(kappa.value().getAsDouble()).isCloseTo(0.3449, within(0.00005));
    assertThat(kappa.confidenceInterval().orElseThrow().lower()).isCloseTo(0.2030, within(0.00005));
    assertThat(kappa.confidenceInterval().orElseThrow().upper()).isCloseTo(0.4868, within(0.00005));
    assertThat(kappa.confidenceInterval().orElseThrow().level()).isEqualTo(0.95);
    // By hand: p_o = 45/88; row totals 15, 29, 23, 21 and column totals 17, 20, 31, 20 give
    // p_e = 1968/7744 = 123/484; kappa = (45/88 - 123/484) / (1 - 123/484) = 249/722. The
    // variance of Fleiss, Cohen and Everitt (1969) is 45575994937/8695584276992.
    assertThat(kappa.observed().getAsDouble()).isCloseTo(45.0 / 88, within(EXACT));
    assertThat(kappa.expected().getAsDouble()).isCloseTo(123.0 / 484, within(EXACT));
    assertThat(kappa.value().getAsDouble()).isCloseTo(249.0 / 722, within(EXACT));
    assertThat(kappa.standardError().getAsDouble())
        .isCloseTo(Math.sqrt(45575994937.0 / 8695584276992.0), within(EXACT));
    assertThat(kappa.subjects()).isEqualTo(88);
  }

  @Test
  void scottsPi_ofTheSasSkinConditionStudy_isBelowCohensKappa() {
    Agreement agreement = Agreement.of(twoRaters(SKIN_CONDITION, SKIN));

    // By hand: pooled proportions (32, 49, 54, 41) / 176 give p_e = 8022/30976; pi = (45/88 -
    // 8022/30976) / (1 - 8022/30976) = 3909/11477, below kappa = 249/722 because the two
    // dermatologists' proportions differ.
    assertThat(agreement.scottsPi().value().getAsDouble()).isCloseTo(3909.0 / 11477, within(EXACT));
    assertThat(agreement.scottsPi().expected().getAsDouble())
        .isCloseTo(8022.0 / 30976, within(EXACT));
    assertThat(agreement.fleissKappa().value().getAsDouble())
        .isCloseTo(3909.0 / 11477, within(EXACT));
  }

  @Test
  void specificAgreement_ofTwoRaters_isTwiceTheAgreeingOverTheMarginalSum() {
    Map<String, Coefficient> specific =
        Agreement.of(twoRaters(SKIN_CONDITION, SKIN)).specificAgreement();

    // 2 n_jj / (n_j. + n_.j): terrible 20/32, poor 20/49, marginal 24/54, clear 26/41.
    assertThat(specific.get("terrible").value().getAsDouble()).isCloseTo(20.0 / 32, within(EXACT));
    assertThat(specific.get("poor").value().getAsDouble()).isCloseTo(20.0 / 49, within(EXACT));
    assertThat(specific.get("marginal").value().getAsDouble()).isCloseTo(24.0 / 54, within(EXACT));
    assertThat(specific.get("clear").value().getAsDouble()).isCloseTo(26.0 / 41, within(EXACT));
  }

  /**
   * A 3 x 3 table whose SAS PROC FREQ printout (Simple Kappa Coefficient: kappa 0.4842, ASE 0.1380,
   * 95% limits 0.2137 and 0.7547; Test of H0: ASE under H0 0.1484, Z 3.2626) is reproduced in
   * statsmodels' test_inter_rater.py. Its first category is used by the first rater only.
   */
  private static final int[][] SAS_3X3 = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};

  @Test
  void cohensKappa_ofASasPrintout_hasItsStandardErrorsAndInterval() {
    Coefficient kappa = Agreement.of(twoRaters(SAS_3X3, List.of("a", "b", "c"))).cohensKappa();

    assertThat(kappa.value().getAsDouble()).isCloseTo(0.4842, within(0.00005));
    assertThat(kappa.standardError().getAsDouble()).isCloseTo(0.1380, within(0.00005));
    assertThat(kappa.confidenceInterval().orElseThrow().lower()).isCloseTo(0.2137, within(0.00005));
    assertThat(kappa.confidenceInterval().orElseThrow().upper()).isCloseTo(0.7547, within(0.00005));
    assertThat(kappa.nullStandardError().getAsDouble()).isCloseTo(0.1484, within(0.00005));
    assertThat(kappa.value().getAsDouble() / kappa.nullStandardError().getAsDouble())
        .isCloseTo(3.2626, within(0.00005));
    // By hand: p_o = 13/19, p_e = (5*0 + 8*13 + 6*6)/361 = 140/361, kappa = 107/221.
    assertThat(kappa.value().getAsDouble()).isCloseTo(107.0 / 221, within(EXACT));
  }

  @Test
  void cohensKappaByCategory_isTheKappaOfEachCategoryAgainstTheRest() {
    Map<String, Coefficient> byCategory =
        Agreement.of(twoRaters(SKIN_CONDITION, SKIN)).cohensKappaByCategory();

    // By hand, terrible against the rest: the 2 x 2 table (10, 5; 7, 66) of 88 gives p_o = 76/88,
    // p_e = (15*17 + 73*71)/7744 = 5438/7744, kappa = (76*88 - 5438)/(7744 - 5438) = 1250/2306 =
    // 625/1153. Clear: (13, 8; 7, 60): p_o = 73/88, p_e = (21*20 + 67*68)/7744 = 4976/7744,
    // kappa = (6424 - 4976)/(7744 - 4976) = 1448/2768 = 181/346.
    assertThat(byCategory.get("terrible").value().getAsDouble())
        .isCloseTo(625.0 / 1153, within(EXACT));
    assertThat(byCategory.get("clear").value().getAsDouble()).isCloseTo(181.0 / 346, within(EXACT));
    assertThat(byCategory.get("terrible").confidenceInterval()).isPresent();
  }
}

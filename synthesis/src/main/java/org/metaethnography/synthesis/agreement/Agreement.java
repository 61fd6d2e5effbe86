package org.metaethnography.synthesis.agreement;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How far the raters of some {@link Ratings} agree, by the coefficients the literature on
 * inter-rater reliability uses for nominal categories: percent agreement and specific (per
 * category) agreement, Cohen's kappa and Scott's pi for two raters, Fleiss' kappa for any number of
 * raters with the same number of ratings per subject, and Krippendorff's alpha for any number of
 * raters with missing ratings. Every statistic is a pure function of the ratings: it depends
 * neither on the order of subjects or raters nor on the names of the categories, which only key and
 * order the per-category results.
 *
 * <pre>{@code
 * Agreement agreement = Agreement.of(screening);
 * Coefficient kappa = agreement.cohensKappa();      // two reviewers
 * Coefficient alpha = agreement.krippendorffsAlpha(); // any number, missing ratings allowed
 * ImmutableMap<String, Coefficient> byDecision = agreement.specificAgreement();
 * }</pre>
 *
 * <p>No statistic is ever NaN, and none throws for lack of data: where a statistic is not defined
 * (no subject with two ratings, every rating in one category, not two raters for a two-rater
 * coefficient, unequal numbers of ratings for Fleiss' kappa) its {@link Coefficient} says why with
 * an {@link Undefined} reason, and keeps whatever part of it is defined.
 *
 * <p>Which coefficient to report: for two reviewers who rated the same subjects, Cohen's kappa with
 * its confidence interval is the usual choice in systematic reviews; with more reviewers, or
 * reviewers who each rated some of the subjects, Krippendorff's alpha. Fleiss' kappa with two
 * raters is Scott's pi, not Cohen's kappa; Krippendorff's alpha with two raters and no missing
 * ratings is Scott's pi corrected for small samples, {@code 1 - (1 - pi)(2n - 1)/(2n)} for {@code
 * n} subjects. Where one category is rare (as "found" is among concepts no one found),
 * chance-corrected coefficients are low even when raters mostly agree; report the specific
 * agreement on the rare category beside them.
 *
 * <p>Agreements are equal when their ratings are.
 */
public final class Agreement {
  /** The standard normal quantile for a two-sided 95% interval. */
  private static final double Z_95 = 1.959963984540054;

  private static final double LEVEL = 0.95;

  private final Ratings ratings;
  private final ImmutableList<String> categories;

  /** For each subject, how many raters put it in each category (Fleiss' n<sub>ij</sub>). */
  private final int[][] counts;

  /** For each subject, how many ratings it has. */
  private final int[] rated;

  /** For each rater and subject, the index of the category given, or -1. */
  private final int[][] given;

  /** The largest number of ratings of one subject. */
  private final int most;

  private Agreement(Ratings ratings) {
    this.ratings = ratings;
    this.categories = ratings.categories();
    ImmutableList<String> subjects = ratings.subjects();
    ImmutableList<String> raters = ratings.raters();
    Map<String, Integer> category = index(categories);
    Map<String, Integer> subject = index(subjects);
    Map<String, Integer> rater = index(raters);
    counts = new int[subjects.size()][categories.size()];
    rated = new int[subjects.size()];
    given = new int[raters.size()][subjects.size()];
    for (int[] row : given) {
      Arrays.fill(row, -1);
    }
    ratings
        .asTable()
        .cellSet()
        .forEach(
            cell -> {
              int s = subject.get(cell.getRowKey());
              int c = category.get(cell.getValue());
              counts[s][c]++;
              rated[s]++;
              given[rater.get(cell.getColumnKey())][s] = c;
            });
    most = Arrays.stream(rated).max().orElse(0);
  }

  private static Map<String, Integer> index(ImmutableList<String> names) {
    Map<String, Integer> index = new HashMap<>();
    names.forEach(name -> index.put(name, index.size()));
    return index;
  }

  /**
   * Returns the agreement of {@code ratings}. The ratings are counted once; each statistic is
   * computed when asked for.
   *
   * @param ratings the ratings
   * @return their agreement
   */
  public static Agreement of(Ratings ratings) {
    return new Agreement(Objects.requireNonNull(ratings));
  }

  /** {@return the ratings whose agreement this is} */
  public Ratings ratings() {
    return ratings;
  }

  private int pairable() {
    int pairable = 0;
    for (int m : rated) {
      if (m >= 2) {
        pairable++;
      }
    }
    return pairable;
  }

  /**
   * The proportion of agreement: the mean, over subjects with at least two ratings, of the
   * proportion of pairs of a subject's ratings that agree (Fleiss' P&#772;, 1971). For two raters
   * it is the proportion of the subjects both rated on which they agree. It is not corrected for
   * chance, so it has no expected agreement.
   *
   * @return the proportion of agreement; undefined ({@link Undefined#NO_PAIRABLE_SUBJECTS}) where
   *     no subject has two ratings
   */
  public Coefficient percentAgreement() {
    long[] agreeing = new long[most + 1];
    long[] subjects = new long[most + 1];
    int pairable = 0;
    for (int i = 0; i < counts.length; i++) {
      int m = rated[i];
      if (m >= 2) {
        pairable++;
        subjects[m]++;
        for (int n : counts[i]) {
          agreeing[m] += (long) n * (n - 1);
        }
      }
    }
    if (pairable == 0) {
      return Coefficient.undefined(Undefined.NO_PAIRABLE_SUBJECTS, 0);
    }
    // Summed by number of ratings, in integers within each, so that no order of subjects changes
    // a bit of the result.
    double sum = 0;
    for (int m = 2; m <= most; m++) {
      if (subjects[m] > 0) {
        sum += (double) agreeing[m] / ((long) m * (m - 1));
      }
    }
    double value = sum / pairable;
    return ImmutableCoefficient.builder().value(value).observed(value).subjects(pairable).build();
  }

  /**
   * The specific agreement on each category: of the pairs of ratings of one subject in which at
   * least one rating is the category, the proportion in which both are, pooled over subjects with
   * at least two ratings. For two raters it is {@code 2 n_jj / (n_j. + n_.j)} (the proportion of
   * positive agreement, or Dice's coefficient, of the category), the generalisation to more raters
   * pooling every pair of ratings of a subject. It says on which categories raters agree and on
   * which they do not, which one coefficient hides; it is not corrected for chance.
   *
   * @return for each category, in the order of {@link Ratings#categories()}, its specific
   *     agreement; undefined ({@link Undefined#CATEGORY_NOT_USED}) for a category no rating
   *     compared is in, and ({@link Undefined#NO_PAIRABLE_SUBJECTS}) for every category where no
   *     subject has two ratings
   */
  public ImmutableMap<String, Coefficient> specificAgreement() {
    int k = categories.size();
    long[] agreeing = new long[k];
    long[] involved = new long[k];
    int pairable = 0;
    for (int i = 0; i < counts.length; i++) {
      int m = rated[i];
      if (m >= 2) {
        pairable++;
        for (int j = 0; j < k; j++) {
          int n = counts[i][j];
          agreeing[j] += (long) n * (n - 1);
          involved[j] += (long) n * (m - 1);
        }
      }
    }
    ImmutableMap.Builder<String, Coefficient> byCategory = ImmutableMap.builder();
    for (int j = 0; j < k; j++) {
      Coefficient specific;
      if (pairable == 0) {
        specific = Coefficient.undefined(Undefined.NO_PAIRABLE_SUBJECTS, 0);
      } else if (involved[j] == 0) {
        specific = Coefficient.undefined(Undefined.CATEGORY_NOT_USED, pairable);
      } else {
        double value = (double) agreeing[j] / involved[j];
        specific =
            ImmutableCoefficient.builder().value(value).observed(value).subjects(pairable).build();
      }
      byCategory.put(categories.get(j), specific);
    }
    return byCategory.buildOrThrow();
  }

  /**
   * The table of the two raters' ratings over the subjects both rated (rows the first rater's
   * categories, columns the second's), or null where the ratings do not have two raters.
   */
  private long[][] contingency() {
    if (given.length != 2) {
      return null;
    }
    int k = categories.size();
    long[][] table = new long[k][k];
    for (int s = 0; s < counts.length; s++) {
      int a = given[0][s];
      int b = given[1][s];
      if (a >= 0 && b >= 0) {
        table[a][b]++;
      }
    }
    return table;
  }

  /** Why a two-rater statistic is undefined before its table is looked at, or null. */
  private Undefined twoRaters() {
    if (pairable() == 0) {
      return Undefined.NO_PAIRABLE_SUBJECTS;
    }
    return given.length == 2 ? null : Undefined.NOT_TWO_RATERS;
  }

  /**
   * Cohen's kappa (1960) for exactly two raters, over the subjects both rated: {@code (p_o - p_e) /
   * (1 - p_e)} with {@code p_o} the proportion of agreement and {@code p_e = sum_j p_j. p_.j} the
   * agreement expected were each rater to keep their own proportions of categories but rate
   * independently. It comes with its large-sample standard error and the standard error under the
   * null hypothesis of chance agreement, both of Fleiss, Cohen and Everitt (1969), and the 95% Wald
   * interval {@code kappa +- 1.96 SE}, clipped to -1 and 1 (kappa cannot go beyond them; with few
   * subjects the unclipped interval can).
   *
   * @return Cohen's kappa; undefined where no subject was rated by both raters ({@link
   *     Undefined#NO_PAIRABLE_SUBJECTS}), where the ratings do not have exactly two raters ({@link
   *     Undefined#NOT_TWO_RATERS}), or where both raters put every subject in one same category
   *     ({@link Undefined#NO_VARIATION}, with observed and expected agreement 1)
   */
  public Coefficient cohensKappa() {
    Undefined undefined = twoRaters();
    return undefined != null ? Coefficient.undefined(undefined, 0) : cohen(contingency());
  }

  /**
   * Cohen's kappa of each category against all the others taken together: the kappa of the
   * two-by-two table that collapses every other category into one, with its standard errors and
   * interval as for {@link #cohensKappa()}. It says how reliably the raters tell the category from
   * the rest.
   *
   * @return for each category, in the order of {@link Ratings#categories()}, its kappa; undefined
   *     as {@link #cohensKappa()} is, and ({@link Undefined#CATEGORY_NOT_USED}) for a category
   *     neither rater gave a subject both rated
   */
  public ImmutableMap<String, Coefficient> cohensKappaByCategory() {
    Undefined undefined = twoRaters();
    long[][] table = undefined == null ? contingency() : null;
    ImmutableMap.Builder<String, Coefficient> byCategory = ImmutableMap.builder();
    for (int j = 0; j < categories.size(); j++) {
      Coefficient kappa;
      if (undefined != null) {
        kappa = Coefficient.undefined(undefined, 0);
      } else {
        long[][] collapsed = collapse(table, j);
        kappa =
            collapsed == null
                ? Coefficient.undefined(Undefined.CATEGORY_NOT_USED, subjects(table))
                : cohen(collapsed);
      }
      byCategory.put(categories.get(j), kappa);
    }
    return byCategory.buildOrThrow();
  }

  private static int subjects(long[][] table) {
    long n = 0;
    for (long[] row : table) {
      for (long cell : row) {
        n += cell;
      }
    }
    return (int) n;
  }

  /** The two-by-two table of category {@code j} against the rest, or null if no one used j. */
  private static long[][] collapse(long[][] table, int j) {
    long n = subjects(table);
    long row = 0;
    long column = 0;
    for (int a = 0; a < table.length; a++) {
      row += table[j][a];
      column += table[a][j];
    }
    if (row == 0 && column == 0) {
      return null;
    }
    long both = table[j][j];
    return new long[][] {
      {both, row - both},
      {column - both, n - row - column + both}
    };
  }

  /**
   * Cohen's kappa of a contingency table of at least one subject, with the standard errors of
   * Fleiss, Cohen and Everitt (1969).
   */
  private static Coefficient cohen(long[][] table) {
    int k = table.length;
    long n = 0;
    long agreeing = 0;
    long[] rows = new long[k];
    long[] columns = new long[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        n += table[a][b];
        rows[a] += table[a][b];
        columns[b] += table[a][b];
      }
      agreeing += table[a][a];
    }
    int subjects = (int) n;
    long chance = 0;
    for (int j = 0; j < k; j++) {
      chance += rows[j] * columns[j];
    }
    long nn = n * n;
    double observed = (double) agreeing / n;
    double expected = (double) chance / nn;
    if (chance == nn) {
      return ImmutableCoefficient.builder()
          .undefined(Undefined.NO_VARIATION)
          .observed(observed)
          .expected(expected)
          .subjects(subjects)
          .build();
    }
    double kappa = (double) (n * agreeing - chance) / (nn - chance);
    // Fleiss, Cohen and Everitt (1969): the variance of kappa, and its variance when raters agree
    // by chance alone. Terms are summed in sorted order, so that no order of categories or raters
    // changes a bit of the result.
    double po = observed;
    double pe = expected;
    double[] p = new double[k];
    double[] q = new double[k];
    for (int j = 0; j < k; j++) {
      p[j] = (double) rows[j] / n;
      q[j] = (double) columns[j] / n;
    }
    double[] diagonal = new double[k];
    double[] nullTerms = new double[k];
    double[] offDiagonal = new double[k * k];
    int off = 0;
    for (int a = 0; a < k; a++) {
      double cell = (double) table[a][a] / n;
      double weight = (1 - pe) - (p[a] + q[a]) * (1 - po);
      diagonal[a] = cell * weight * weight;
      nullTerms[a] = p[a] * q[a] * (p[a] + q[a]);
      for (int b = 0; b < k; b++) {
        if (a != b && table[a][b] != 0) {
          double sum = q[a] + p[b];
          offDiagonal[off++] = (double) table[a][b] / n * sum * sum;
        }
      }
    }
    double last = po * pe - 2 * pe + po;
    double variance =
        (sum(diagonal) + (1 - po) * (1 - po) * sum(Arrays.copyOf(offDiagonal, off)) - last * last)
            / (n * Math.pow(1 - pe, 4));
    double nullVariance = (pe + pe * pe - sum(nullTerms)) / (n * (1 - pe) * (1 - pe));
    // Perfect agreement has no sampling variance; the formula gives 0 only up to rounding.
    double se = agreeing == n ? 0 : Math.sqrt(Math.max(0, variance));
    double nullSe = Math.sqrt(Math.max(0, nullVariance));
    return ImmutableCoefficient.builder()
        .value(kappa)
        .observed(observed)
        .expected(expected)
        .standardError(se)
        .nullStandardError(nullSe)
        .confidenceInterval(
            ConfidenceInterval.of(
                Math.max(-1, kappa - Z_95 * se), Math.min(1, kappa + Z_95 * se), LEVEL))
        .subjects(subjects)
        .build();
  }

  /** The sum of {@code terms} in ascending order: the same whatever order they come in. */
  private static double sum(double[] terms) {
    double[] sorted = terms.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double term : sorted) {
      sum += term;
    }
    return sum;
  }

  /**
   * Scott's pi (1955) for exactly two raters, over the subjects both rated: as Cohen's kappa, but
   * with chance agreement {@code p_e = sum_j ((p_j. + p_.j) / 2)^2} from the two raters' pooled
   * proportions of categories, as if both drew from one distribution. It equals Fleiss' kappa of
   * the same two raters. It has no standard error here.
   *
   * @return Scott's pi; undefined as {@link #cohensKappa()} is
   */
  public Coefficient scottsPi() {
    Undefined undefined = twoRaters();
    if (undefined != null) {
      return Coefficient.undefined(undefined, 0);
    }
    long[][] table = contingency();
    int k = table.length;
    long n = 0;
    long agreeing = 0;
    long chance = 0;
    for (int j = 0; j < k; j++) {
      long pooled = 0;
      for (int b = 0; b < k; b++) {
        n += table[j][b];
        pooled += table[j][b] + table[b][j];
      }
      agreeing += table[j][j];
      chance += pooled * pooled;
    }
    long whole = 4 * n * n;
    double observed = (double) agreeing / n;
    double expected = (double) chance / whole;
    if (chance == whole) {
      return ImmutableCoefficient.builder()
          .undefined(Undefined.NO_VARIATION)
          .observed(observed)
          .expected(expected)
          .subjects((int) n)
          .build();
    }
    return ImmutableCoefficient.builder()
        .value((double) (4 * n * agreeing - chance) / (whole - chance))
        .observed(observed)
        .expected(expected)
        .subjects((int) n)
        .build();
  }

  /** Why Fleiss' kappa is undefined before its counts are looked at, or null. */
  private Undefined fleiss() {
    if (pairable() == 0) {
      return Undefined.NO_PAIRABLE_SUBJECTS;
    }
    for (int m : rated) {
      if (m != rated[0]) {
        return Undefined.UNEQUAL_RATINGS_PER_SUBJECT;
      }
    }
    return null;
  }

  /**
   * Fleiss' kappa (1971) for any number {@code n >= 2} of ratings per subject, the same for every
   * subject (the raters may differ from subject to subject): {@code (P - P_e) / (1 - P_e)} with
   * {@code P} the {@linkplain #percentAgreement() mean proportion of agreeing pairs} and {@code P_e
   * = sum_j p_j^2} from the proportions {@code p_j} of all ratings in each category. With two
   * raters it is {@linkplain #scottsPi() Scott's pi}. It comes with the standard error under the
   * null hypothesis of chance agreement of Fleiss, Nee and Landis (1979), which corrects Fleiss'
   * (1971) own; there is no standard error for confidence intervals, and so no interval.
   *
   * @return Fleiss' kappa; undefined where no subject has two ratings ({@link
   *     Undefined#NO_PAIRABLE_SUBJECTS}), where subjects have different numbers of ratings ({@link
   *     Undefined#UNEQUAL_RATINGS_PER_SUBJECT}; Krippendorff's alpha allows for that), or where
   *     every rating is in one category ({@link Undefined#NO_VARIATION})
   */
  public Coefficient fleissKappa() {
    Undefined undefined = fleiss();
    int subjects = counts.length;
    if (undefined != null) {
      return Coefficient.undefined(
          undefined, undefined == Undefined.NO_PAIRABLE_SUBJECTS ? 0 : subjects);
    }
    long n = rated[0];
    long total = subjects * n;
    long squares = 0;
    long[] columns = new long[categories.size()];
    for (int[] row : counts) {
      for (int j = 0; j < row.length; j++) {
        squares += (long) row[j] * row[j];
        columns[j] += row[j];
      }
    }
    long chance = 0;
    for (long column : columns) {
      chance += column * column;
    }
    double observed = (double) (squares - total) / (total * (n - 1));
    double expected = (double) chance / (total * total);
    if (chance == total * total) {
      return ImmutableCoefficient.builder()
          .undefined(Undefined.NO_VARIATION)
          .observed(observed)
          .expected(expected)
          .subjects(subjects)
          .build();
    }
    double kappa =
        (double) ((squares - total) * total - chance * (n - 1))
            / ((n - 1) * (total * total - chance));
    // Fleiss, Nee and Landis (1979), equation (12): the variance of kappa under chance agreement.
    double[] pq = new double[columns.length];
    double[] skew = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      double p = (double) columns[j] / total;
      double q = 1 - p;
      pq[j] = p * q;
      skew[j] = p * q * (q - p);
    }
    double spread = sum(pq);
    double nullVariance =
        2.0 / (total * (n - 1)) * (spread * spread - sum(skew)) / (spread * spread);
    return ImmutableCoefficient.builder()
        .value(kappa)
        .observed(observed)
        .expected(expected)
        .nullStandardError(Math.sqrt(Math.max(0, nullVariance)))
        .subjects(subjects)
        .build();
  }

  /**
   * Fleiss' kappa of each category (1971, his {@code kappa_j}): the kappa of the ratings with every
   * other category collapsed into one, {@code 1 - sum_i n_ij (n - n_ij) / (N n (n - 1) p_j q_j)},
   * with the standard error under chance agreement of Fleiss, Nee and Landis (1979), {@code sqrt(2
   * / (N n (n - 1)))}, the same for every category.
   *
   * @return for each category, in the order of {@link Ratings#categories()}, its kappa; undefined
   *     as {@link #fleissKappa()} is, ({@link Undefined#CATEGORY_NOT_USED}) for a category no one
   *     used and ({@link Undefined#NO_VARIATION}) for a category every rating is in
   */
  public ImmutableMap<String, Coefficient> fleissKappaByCategory() {
    Undefined undefined = fleiss();
    ImmutableMap.Builder<String, Coefficient> byCategory = ImmutableMap.builder();
    int subjects = counts.length;
    for (int j = 0; j < categories.size(); j++) {
      byCategory.put(
          categories.get(j),
          undefined != null
              ? Coefficient.undefined(
                  undefined, undefined == Undefined.NO_PAIRABLE_SUBJECTS ? 0 : subjects)
              : fleiss(j));
    }
    return byCategory.buildOrThrow();
  }

  private Coefficient fleiss(int j) {
    int subjects = counts.length;
    long n = rated[0];
    long total = subjects * n;
    long column = 0;
    long disagreeing = 0;
    for (int[] row : counts) {
      column += row[j];
      disagreeing += (long) row[j] * (n - row[j]);
    }
    if (column == 0) {
      return Coefficient.undefined(Undefined.CATEGORY_NOT_USED, subjects);
    }
    double observed = 1 - 2.0 * disagreeing / (total * (n - 1));
    double expected =
        (double) (column * column + (total - column) * (total - column)) / (total * total);
    if (column == total) {
      return ImmutableCoefficient.builder()
          .undefined(Undefined.NO_VARIATION)
          .observed(observed)
          .expected(expected)
          .subjects(subjects)
          .build();
    }
    long spread = (n - 1) * column * (total - column);
    return ImmutableCoefficient.builder()
        .value((double) (spread - total * disagreeing) / spread)
        .observed(observed)
        .expected(expected)
        .nullStandardError(Math.sqrt(2.0 / (total * (n - 1))))
        .subjects(subjects)
        .build();
  }

  /**
   * Krippendorff's alpha for nominal categories (Krippendorff 2004, 2011): {@code 1 - D_o / D_e},
   * with {@code D_o} the observed and {@code D_e} the expected disagreement of the {@linkplain
   * #coincidences() coincidence matrix}. It allows any number of raters and missing ratings: a
   * subject with fewer than two ratings is not pairable and is left out, as Krippendorff
   * prescribes, and each other subject's {@code m} ratings contribute their {@code m (m - 1)}
   * ordered pairs with weight {@code 1 / (m - 1)}. Its observed agreement is {@code 1 - D_o} and
   * its expected agreement {@code 1 - D_e}. It has no standard error; {@link
   * #krippendorffsAlpha(int, long)} adds a bootstrap confidence interval.
   *
   * @return Krippendorff's alpha; undefined where no subject has two ratings ({@link
   *     Undefined#NO_PAIRABLE_SUBJECTS}) or where every pairable rating is in one category ({@link
   *     Undefined#NO_VARIATION})
   */
  public Coefficient krippendorffsAlpha() {
    return alpha(units());
  }

  /**
   * Krippendorff's alpha as {@link #krippendorffsAlpha()} gives it, with a 95% bootstrap confidence
   * interval. The interval is the 2.5th and 97.5th percentiles of alpha over {@code resamples}
   * resamples of the pairable subjects with replacement (each as many as there are), the raters and
   * their missing ratings kept as they are: the nonparametric bootstrap of Efron and Tibshirani,
   * applied to alpha as Zapf et al. (2016) do. Resamples in which alpha is undefined (all ratings
   * in one category) are left out; where none is defined there is no interval.
   *
   * <p>This is not the algorithm of Hayes and Krippendorff (2007), which draws pairs of values from
   * the coincidence matrix as if they were independent: pairs of one subject are not, and drawing
   * them apart understates the sampling error of alpha (Gwet, 2015). Resampling whole subjects
   * keeps each subject's ratings together.
   *
   * <p>The resamples are drawn by {@link java.util.Random}, whose sequence for a seed is specified,
   * from the pairable subjects in the order of their names: the same ratings and seed give the same
   * interval on every platform, whatever the order the ratings were given in.
   *
   * @param resamples how many resamples to draw; at least 1, 1,000 or more for a stable interval
   * @param seed the seed of the random draws
   * @return Krippendorff's alpha with its bootstrap interval
   * @throws IllegalArgumentException if {@code resamples} is below 1
   */
  public Coefficient krippendorffsAlpha(int resamples, long seed) {
    Preconditions.checkArgument(resamples >= 1, "resamples must be at least 1: %s", resamples);
    Units units = units();
    Coefficient plain = alpha(units);
    if (plain.value().isEmpty()) {
      return plain;
    }
    Random random = new Random(seed);
    int size = units.ratings.length;
    double[] values = new double[resamples];
    int defined = 0;
    long[] disagreeing = new long[most + 1];
    long[] byCategory = new long[categories.size()];
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(disagreeing, 0);
      Arrays.fill(byCategory, 0);
      long pairable = 0;
      for (int draw = 0; draw < size; draw++) {
        int u = random.nextInt(size);
        int m = units.ratings[u];
        pairable += m;
        disagreeing[m] += units.disagreeing[u];
        int[] cats = units.categories[u];
        int[] ns = units.counts[u];
        for (int c = 0; c < cats.length; c++) {
          byCategory[cats[c]] += ns[c];
        }
      }
      OptionalDouble value = alpha(disagreeing, byCategory, pairable);
      if (value.isPresent()) {
        values[defined++] = value.getAsDouble();
      }
    }
    if (defined == 0) {
      return plain;
    }
    double[] sorted = Arrays.copyOf(values, defined);
    Arrays.sort(sorted);
    double lower = sorted[percentile(defined, (1 - LEVEL) / 2)];
    double upper = sorted[percentile(defined, 1 - (1 - LEVEL) / 2)];
    return ImmutableCoefficient.builder()
        .from(plain)
        .confidenceInterval(ConfidenceInterval.of(lower, upper, LEVEL))
        .build();
  }

  /**
   * The index, from 0, of the {@code p}-quantile of {@code n} sorted values: the inverse of their
   * empirical distribution function.
   */
  private static int percentile(int n, double p) {
    int rank = (int) Math.ceil(p * n - 1e-9);
    return Math.min(n - 1, Math.max(0, rank - 1));
  }

  /**
   * Alpha from the disagreeing pairs of units with each number of ratings, the pairable values in
   * each category and their number; empty where it is undefined.
   */
  private static OptionalDouble alpha(long[] disagreeing, long[] byCategory, long pairable) {
    long squares = 0;
    for (long values : byCategory) {
      squares += values * values;
    }
    long expected = pairable * pairable - squares;
    return pairable > 0 && expected > 0
        ? OptionalDouble.of(1 - (pairable - 1) * disagreement(disagreeing) / expected)
        : OptionalDouble.empty();
  }

  /**
   * The sum of the off-diagonal coincidences: for each number {@code m} of ratings, the ordered
   * disagreeing pairs of units with {@code m} ratings, divided by {@code m - 1}; summed by {@code
   * m} so that no order of subjects changes a bit of it.
   */
  private static double disagreement(long[] disagreeing) {
    double sum = 0;
    for (int m = 2; m < disagreeing.length; m++) {
      if (disagreeing[m] != 0) {
        sum += (double) disagreeing[m] / (m - 1);
      }
    }
    return sum;
  }

  private Coefficient alpha(Units units) {
    long[] disagreeing = new long[most + 1];
    long[] byCategory = new long[categories.size()];
    long pairable = 0;
    for (int u = 0; u < units.ratings.length; u++) {
      int m = units.ratings[u];
      pairable += m;
      disagreeing[m] += units.disagreeing[u];
      for (int c = 0; c < units.categories[u].length; c++) {
        byCategory[units.categories[u][c]] += units.counts[u][c];
      }
    }
    ImmutableCoefficient.Builder alpha =
        ImmutableCoefficient.builder().subjects(units.ratings.length);
    if (pairable == 0) {
      return alpha.undefined(Undefined.NO_PAIRABLE_SUBJECTS).build();
    }
    long squares = 0;
    for (long values : byCategory) {
      squares += values * values;
    }
    long expected = pairable * pairable - squares;
    double observed = 1 - disagreement(disagreeing) / pairable;
    alpha.observed(observed).expected(1 - (double) expected / (pairable * (pairable - 1)));
    if (expected == 0) {
      return alpha.undefined(Undefined.NO_VARIATION).build();
    }
    return alpha.value(alpha(disagreeing, byCategory, pairable).orElseThrow()).build();
  }

  /**
   * Krippendorff's alpha of each category against all the others taken together: the nominal alpha
   * of the ratings with every other category collapsed into one, computed from the {@linkplain
   * #coincidences() coincidence matrix} as {@code 1 - (n - 1) (n_c - o_cc) / (n_c (n - n_c))}. This
   * is the category-against-the-rest breakdown that Fleiss' {@code kappa_j} and Cohen's
   * per-category kappa give; it says how reliably raters tell the category from the rest.
   *
   * @return for each category, in the order of {@link Ratings#categories()}, its alpha; undefined
   *     as {@link #krippendorffsAlpha()} is, ({@link Undefined#CATEGORY_NOT_USED}) for a category
   *     no pairable rating is in and ({@link Undefined#NO_VARIATION}) for one every pairable rating
   *     is in
   */
  public ImmutableMap<String, Coefficient> krippendorffsAlphaByCategory() {
    Units units = units();
    int k = categories.size();
    long[][] agreeing = new long[most + 1][k];
    long[] byCategory = new long[k];
    long pairable = 0;
    for (int u = 0; u < units.ratings.length; u++) {
      int m = units.ratings[u];
      pairable += m;
      for (int c = 0; c < units.categories[u].length; c++) {
        long n = units.counts[u][c];
        agreeing[m][units.categories[u][c]] += n * (n - 1);
        byCategory[units.categories[u][c]] += n;
      }
    }
    int subjects = units.ratings.length;
    ImmutableMap.Builder<String, Coefficient> result = ImmutableMap.builder();
    for (int j = 0; j < k; j++) {
      Coefficient alpha;
      long values = byCategory[j];
      if (pairable == 0) {
        alpha = Coefficient.undefined(Undefined.NO_PAIRABLE_SUBJECTS, 0);
      } else if (values == 0) {
        alpha = Coefficient.undefined(Undefined.CATEGORY_NOT_USED, subjects);
      } else {
        double coinciding = 0;
        for (int m = 2; m <= most; m++) {
          if (agreeing[m][j] != 0) {
            coinciding += (double) agreeing[m][j] / (m - 1);
          }
        }
        double apart = values - coinciding;
        double observed = 1 - 2 * apart / pairable;
        double expected =
            1 - 2.0 * values * (pairable - values) / ((double) pairable * (pairable - 1));
        ImmutableCoefficient.Builder builder =
            ImmutableCoefficient.builder().observed(observed).expected(expected).subjects(subjects);
        if (values == pairable) {
          builder.undefined(Undefined.NO_VARIATION);
        } else {
          builder.value(1 - (pairable - 1) * apart / ((double) values * (pairable - values)));
        }
        alpha = builder.build();
      }
      result.put(categories.get(j), alpha);
    }
    return result.buildOrThrow();
  }

  /**
   * {@return the coincidence matrix of Krippendorff's alpha: for each ordered pair of categories,
   * how many pairs of ratings of one pairable subject are in them, each subject with {@code m}
   * ratings weighing {@code 1 / (m - 1)}, so that the row of a category sums to the number of its
   * pairable ratings}
   */
  public Coincidences coincidences() {
    Units units = units();
    int k = categories.size();
    double[][] matrix = new double[k][k];
    long[] byCategory = new long[k];
    // Units grouped by their number of ratings, counted in integers within each group, so that no
    // order of subjects changes a bit of the matrix.
    for (int m = 2; m <= most; m++) {
      long[][] pairs = new long[k][k];
      boolean any = false;
      for (int u = 0; u < units.ratings.length; u++) {
        if (units.ratings[u] != m) {
          continue;
        }
        any = true;
        int[] cats = units.categories[u];
        int[] ns = units.counts[u];
        for (int a = 0; a < cats.length; a++) {
          byCategory[cats[a]] += ns[a];
          for (int b = 0; b < cats.length; b++) {
            pairs[cats[a]][cats[b]] += a == b ? (long) ns[a] * (ns[a] - 1) : (long) ns[a] * ns[b];
          }
        }
      }
      if (any) {
        for (int a = 0; a < k; a++) {
          for (int b = 0; b < k; b++) {
            matrix[a][b] += (double) pairs[a][b] / (m - 1);
          }
        }
      }
    }
    return new Coincidences(categories, matrix, byCategory);
  }

  /**
   * The pairable subjects (two ratings or more), in the order of their names: for each, its number
   * of ratings, its ordered pairs of disagreeing ratings, and its categories with their counts.
   */
  private static final class Units {
    final int[] ratings;
    final long[] disagreeing;
    final int[][] categories;
    final int[][] counts;

    Units(int size) {
      ratings = new int[size];
      disagreeing = new long[size];
      categories = new int[size][];
      counts = new int[size][];
    }
  }

  private Units units() {
    ImmutableList<String> subjects = ratings.subjects();
    Integer[] order =
        IntStream.range(0, counts.length)
            .filter(i -> rated[i] >= 2)
            .boxed()
            .sorted((a, b) -> subjects.get(a).compareTo(subjects.get(b)))
            .toArray(Integer[]::new);
    Units units = new Units(order.length);
    for (int u = 0; u < order.length; u++) {
      int[] row = counts[order[u]];
      int m = rated[order[u]];
      long squares = 0;
      int used = 0;
      for (int n : row) {
        squares += (long) n * n;
        used += n > 0 ? 1 : 0;
      }
      int[] cats = new int[used];
      int[] ns = new int[used];
      for (int j = 0, at = 0; j < row.length; j++) {
        if (row[j] > 0) {
          cats[at] = j;
          ns[at++] = row[j];
        }
      }
      units.ratings[u] = m;
      units.disagreeing[u] = (long) m * m - squares;
      units.categories[u] = cats;
      units.counts[u] = ns;
    }
    return units;
  }

  /** Agreements are equal when their ratings are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Agreement other && ratings.equals(other.ratings);
  }

  @Override
  public int hashCode() {
    return ratings.hashCode();
  }

  /** Returns the ratings whose agreement this is. */
  @Override
  public String toString() {
    return "Agreement of " + ratings;
  }
}

package org.metaethnography.core.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.agreement.Agreement;
import org.metaethnography.synthesis.agreement.Coefficient;

/**
 * The agreement between a review's reviewers as tables: at each stage whose independent ratings the
 * review records (title and abstract screening, full-text screening, quality appraisal, concept
 * extraction), each statistic with its standard error and interval, or the reason it is undefined;
 * and per category, each category against the rest.
 *
 * <p>A stage the review records no ratings of has no rows. Numbers have four decimals; a statistic
 * that is undefined leaves its number empty and says why in the {@code note} column.
 *
 * <pre>{@code
 * Table agreement = AgreementTables.of(synthesis);
 * System.out.println(agreement.toMarkdown());
 * }</pre>
 */
public final class AgreementTables {
  private static final List<String> COLUMNS =
      List.of(
          "stage",
          "statistic",
          "value",
          "standard error",
          "null standard error",
          "ci lower",
          "ci upper",
          "subjects",
          "raters",
          "note");

  private AgreementTables() {}

  /**
   * The statistics of each stage, Krippendorff's alpha without an interval.
   *
   * @param synthesis the synthesis of the review
   * @return one row per stage and statistic
   */
  public static Table of(Synthesis synthesis) {
    return table(synthesis, 0, 0);
  }

  /**
   * The statistics of each stage, Krippendorff's alpha with a bootstrap interval over subjects.
   *
   * @param synthesis the synthesis of the review
   * @param resamples how many bootstrap samples, at least 1
   * @param seed the seed of the resampling; the same seed gives the same interval
   * @return one row per stage and statistic
   * @throws IllegalArgumentException if {@code resamples} is less than 1
   */
  public static Table of(Synthesis synthesis, int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException(
          "bootstrap resamples (" + resamples + ") must be at least 1");
    }
    return table(synthesis, resamples, seed);
  }

  /**
   * The per-category statistics of each stage: for each category, specific agreement, Cohen's kappa
   * (two raters), Fleiss' kappa and Krippendorff's alpha of that category against the rest.
   *
   * @param synthesis the synthesis of the review
   * @return one row per stage and category
   */
  public static Table byCategory(Synthesis synthesis) {
    List<List<String>> rows = new ArrayList<>();
    stages(synthesis)
        .forEach(
            (stage, agreement) -> {
              for (String category : agreement.ratings().categories()) {
                rows.add(
                    List.of(
                        stage,
                        category,
                        value(agreement.specificAgreement().get(category)),
                        value(agreement.cohensKappaByCategory().get(category)),
                        value(agreement.fleissKappaByCategory().get(category)),
                        value(agreement.krippendorffsAlphaByCategory().get(category))));
              }
            });
    return Table.of(
        List.of(
            "stage",
            "category",
            "specific agreement",
            "cohen's kappa",
            "fleiss' kappa",
            "krippendorff's alpha"),
        rows);
  }

  private static Table table(Synthesis synthesis, int resamples, long seed) {
    Objects.requireNonNull(synthesis, "synthesis");
    List<List<String>> rows = new ArrayList<>();
    stages(synthesis)
        .forEach(
            (stage, agreement) -> {
              String raters = Integer.toString(agreement.ratings().raters().size());
              rows.add(row(stage, "percent agreement", agreement.percentAgreement(), raters));
              rows.add(row(stage, "cohen's kappa", agreement.cohensKappa(), raters));
              rows.add(row(stage, "scott's pi", agreement.scottsPi(), raters));
              rows.add(row(stage, "fleiss' kappa", agreement.fleissKappa(), raters));
              rows.add(
                  row(
                      stage,
                      "krippendorff's alpha",
                      resamples > 0
                          ? agreement.krippendorffsAlpha(resamples, seed)
                          : agreement.krippendorffsAlpha(),
                      raters));
            });
    return Table.of(COLUMNS, rows);
  }

  /** The agreement of each stage the review records ratings of, in the order of the process. */
  private static Map<String, Agreement> stages(Synthesis synthesis) {
    Map<String, Agreement> stages = new LinkedHashMap<>();
    for (ScreeningLevel level : ScreeningLevel.values()) {
      put(stages, level.words() + " screening", synthesis.screeningAgreement(level));
    }
    put(stages, "appraisal", synthesis.appraisalAgreement());
    put(stages, "extraction", synthesis.extractionAgreement());
    return stages;
  }

  private static void put(Map<String, Agreement> stages, String stage, Agreement agreement) {
    if (agreement.ratings().size() > 0) {
      stages.put(stage, agreement);
    }
  }

  private static List<String> row(
      String stage, String statistic, Coefficient coefficient, String raters) {
    return List.of(
        stage,
        statistic,
        number(coefficient.value()),
        number(coefficient.standardError()),
        number(coefficient.nullStandardError()),
        coefficient.confidenceInterval().map(ci -> number(ci.lower())).orElse(""),
        coefficient.confidenceInterval().map(ci -> number(ci.upper())).orElse(""),
        Integer.toString(coefficient.subjects()),
        raters,
        coefficient.undefined().map(u -> "undefined: " + u.description()).orElse(""));
  }

  private static String value(Coefficient coefficient) {
    return coefficient == null ? "" : number(coefficient.value());
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}

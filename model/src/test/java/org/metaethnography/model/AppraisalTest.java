package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a review reports of each paper's quality and setting: appraisal scores (one value or a
 * range, out of a maximum or not), appraisal summaries, and attributes with several values.
 */
final class AppraisalTest {
  private static final Optional<BigDecimal> OUT_OF_TEN = Optional.of(BigDecimal.TEN);

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  // ---------------------------------------------------------------------------------------------
  // Score
  // ---------------------------------------------------------------------------------------------

  @Test
  void score_toString_isHowReviewsPrintIt() {
    assertThat(Score.of(8, 10)).hasToString("8/10");
    assertThat(Score.range(decimal("7"), decimal("9"), OUT_OF_TEN)).hasToString("7-9/10");
    assertThat(Score.range(decimal("8"), decimal("8"), Optional.empty())).hasToString("8");
    assertThat(Score.range(decimal("7"), decimal("9"), Optional.empty())).hasToString("7-9");
    assertThat(Score.range(decimal("7.5"), decimal("9.0"), OUT_OF_TEN)).hasToString("7.5-9/10");
    assertThat(Score.range(decimal("8.50"), decimal("8.5"), Optional.of(decimal("10.0"))))
        .hasToString("8.5/10");
    assertThat(Score.of(0, 10)).hasToString("0/10");
    assertThat(Score.of(10, 10)).hasToString("10/10");
  }

  @Test
  void score_single_hasEqualBounds() {
    Score eight = Score.of(8, 10);
    assertThat(eight.isRange()).isFalse();
    assertThat(eight.low()).isEqualByComparingTo("8");
    assertThat(eight.high()).isEqualByComparingTo("8");
    assertThat(eight.outOf()).hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("10"));
  }

  @Test
  void score_range_hasItsBounds() {
    Score range = Score.range(decimal("7"), decimal("9"), OUT_OF_TEN);
    assertThat(range.isRange()).isTrue();
    assertThat(range.low()).isEqualByComparingTo("7");
    assertThat(range.high()).isEqualByComparingTo("9");
    assertThat(Score.range(decimal("7"), decimal("9"), Optional.empty()).outOf()).isEmpty();
  }

  @Test
  void score_isEqualByValue_notByScale() {
    assertThat(Score.range(decimal("8.0"), decimal("8.00"), Optional.of(decimal("10.0"))))
        .isEqualTo(Score.of(8, 10));
    assertThat(Score.range(decimal("8"), decimal("8.0"), Optional.empty()))
        .isEqualTo(Score.range(decimal("8.000"), decimal("8"), Optional.empty()));
    assertThat(Score.range(decimal("8.0"), decimal("8"), Optional.empty()).isRange()).isFalse();
    assertThat(Score.of(8, 10)).isNotEqualTo(Score.of(8, 20));
    assertThat(Score.of(8, 10))
        .isNotEqualTo(Score.range(decimal("8"), decimal("8"), Optional.empty()));
    assertThat(Score.of(8, 10)).isNotEqualTo(Score.range(decimal("7"), decimal("8"), OUT_OF_TEN));
  }

  @Test
  void score_negative_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Score.of(-1, 10));
    assertThat(e).hasMessage("appraisal score (-1) must not be negative");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.Detached(""), ReviewProblem.Rule.INVALID_VALUE, Optional.of("-1")));
  }

  @Test
  void score_rangeEndingBelowItsStart_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> Score.range(decimal("9"), decimal("7"), OUT_OF_TEN));
    assertThat(e).hasMessage("appraisal score range 9-7 must not end below its start");
    assertThat(e.problems())
        .extracting(ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(tuple(ReviewProblem.Rule.INVALID_VALUE, Optional.of("7")));
  }

  @Test
  void score_aboveItsMaximum_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Score.of(11, 10));
    assertThat(e).hasMessage("appraisal score (11) must not exceed its maximum (10)");
    assertThat(e.problems())
        .extracting(ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(tuple(ReviewProblem.Rule.INVALID_VALUE, Optional.of("11")));
    assertThatThrownBy(() -> Score.range(decimal("7"), decimal("10.5"), OUT_OF_TEN))
        .hasMessage("appraisal score (10.5) must not exceed its maximum (10)");
  }

  @Test
  void score_outOfZero_isRejected_evenWhenTheScoreIsZero() {
    // A maximum of 0 leaves no room to score: 0/0 says nothing about quality.
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Score.of(0, 0));
    assertThat(e).hasMessage("appraisal score maximum (0) must be greater than 0");
    assertThat(e.problems())
        .extracting(ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(tuple(ReviewProblem.Rule.INVALID_VALUE, Optional.of("0")));
    assertThatThrownBy(() -> Score.range(decimal("0"), decimal("0"), Optional.of(decimal("-5"))))
        .hasMessage("appraisal score maximum (-5) must be greater than 0");
  }

  @Test
  void score_withSeveralProblems_reportsThemAll() {
    assertThatThrownBy(() -> Score.range(decimal("-1"), decimal("12"), OUT_OF_TEN))
        .hasMessage(
            "appraisal score (-1) must not be negative; appraisal score (12) must not exceed its"
                + " maximum (10)");
  }

  @Test
  void score_atItsMaximum_orWithoutMaximum_isAllowed() {
    assertThat(Score.of(10, 10).high()).isEqualByComparingTo("10");
    assertThat(Score.range(decimal("0"), decimal("120"), Optional.empty()).high())
        .isEqualByComparingTo("120");
  }

  @Test
  void score_placedAtAPaper_keepsWhatItIsInTheDetail() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Score.of(11, 10));
    assertThat(e.problems().get(0).placedAt(new Place.OfPaper(Citation.of(3))).message())
        .isEqualTo("paper [3]: appraisal score (11) must not exceed its maximum (10)");
  }

  // ---------------------------------------------------------------------------------------------
  // Appraisal
  // ---------------------------------------------------------------------------------------------

  @Test
  void appraisal_keepsWhatItReports() {
    Appraisal appraisal =
        Appraisal.builder()
            .tool("CASP")
            .score(Score.of(8, 10))
            .category("Satisfactory")
            .note("Thin on analysis")
            .build();
    assertThat(appraisal.tool()).contains("CASP");
    assertThat(appraisal.score()).contains(Score.of(8, 10));
    assertThat(appraisal.category()).contains("Satisfactory");
    assertThat(appraisal.note()).contains("Thin on analysis");
  }

  @Test
  void appraisal_mayReportAnyOnePart() {
    assertThat(Appraisal.builder().tool("CASP").build().score()).isEmpty();
    assertThat(Appraisal.builder().score(Score.of(8, 10)).build().tool()).isEmpty();
    assertThat(Appraisal.builder().category("Key paper").build().note()).isEmpty();
    assertThat(Appraisal.builder().note("Not scored").build().category()).isEmpty();
  }

  @Test
  void appraisal_withNoPart_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Appraisal.builder().build());
    assertThat(e)
        .hasMessage("appraisal: must report at least a tool, a score, a category or a note");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule)
        .containsExactly(tuple(new Place.Detached("appraisal"), ReviewProblem.Rule.INVALID_VALUE));
  }

  @Test
  void appraisal_blankParts_areRejected() {
    assertThatThrownBy(() -> Appraisal.builder().tool(" ").category("").note(" ").build())
        .hasMessage(
            "appraisal: tool must not be blank; appraisal: category must not be blank;"
                + " appraisal: note must not be blank");
  }

  @Test
  void appraisal_isEqualByValue() {
    assertThat(Appraisal.builder().tool("CASP").score(Score.of(8, 10)).build())
        .isEqualTo(
            Appraisal.builder()
                .tool("CASP")
                .score(Score.range(decimal("8.0"), decimal("8"), OUT_OF_TEN))
                .build());
    assertThat(Appraisal.builder().tool("CASP").build())
        .isNotEqualTo(Appraisal.builder().tool("JBI").build());
  }

  @Test
  void paper_keepsItsAppraisal() {
    Appraisal appraisal = Appraisal.builder().category("Key paper").build();
    Paper paper = Paper.builder().reference(3).appraisal(appraisal).build();
    assertThat(paper.appraisal()).contains(appraisal);
    assertThat(Paper.builder().reference(3).build().appraisal()).isEmpty();
    assertThat(paper).isNotEqualTo(Paper.builder().reference(3).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Attributes with several values
  // ---------------------------------------------------------------------------------------------

  @Test
  void attribute_withSeveralValues_keepsThemAllInOrder() {
    Paper paper =
        Paper.builder()
            .reference(3)
            .putAttributes("country", "Norway")
            .putAttributes("setting", "home")
            .putAttributes("country", "Sweden", "Denmark")
            .build();
    assertThat(paper.attribute("country")).containsExactly("Norway", "Sweden", "Denmark");
    assertThat(paper.attribute("setting")).containsExactly("home");
    assertThat(paper.attribute("language")).isEmpty();
    assertThat(paper.attributes().keySet()).containsExactly("country", "setting");
    assertThat(paper.attributes())
        .isEqualTo(
            ImmutableListMultimap.of(
                "country", "Norway", "country", "Sweden", "country", "Denmark", "setting", "home"));
  }

  @Test
  void attribute_values_areInTheOrderGiven() {
    Paper one = Paper.builder().reference(3).putAttributes("country", "Norway", "Sweden").build();
    Paper other = Paper.builder().reference(3).putAttributes("country", "Sweden", "Norway").build();
    assertThat(one.attribute("country")).containsExactly("Norway", "Sweden");
    assertThat(other.attribute("country")).containsExactly("Sweden", "Norway");
  }

  @Test
  void attribute_putAll_addsEachValue() {
    Paper paper =
        Paper.builder()
            .reference(3)
            .putAllAttributes("country", List.of("Norway", "Sweden"))
            .build();
    assertThat(paper.attribute("country")).containsExactly("Norway", "Sweden");
  }

  @Test
  void attribute_blankValueAmongSeveral_isRejected() {
    assertThatThrownBy(
            () -> Paper.builder().reference(3).putAttributes("country", "Norway", " ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("paper [3]: attribute \"country\" must not be blank");
  }

  @Test
  void attribute_nameWithNoBreakSpace_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> Paper.builder().reference(3).putAttributes("country\u00A0", "Norway").build());
    assertThat(e)
        .hasMessage(
            "paper [3]: attribute name \"country\u00A0\" must not begin or end with whitespace"
                + " (U+00A0)");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(
                new Place.OfPaper(Citation.of(3)),
                ReviewProblem.Rule.INVALID_VALUE,
                Optional.of("country\u00A0")));
  }

  @Test
  void attribute_nameRules_areTheRulesOfNames() {
    assertThatThrownBy(() -> Paper.builder().reference(3).putAttributes(" ", "Norway").build())
        .hasMessage("paper [3]: attribute name must not be blank");
    assertThatThrownBy(
            () -> Paper.builder().reference(3).putAttributes("coun\rtry", "Norway").build())
        .hasMessage(
            "paper [3]: attribute name \"coun<U+000D>try\" must not contain the control character"
                + " U+000D");
  }
}

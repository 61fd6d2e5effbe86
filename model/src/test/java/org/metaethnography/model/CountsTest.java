package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Counts a review reports as far as it reports them: stage counts with unreported stages, other
 * sources of papers, and their checks and messages.
 */
final class CountsTest {

  private static final StageCounts SOME =
      StageCounts.builder().abstractsReviewed(812).articlesIncluded(4).build();

  // ---------------------------------------------------------------------------------------------
  // StageCounts
  // ---------------------------------------------------------------------------------------------

  @Test
  void stageNotSet_isUnreported() {
    assertThat(SOME.abstractsReviewed()).hasValue(812);
    assertThat(SOME.articlesRetrieved()).isEmpty();
    assertThat(SOME.articlesAppraised()).isEmpty();
    assertThat(SOME.articlesIncluded()).hasValue(4);
    assertThat(SOME.isComplete()).isFalse();
  }

  @Test
  void count_givesEachStage() {
    assertThat(SOME.count(Stage.ABSTRACTS_REVIEWED)).hasValue(812);
    assertThat(SOME.count(Stage.ARTICLES_RETRIEVED)).isEmpty();
    assertThat(SOME.count(Stage.ARTICLES_APPRAISED)).isEmpty();
    assertThat(SOME.count(Stage.ARTICLES_INCLUDED)).hasValue(4);
    StageCounts all = StageCounts.of(812, 64, 9, 4);
    assertThat(all.count(Stage.ABSTRACTS_REVIEWED)).hasValue(812);
    assertThat(all.count(Stage.ARTICLES_RETRIEVED)).hasValue(64);
    assertThat(all.count(Stage.ARTICLES_APPRAISED)).hasValue(9);
    assertThat(all.count(Stage.ARTICLES_INCLUDED)).hasValue(4);
    assertThat(all.isComplete()).isTrue();
  }

  @Test
  void of_equalsTheBuilderWithEveryStageSet() {
    assertThat(StageCounts.of(812, 64, 9, 4))
        .isEqualTo(
            StageCounts.builder()
                .abstractsReviewed(812)
                .articlesRetrieved(64)
                .articlesAppraised(9)
                .articlesIncluded(4)
                .build());
  }

  @Test
  void unreported_reportsNoStage() {
    StageCounts none = StageCounts.unreported();
    for (Stage stage : Stage.values()) {
      assertThat(none.count(stage)).isEmpty();
    }
    assertThat(none).isEqualTo(StageCounts.builder().build());
    assertThat(none.articlesExcluded()).isEmpty();
  }

  @Test
  void zero_isZeroAtEveryStage() {
    for (Stage stage : Stage.values()) {
      assertThat(StageCounts.zero().count(stage)).hasValue(0);
    }
  }

  @Test
  void articlesExcluded_needsAppraisedAndIncluded() {
    assertThat(StageCounts.of(812, 64, 9, 4).articlesExcluded()).hasValue(5);
    assertThat(SOME.articlesExcluded()).isEmpty();
    assertThat(StageCounts.builder().articlesAppraised(9).build().articlesExcluded()).isEmpty();
    assertThat(StageCounts.builder().articlesAppraised(9).articlesIncluded(9).build().articlesExcluded())
        .hasValue(0);
  }

  @Test
  void toString_writesAQuestionMarkForAStageNotReported() {
    assertThat(SOME)
        .hasToString(
            "812 abstracts reviewed, ? articles retrieved, ? articles appraised, 4 articles"
                + " included");
    assertThat(StageCounts.unreported())
        .hasToString(
            "? abstracts reviewed, ? articles retrieved, ? articles appraised, ? articles included");
    assertThat(StageCounts.of(812, 64, 9, 4))
        .hasToString(
            "812 abstracts reviewed, 64 articles retrieved, 9 articles appraised, 4 articles"
                + " included");
  }

  @Test
  void plus_leavesAStageUnreported_whenEitherSideLacksIt() {
    StageCounts all = StageCounts.of(100, 20, 5, 2);
    StageCounts sum = all.plus(SOME);
    assertThat(sum)
        .isEqualTo(StageCounts.builder().abstractsReviewed(912).articlesIncluded(6).build());
    assertThat(SOME.plus(all)).isEqualTo(sum);
    assertThat(SOME.plus(SOME))
        .isEqualTo(StageCounts.builder().abstractsReviewed(1624).articlesIncluded(8).build());
  }

  @Test
  void plus_ofUnreported_isUnreported() {
    assertThat(StageCounts.of(100, 20, 5, 2).plus(StageCounts.unreported()))
        .isEqualTo(StageCounts.unreported());
    assertThat(SOME.plus(StageCounts.unreported())).isEqualTo(StageCounts.unreported());
  }

  @Test
  void plus_ofZero_keepsWhatIsReported() {
    assertThat(SOME.plus(StageCounts.zero())).isEqualTo(SOME);
    assertThat(StageCounts.of(100, 20, 5, 2).plus(StageCounts.zero()))
        .isEqualTo(StageCounts.of(100, 20, 5, 2));
  }

  @Test
  void plus_thatOverflows_throws() {
    StageCounts most = StageCounts.builder().abstractsReviewed(Integer.MAX_VALUE).build();
    assertThatThrownBy(() -> most.plus(StageCounts.builder().abstractsReviewed(1).build()))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void check_comparesWithTheNearestReportedStageBefore() {
    assertThatThrownBy(
            () -> StageCounts.builder().abstractsReviewed(10).articlesIncluded(12).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("articles included (12) must not exceed abstracts reviewed (10)");
    assertThatThrownBy(
            () -> StageCounts.builder().articlesRetrieved(5).articlesAppraised(6).build())
        .hasMessage("articles appraised (6) must not exceed articles retrieved (5)");
  }

  @Test
  void check_ofASingleStage_onlyRefusesNegatives() {
    assertThat(StageCounts.builder().articlesIncluded(12).build().articlesIncluded()).hasValue(12);
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> StageCounts.builder().articlesAppraised(-1).build());
    assertThat(e).hasMessage("articles appraised (-1) must not be negative");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.Detached(""), ReviewProblem.Rule.INVALID_VALUE, Optional.of("-1")));
  }

  @Test
  void check_reportsEveryProblem_acrossUnreportedStages() {
    assertThatThrownBy(
            () ->
                StageCounts.builder()
                    .abstractsReviewed(-2)
                    .articlesAppraised(7)
                    .articlesIncluded(8)
                    .build())
        .hasMessage(
            "abstracts reviewed (-2) must not be negative; "
                + "articles included (8) must not exceed articles appraised (7)");
  }

  @Test
  void stage_wordsAreLowerCase() {
    assertThat(Stage.ABSTRACTS_REVIEWED.words()).isEqualTo("abstracts reviewed");
    assertThat(Stage.ARTICLES_RETRIEVED.words()).isEqualTo("articles retrieved");
    assertThat(Stage.ARTICLES_APPRAISED.words()).isEqualTo("articles appraised");
    assertThat(Stage.ARTICLES_INCLUDED.words()).isEqualTo("articles included");
  }

  @Test
  void search_keepsItsNameAndCounts() {
    Search search = Search.of("Dementia", SOME);
    assertThat(search.name()).isEqualTo("Dementia");
    assertThat(search.counts()).isEqualTo(SOME);
    assertThat(search).hasToString("Dementia");
  }

  @Test
  void search_badCounts_failBeforeTheSearchIsMade_unplaced() {
    // The counts are made first; a front end places their problems at the search.
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> StageCounts.of(10, 20, 0, 0));
    assertThat(e.problems().get(0).placedAt(new Place.OfSearch("Dementia")).message())
        .isEqualTo("search \"Dementia\": articles retrieved (20) must not exceed abstracts reviewed (10)");
  }

  // ---------------------------------------------------------------------------------------------
  // OtherSource
  // ---------------------------------------------------------------------------------------------

  @Test
  void otherSource_keepsWhatItReports() {
    OtherSource chasing = OtherSource.of("Reference lists", OptionalInt.of(14), OptionalInt.of(2));
    assertThat(chasing.name()).isEqualTo("Reference lists");
    assertThat(chasing.found()).hasValue(14);
    assertThat(chasing.included()).hasValue(2);
    assertThat(chasing).hasToString("Reference lists");
  }

  @Test
  void otherSource_mayReportNeitherCount() {
    OtherSource experts = OtherSource.of("Experts", OptionalInt.empty(), OptionalInt.empty());
    assertThat(experts.found()).isEmpty();
    assertThat(experts.included()).isEmpty();
    assertThat(OtherSource.of("Experts", OptionalInt.empty(), OptionalInt.of(3)).included())
        .hasValue(3);
    assertThat(OtherSource.of("Experts", OptionalInt.of(3), OptionalInt.of(3)).included())
        .hasValue(3);
  }

  @Test
  void otherSource_negativeCounts_areBothReported() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> OtherSource.of("Experts", OptionalInt.of(-1), OptionalInt.of(-2)));
    assertThat(e)
        .hasMessage(
            "source \"Experts\": records found (-1) must not be negative; "
                + "source \"Experts\": papers included (-2) must not be negative");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.OfSource("Experts"), ReviewProblem.Rule.INVALID_VALUE, Optional.of("-1")),
            tuple(new Place.OfSource("Experts"), ReviewProblem.Rule.INVALID_VALUE, Optional.of("-2")));
  }

  @Test
  void otherSource_includingMoreThanItFound_isRejected() {
    assertThatThrownBy(() -> OtherSource.of("Experts", OptionalInt.of(3), OptionalInt.of(5)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("source \"Experts\": papers included (5) must not exceed records found (3)");
  }

  @Test
  void otherSource_blankName_isRejected() {
    assertThatThrownBy(() -> OtherSource.of("", OptionalInt.of(3), OptionalInt.of(1)))
        .hasMessage("source \"\": source name must not be blank");
  }

  @Test
  void review_keepsItsOtherSources_inTheOrderGiven() {
    OtherSource chasing = OtherSource.of("Reference lists", OptionalInt.of(14), OptionalInt.of(2));
    OtherSource experts = OtherSource.of("Experts", OptionalInt.empty(), OptionalInt.of(1));
    Review review = Fixtures.validReview().addOtherSources(chasing, experts).build();
    assertThat(review.otherSources()).containsExactly(chasing, experts);
  }

  @Test
  void review_repeatedSource_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addOtherSources(
                OtherSource.of("Experts", OptionalInt.of(1), OptionalInt.of(1)),
                OtherSource.of("Experts", OptionalInt.empty(), OptionalInt.empty()));
    List<ReviewProblem> problems =
        catchThrowableOfType(InvalidReviewException.class, review::build).problems();
    assertThat(problems)
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfSource("Experts"),
                ReviewProblem.Rule.DUPLICATE,
                "source \"Experts\": given 2 times; source names must be unique"));
  }

  @Test
  void review_sourcesFindingTooManyToCount_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addOtherSources(
                OtherSource.of("Experts", OptionalInt.of(2_000_000_000), OptionalInt.empty()),
                OtherSource.of("Hand search", OptionalInt.of(2_000_000_000), OptionalInt.empty()));
    List<ReviewProblem> problems =
        catchThrowableOfType(InvalidReviewException.class, review::build).problems();
    assertThat(problems)
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                Place.review(),
                ReviewProblem.Rule.COUNT_OVERFLOW,
                "the searches, other sources and exclusions add up to 4000000000 records, more"
                    + " than the largest count (2147483647)"));
  }
}

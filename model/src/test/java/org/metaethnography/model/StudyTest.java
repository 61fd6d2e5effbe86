package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Studies reported in several papers: their own rules, and how a review checks them. */
final class StudyTest {

  private static List<ReviewProblem> problems(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build).problems();
  }

  @Test
  void study_keepsItsNameAndReports_mainReportFirst() {
    Study trial = Study.of("Trial", Citation.of(2), Citation.of(1));
    assertThat(trial.name()).isEqualTo("Trial");
    assertThat(trial.reports()).containsExactly(Citation.of(2), Citation.of(1));
    assertThat(trial).hasToString("Trial");
  }

  @Test
  void study_withoutReport_isRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Study.of("Trial"));
    assertThat(e).hasMessage("study \"Trial\": must have at least one report");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule)
        .containsExactly(tuple(new Place.OfStudy("Trial"), ReviewProblem.Rule.INVALID_VALUE));
  }

  @Test
  void study_repeatingANumberedReport_isRejected() {
    // A numbered citation is written [1] in messages, as in every other message naming a paper.
    assertThatThrownBy(() -> Study.of("Trial", Citation.of(1), Citation.of(2), Citation.of(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("study \"Trial\": names paper [1] more than once");
  }

  @Test
  void study_repeatingALabelledReport_isRejected() {
    assertThatThrownBy(
            () -> Study.of("Trial", Citation.of("Sav 2013"), Citation.of("Sav 2013")))
        .hasMessage("study \"Trial\": names paper \"Sav 2013\" more than once");
  }

  @Test
  void review_keepsItsStudies_andFindsTheStudyOfAPaper() {
    Study trial = Study.of("Trial", Citation.of(1), Citation.of(2));
    Review review = Fixtures.validReview().addStudies(trial).build();
    assertThat(review.studies()).containsExactly(trial);
    assertThat(review.studyOf(Citation.of(1))).contains(trial);
    assertThat(review.studyOf(Citation.of(2))).contains(trial);
    assertThat(review.studyOf(Citation.of(3))).isEmpty();
  }

  @Test
  void review_paperInNoStudy_isAStudyOfItsOwn() {
    Review review = Fixtures.validReview().addStudies(Study.of("Trial", Citation.of(2))).build();
    assertThat(review.studyOf(Citation.of(1))).isEmpty();
  }

  @Test
  void review_studyNamingAPaperNotIncluded_isReportedAtTheStudy() {
    List<ReviewProblem> problems =
        problems(
            Fixtures.validReview().addStudies(Study.of("Trial", Citation.of(1), Citation.of(9))));
    assertThat(problems)
        .extracting(ReviewProblem::message)
        .containsExactly("study \"Trial\": names paper [9], which is not among the included papers");
    assertThat(problems)
        .extracting(
            ReviewProblem::place, ReviewProblem::rule, ReviewProblem::reference, ReviewProblem::value)
        .containsExactly(
            tuple(
                new Place.OfStudy("Trial"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfPaper(Citation.of(9))),
                Optional.of("paper [9]")));
  }

  @Test
  void review_studyNamingALabelNotIncluded_isReported() {
    assertThat(
            problems(
                    Fixtures.validReview()
                        .addStudies(Study.of("Trial", Citation.of("Sav 2013")))))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "study \"Trial\": names paper \"Sav 2013\", which is not among the included papers");
  }

  @Test
  void review_paperInTwoStudies_isReportedAtTheLaterStudy() {
    List<ReviewProblem> problems =
        problems(
            Fixtures.validReview()
                .addStudies(
                    Study.of("Trial", Citation.of(1), Citation.of(2)),
                    Study.of("Follow-up", Citation.of(2))));
    assertThat(problems)
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfStudy("Follow-up"),
                ReviewProblem.Rule.DUPLICATE,
                "study \"Follow-up\": names paper [2], which study \"Trial\" already reports; a"
                    + " paper reports one study"));
  }

  @Test
  void review_studyOf_findsEachPapersOwnStudy() {
    Review review =
        Fixtures.validReview()
            .addStudies(Study.of("Trial", Citation.of(1)), Study.of("Follow-up", Citation.of(2)))
            .build();
    assertThat(review.studyOf(Citation.of(1))).map(Study::name).contains("Trial");
    assertThat(review.studyOf(Citation.of(2))).map(Study::name).contains("Follow-up");
  }
}

package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The draft a front end fills: parts rejected with their problems at their places, every problem
 * reported at once, and follow-on problems of a rejection not reported again.
 */
final class ReviewDraftTest {
  private static final Place PAPER_3 = new Place.OfPaper(Citation.of(3));
  private static final Place STAKEHOLDERS = new Place.Declaration(Place.Vocabulary.STAKEHOLDER);

  /** A draft holding every part of {@code review}. */
  private static ReviewDraft draftOf(Review review) {
    ReviewDraft draft = ReviewDraft.titled(review.title());
    draft
        .facts()
        .addAllStakeholders(review.stakeholders())
        .addAllPhases(review.phases())
        .addAllReviewers(review.reviewers())
        .addAllSearches(review.searches())
        .addAllOtherSources(review.otherSources())
        .addAllExclusions(review.exclusions())
        .addAllPapers(review.papers())
        .addAllStudies(review.studies())
        .addAllConcepts(review.concepts())
        .addAllExtractions(review.extractions())
        .addAllKeyConcepts(review.keyConcepts())
        .addAllTranslations(review.translations())
        .addAllSetAside(review.setAside())
        .lineOfArgument(review.lineOfArgument())
        .addAllIncidences(review.incidences());
    return draft;
  }

  private static ReviewDraft validDraft() {
    return draftOf(Fixtures.validReview().build());
  }

  private static InvalidReviewException invalid(ReviewDraft draft) {
    return catchThrowableOfType(InvalidReviewException.class, draft::build);
  }

  private static List<String> messages(ReviewDraft draft) {
    return invalid(draft).messages();
  }

  /** Attempts paper [3] with a year of two digits, so that it is rejected. */
  private static void rejectPaper3(ReviewDraft draft) {
    draft
        .attempt(PAPER_3, () -> Fixtures.paperBuilder(3, "Carers").year(19).build())
        .ifPresent(draft.facts()::addPapers);
  }

  @Test
  void draftWithoutProblems_buildsTheReviewTheBuilderBuilds() {
    assertThat(validDraft().build()).isEqualTo(Fixtures.validReview().build());
    assertThat(validDraft().problems()).isEmpty();
  }

  @Test
  void attempt_ofAValidPart_returnsIt_andRejectsNothing() {
    ReviewDraft draft = validDraft();
    Optional<Paper> paper = draft.attempt(PAPER_3, () -> Fixtures.paper(3, "Carers"));
    assertThat(paper).contains(Fixtures.paper(3, "Carers"));
    assertThat(draft.isRejected(PAPER_3)).isFalse();
    assertThat(draft.problems()).isEmpty();
  }

  @Test
  void attempt_ofAnInvalidPart_rejectsItsPlace_andRecordsItsProblems() {
    ReviewDraft draft = validDraft();
    Optional<Paper> paper =
        draft.attempt(PAPER_3, () -> Fixtures.paperBuilder(3, "Carers").year(19).title(" ").build());
    assertThat(paper).isEmpty();
    assertThat(draft.isRejected(PAPER_3)).isTrue();
    assertThat(draft.isRejected(new Place.OfPaper(Citation.of(1)))).isFalse();
    assertThat(draft.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value, ReviewProblem::message)
        .containsExactly(
            tuple(
                PAPER_3,
                ReviewProblem.Rule.INVALID_VALUE,
                Optional.of("19"),
                "paper [3]: year (19) must have four digits"),
            tuple(
                PAPER_3,
                ReviewProblem.Rule.INVALID_VALUE,
                Optional.of(" "),
                "paper [3]: title must not be blank"));
  }

  @Test
  void attempt_placesADetachedValuesProblem_keepingWhatTheValueIs() {
    ReviewDraft draft = validDraft();
    draft.attempt(PAPER_3, () -> Fixtures.paperBuilder(3).build());
    assertThat(draft.problems())
        .extracting(ReviewProblem::place, ReviewProblem::detail, ReviewProblem::message)
        .containsExactly(
            tuple(
                PAPER_3,
                "perspective: must name at least one stakeholder or be undesignated",
                "paper [3]: perspective: must name at least one stakeholder or be undesignated"));
  }

  @Test
  void attempt_placesANamesProblem_asItIs() {
    ReviewDraft draft = validDraft();
    draft.attempt(STAKEHOLDERS, () -> List.of(Stakeholder.of("Carers"), Stakeholder.of("Sta\rff")));
    assertThat(draft.problems())
        .extracting(ReviewProblem::place, ReviewProblem::value, ReviewProblem::message)
        .containsExactly(
            tuple(
                STAKEHOLDERS,
                Optional.of("Sta\rff"),
                "declaration of stakeholders: stakeholder name \"Sta<U+000D>ff\" must not contain"
                    + " the control character U+000D"));
  }

  @Test
  void attempt_placesANumbersProblem_atThePart() {
    ReviewDraft draft = validDraft();
    draft.attempt(
        new Place.OfSearch("Stroke"), () -> Search.of("Stroke", StageCounts.of(300, 20, 3, 4)));
    assertThat(draft.problems())
        .extracting(ReviewProblem::message)
        .containsExactly("search \"Stroke\": articles included (4) must not exceed articles appraised (3)");
  }

  @Test
  void reject_recordsTheProblem_andRejectsItsPlace() {
    ReviewDraft draft = validDraft();
    ReviewProblem twice =
        ReviewProblem.of(
            PAPER_3,
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            "year is set twice, first to \"2019\" and then to \"2020\"");
    assertThat(draft.reject(twice)).isSameAs(draft);
    assertThat(draft.isRejected(PAPER_3)).isTrue();
    assertThat(draft.problems()).containsExactly(twice);
    assertThat(messages(draft))
        .containsExactly("paper [3]: year is set twice, first to \"2019\" and then to \"2020\"");
  }

  @Test
  void build_reportsTheDraftsProblemsFirst_thenTheReviews() {
    ReviewDraft draft = validDraft();
    rejectPaper3(draft);
    draft.facts().addIncidences(Incidence.of(1, "Rest"));
    InvalidReviewException e = invalid(draft);
    assertThat(e)
        .hasMessage(
            "review \"Respite care\" has 2 problems:\n"
                + "  - paper [3]: year (19) must have four digits\n"
                + "  - grid cell [1] Rest: names key concept \"Rest\", which the review does not"
                + " define");
    assertThat(e.review()).isEqualTo("Respite care");
  }

  // ---------------------------------------------------------------------------------------------
  // Follow-on problems
  // ---------------------------------------------------------------------------------------------

  @Test
  void missingPaper_namedByAGridCell_isReported() {
    ReviewDraft draft = validDraft();
    draft.facts().addIncidences(Incidence.of(3, "Respite"));
    assertThat(messages(draft))
        .containsExactly(
            "grid cell [3] Respite: names paper [3], which is not among the included papers");
  }

  @Test
  void rejectedPaper_namedByAGridCellOrExtraction_isNotReportedAgain() {
    ReviewDraft draft = validDraft();
    rejectPaper3(draft);
    draft.facts().addIncidences(Incidence.of(3, "Respite"));
    draft.facts().addExtractions(Fixtures.extraction("Feeling new", 3, "SL"));
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::message)
        .containsExactly(tuple(PAPER_3, "paper [3]: year (19) must have four digits"));
  }

  @Test
  void rejectedPaper_doesNotHideReferencesToOtherPapers() {
    ReviewDraft draft = validDraft();
    rejectPaper3(draft);
    draft.facts().addIncidences(Incidence.of(3, "Respite"), Incidence.of(9, "Respite"));
    assertThat(messages(draft))
        .containsExactly(
            "paper [3]: year (19) must have four digits",
            "grid cell [9] Respite: names paper [9], which is not among the included papers");
  }

  @Test
  void rejectedConcept_namedByAnExtraction_isNotReportedAgain() {
    ReviewDraft draft = validDraft();
    draft
        .attempt(
            new Place.OfConcept("Guilt"),
            () -> Concept.builder().name("Guilt").order(Order.THIRD).build())
        .ifPresent(draft.facts()::addConcepts);
    draft.facts().addExtractions(Fixtures.extraction("Guilt", 1, "AO"));
    assertThat(messages(draft))
        .containsExactly(
            "concept \"Guilt\": order THIRD is not allowed: concepts extracted from papers are of"
                + " the first or second order; third-order concepts are key concepts");
  }

  @Test
  void rejectedStakeholderDeclaration_hidesReferencesToStakeholders() {
    ReviewDraft draft = validDraft();
    draft.facts().stakeholders(List.of());
    draft.reject(
        ReviewProblem.of(
            STAKEHOLDERS,
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            "stakeholders are declared twice; the second time as [Carers, Staff]"));
    // Papers, concepts and key concepts of the valid review all name the stakeholder Carers.
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::message)
        .containsExactly(
            tuple(
                STAKEHOLDERS,
                "declaration of stakeholders: stakeholders are declared twice; the second time as"
                    + " [Carers, Staff]"));
  }

  @Test
  void rejectedStakeholderDeclaration_doesNotHideReferencesToPhases() {
    ReviewDraft draft = validDraft();
    draft.facts().stakeholders(List.of());
    draft
        .attempt(STAKEHOLDERS, () -> List.of(Stakeholder.of("Carers\u00A0")))
        .ifPresent(draft.facts()::addAllStakeholders);
    draft
        .facts()
        .addConcepts(Fixtures.concept("Guilt", "before", "Carers"))
        .addSetAside(SetAside.of("Guilt", "Not about respite"));
    assertThat(messages(draft))
        .containsExactly(
            "declaration of stakeholders: stakeholder name \"Carers\u00A0\" must not begin or end"
                + " with whitespace (U+00A0)",
            "concept \"Guilt\": belongs to phase \"before\", which the review does not declare;"
                + " declared phases are [during, after]");
  }

  @Test
  void undeclaredStakeholders_withoutARejectedDeclaration_areReported() {
    ReviewDraft draft = draftOf(Fixtures.gridOnlyReview().build());
    draft.facts().stakeholders(List.of(Stakeholder.of("Carers")));
    // Paper [2] reports the perspective of Staff, which is no longer declared.
    assertThat(messages(draft))
        .containsExactly(
            "paper [2]: reports the perspective of stakeholder \"Staff\", which the review does"
                + " not declare; declared stakeholders are [Carers]");
  }

  @Test
  void missingTranslation_leavesTranslationIncomplete() {
    Review valid = Fixtures.validReview().build();
    ReviewDraft draft = draftOf(valid);
    draft.facts().translations(List.of(valid.translations().get(1)));
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                "concept \"Time for oneself\": is neither translated into a key concept nor set"
                    + " aside; every raw concept is one or the other"),
            tuple(
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                "key concept \"Respite\": has no concept translated into it; every key concept"
                    + " brings together at least one raw concept"));
  }

  @Test
  void rejectedTranslation_hidesIncompleteTranslation() {
    Review valid = Fixtures.validReview().build();
    ReviewDraft draft = draftOf(valid);
    draft.facts().translations(List.of(valid.translations().get(1)));
    draft
        .attempt(
            new Place.OfTranslation("Respite"),
            () -> Translation.of("Respite", TranslationKind.RECIPROCAL))
        .ifPresent(draft.facts()::addTranslations);
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTranslation("Respite"),
                ReviewProblem.Rule.INVALID_VALUE,
                "translation into \"Respite\": must name at least one concept"));
  }

  @Test
  void rejectedSettingAside_hidesIncompleteTranslation() {
    ReviewDraft draft = validDraft();
    draft.facts().addConcepts(Fixtures.concept("Guilt", "during", "Carers"));
    draft
        .attempt(new Place.OfSetAside("Guilt"), () -> SetAside.of("Guilt", " "))
        .ifPresent(draft.facts()::addSetAside);
    assertThat(messages(draft))
        .containsExactly("setting aside of concept \"Guilt\": reason must not be blank");
  }

  @Test
  void missingSearch_leavesExclusionsUnaccounted() {
    ReviewDraft draft = validDraft();
    draft.facts().searches(List.of(Search.of("Dementia", StageCounts.of(800, 60, 9, 2))));
    assertThat(messages(draft))
        .containsExactly(
            "exclusion tallies add up to 9 papers, but the searches appraised 9 and included 2,"
                + " so 7 were excluded; the tallies must account for every excluded paper");
  }

  @Test
  void rejectedSearch_hidesUnaccountedExclusions() {
    ReviewDraft draft = validDraft();
    draft.facts().searches(List.of(Search.of("Dementia", StageCounts.of(800, 60, 9, 2))));
    draft
        .attempt(
            new Place.OfSearch("Stroke"), () -> Search.of("Stroke", StageCounts.of(300, 20, 3, 4)))
        .ifPresent(draft.facts()::addSearches);
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfSearch("Stroke"),
                "search \"Stroke\": articles included (4) must not exceed articles appraised (3)"));
  }

  @Test
  void rejectedExclusionTally_hidesUnaccountedExclusions() {
    ReviewDraft draft = validDraft();
    draft.facts().exclusions(List.of(ExclusionTally.of(ExclusionReason.of("Thin data"), 6)));
    draft
        .attempt(
            new Place.OfExclusion("Duplicate"),
            () -> ExclusionTally.of(ExclusionReason.of("Duplicate"), -3))
        .ifPresent(draft.facts()::addExclusions);
    assertThat(messages(draft))
        .containsExactly(
            "exclusion reason \"Duplicate\": number of papers (-3) must not be negative");
  }
}

package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The invariants a review checks across its values, one test each, with the exact message. */
final class ReviewTest {

  private static InvalidReviewException invalid(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build);
  }

  @Test
  void validReview_builds_andLooksUpItsParts() {
    Review review = Fixtures.validReview().build();
    assertThat(review.paper(2)).map(Paper::firstAuthor).contains("Okafor");
    assertThat(review.paper(3)).isEmpty();
    assertThat(review.keyConcept("Renewal")).isPresent();
    assertThat(review.concept("Time for oneself")).isPresent();
    assertThat(review.conditions()).containsExactly(Condition.of("dementia"));
    assertThat(review.formats()).containsExactly(InterventionFormat.of("group"));
  }

  @Test
  void blankTitle_isReported() {
    InvalidReviewException e = invalid(Fixtures.validReview().title(" "));
    assertThat(e.messages()).containsExactly("review title must not be blank");
    assertThat(e).hasMessage("review \" \" has 1 problem:\n  - review title must not be blank");
  }

  @Test
  void repeatedStakeholder_isReported() {
    assertThat(invalid(Fixtures.validReview().addStakeholders(Stakeholder.of("Carers"))).messages())
        .containsExactly("stakeholder \"Carers\" is given 2 times; stakeholder names must be unique");
  }

  @Test
  void repeatedPhase_isReported() {
    assertThat(invalid(Fixtures.validReview().addPhases(Phase.of("after"))).messages())
        .containsExactly("phase \"after\" is given 2 times; phase names must be unique");
  }

  @Test
  void repeatedSearch_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addSearches(Search.of("Stroke", StageCounts.of(0, 0, 0, 0)));
    assertThat(invalid(review).messages())
        .containsExactly("search \"Stroke\" is given 2 times; search names must be unique");
  }

  @Test
  void repeatedExclusionReason_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .exclusions(
                java.util.List.of(
                    ExclusionTally.of(ExclusionReason.of("Thin data"), 6),
                    ExclusionTally.of(ExclusionReason.of("Thin data"), 3)));
    assertThat(invalid(review).messages())
        .containsExactly(
            "exclusion reason \"Thin data\" is given 2 times; exclusion reasons must be unique");
  }

  @Test
  void repeatedPaperReference_isReported() {
    assertThat(invalid(Fixtures.validReview().addPapers(Fixtures.paper(2, "Staff"))).messages())
        .containsExactly("paper [2] is given 2 times; reference numbers must be unique");
  }

  @Test
  void repeatedConceptName_isReported() {
    Review.Builder review =
        Fixtures.validReview().addConcepts(Fixtures.concept("Time for oneself", "after", "Staff"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Time for oneself\" is given 2 times; concept names must be unique");
  }

  @Test
  void repeatedKeyConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview().addKeyConcepts(Fixtures.keyConcept("Respite", "after", "Staff"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "key concept \"Respite\" is given 2 times; key concept names must be unique");
  }

  @Test
  void repeatedGridCell_isReported() {
    assertThat(invalid(Fixtures.validReview().addIncidences(Incidence.of(1, "Respite"))).messages())
        .containsExactly("grid cell [1] Respite is given 2 times; grid cells must be unique");
  }

  @Test
  void paperPerspective_withUndeclaredStakeholder_isReported() {
    assertThat(invalid(Fixtures.validReview().addPapers(Fixtures.paper(3, "Nurses"))).messages())
        .containsExactly(
            "paper [3] reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff]");
  }

  @Test
  void extraction_fromPaperNotIncluded_isReported() {
    Review.Builder review =
        Fixtures.validReview().addExtractions(Fixtures.extraction("Feeling new", 9, "AO"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "extraction Feeling new in [9] names paper [9], which is not among the included"
                + " papers");
  }

  @Test
  void extraction_ofUndefinedConcept_byUndeclaredReviewer_isReported() {
    Review.Builder review =
        Fixtures.validReview().addExtractions(Fixtures.extraction("Guilt", 2, "ZZ"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "extraction Guilt in [2] names concept \"Guilt\", which the review does not define",
            "extraction Guilt in [2] is by reviewer \"ZZ\", which the review does not declare;"
                + " declared reviewers are [AO, SL]");
  }

  @Test
  void repeatedExtraction_isReported() {
    Review.Builder review =
        Fixtures.validReview().addExtractions(Fixtures.extraction("Feeling new", 2, "AO"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "extraction of concept \"Feeling new\" from paper [2] is given 2 times; extractions"
                + " (record each concept once per paper, with all its reviewers) must be unique");
  }

  @Test
  void concept_voicingUndeclaredStakeholder_inUndeclaredPhase_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addConcepts(Fixtures.concept("Guilt", "before", "Nurses"))
            .addTranslations(Translation.of("Respite", TranslationKind.REFUTATIONAL, "Guilt"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Guilt\" voices stakeholder \"Nurses\", which the review does not declare;"
                + " declared stakeholders are [Carers, Staff]",
            "concept \"Guilt\" belongs to phase \"before\", which the review does not declare;"
                + " declared phases are [during, after]");
  }

  @Test
  void conceptNeitherTranslatedNorSetAside_isReported() {
    Review.Builder review =
        Fixtures.validReview().addConcepts(Fixtures.concept("Guilt", "during", "Carers"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Guilt\" is neither translated into a key concept nor set aside; every raw"
                + " concept is one or the other");
    assertThat(review.addSetAside(SetAside.of("Guilt", "Descriptive only")).build().setAside())
        .hasSize(1);
  }

  @Test
  void conceptTranslatedTwice_orTranslatedAndSetAside_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(Translation.of("Renewal", TranslationKind.RECIPROCAL, "Time for oneself"))
            .addSetAside(SetAside.of("Feeling new", "Too vague"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Time for oneself\" is translated 2 times (into [Respite, Renewal]); each"
                + " concept is translated into exactly one key concept",
            "concept \"Feeling new\" is both translated (into [Renewal]) and set aside");
  }

  @Test
  void keyConceptWithoutConcepts_isReported() {
    Review.Builder review =
        Fixtures.validReview().addKeyConcepts(Fixtures.keyConcept("Dread", "during", "Carers"));
    assertThat(invalid(review).problems())
        .extracting(ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                "key concept \"Dread\" has no concept translated into it; every key concept brings"
                    + " together at least one raw concept"));
  }

  @Test
  void keyConceptsWithoutConcepts_areAllowedWhileNoRawConceptIsRecorded() {
    Review review =
        Fixtures.gridOnlyReview()
            .addKeyConcepts(Fixtures.keyConcept("Dread", "during", "Carers"))
            .build();
    assertThat(review.keyConcepts()).hasSize(3);
  }

  @Test
  void relation_betweenUndefinedKeyConcepts_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .lineOfArgument(
                LineOfArgument.builder().addRelations(Relation.of("Respite", "eases", "Dread")).build());
    assertThat(invalid(review).messages())
        .containsExactly(
            "relation Respite --eases--> Dread names key concept \"Dread\", which the review does"
                + " not define");
  }

  @Test
  void concept_voicingUndeclaredStakeholder_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addConcepts(Fixtures.concept("Guilt", "during", "Nurses"))
            .addSetAside(SetAside.of("Guilt", "Not about respite"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Guilt\" voices stakeholder \"Nurses\", which the review does not declare;"
                + " declared stakeholders are [Carers, Staff]");
  }

  @Test
  void keyConcept_inUndeclaredPhase_isReported() {
    Review.Builder review =
        Fixtures.gridOnlyReview().addKeyConcepts(Fixtures.keyConcept("Dread", "before", "Carers"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "key concept \"Dread\" belongs to phase \"before\", which the review does not declare;"
                + " declared phases are [during, after]");
  }

  @Test
  void keyConcept_concerningUndeclaredStakeholder_isReported() {
    Review.Builder review =
        Fixtures.gridOnlyReview().addKeyConcepts(Fixtures.keyConcept("Dread", "during", "Nurses"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "key concept \"Dread\" concerns stakeholder \"Nurses\", which the review does not"
                + " declare; declared stakeholders are [Carers, Staff]");
  }

  @Test
  void translation_intoUndefinedKeyConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(Translation.of("Rest", TranslationKind.RECIPROCAL, "Feeling new"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "translation into \"Rest\" names key concept \"Rest\", which the review does not"
                + " define",
            "concept \"Feeling new\" is translated 2 times (into [Renewal, Rest]); each concept is"
                + " translated into exactly one key concept");
  }

  @Test
  void translation_ofUndefinedConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(Translation.of("Renewal", TranslationKind.REFUTATIONAL, "Sleep"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "translation into \"Renewal\" names concept \"Sleep\", which the review does not"
                + " define");
  }

  @Test
  void gridCell_ofPaperNotIncluded_isReported() {
    assertThat(invalid(Fixtures.validReview().addIncidences(Incidence.of(9, "Respite"))).messages())
        .containsExactly(
            "grid cell [9] Respite names paper [9], which is not among the included papers");
  }

  @Test
  void gridCell_ofUndefinedKeyConcept_isReported() {
    assertThat(invalid(Fixtures.validReview().addIncidences(Incidence.of(1, "Rest"))).messages())
        .containsExactly(
            "grid cell [1] Rest names key concept \"Rest\", which the review does not define");
  }

  @Test
  void exclusionTallies_thatDoNotAccountForExcludedPapers_areReported() {
    Review.Builder review =
        Fixtures.validReview()
            .exclusions(java.util.List.of(ExclusionTally.of(ExclusionReason.of("Thin data"), 8)));
    assertThat(invalid(review).messages())
        .containsExactly(
            "exclusion tallies add up to 8 papers, but the searches appraised 12 and included 3,"
                + " so 9 were excluded; the tallies must account for every excluded paper");
  }

  @Test
  void exclusionTallies_withoutSearches_areNotCompared() {
    assertThat(Fixtures.validReview().searches(java.util.List.of()).build().exclusions())
        .hasSize(2);
  }

  @Test
  void reviewWithSeveralProblems_reportsThemAllInOneException() {
    Review.Builder review =
        Fixtures.validReview()
            .addPapers(Fixtures.paper(2, "Nurses"))
            .addIncidences(Incidence.of(9, "Rest"))
            .exclusions(java.util.List.of(ExclusionTally.of(ExclusionReason.of("Thin data"), 8)));
    assertThatThrownBy(review::build)
        .isInstanceOf(InvalidReviewException.class)
        .hasMessage(
            "review \"Respite care\" has 5 problems:\n"
                + "  - paper [2] is given 2 times; reference numbers must be unique\n"
                + "  - paper [2] reports the perspective of stakeholder \"Nurses\", which the"
                + " review does not declare; declared stakeholders are [Carers, Staff]\n"
                + "  - grid cell [9] Rest names paper [9], which is not among the included papers\n"
                + "  - grid cell [9] Rest names key concept \"Rest\", which the review does not"
                + " define\n"
                + "  - exclusion tallies add up to 8 papers, but the searches appraised 12 and"
                + " included 3, so 9 were excluded; the tallies must account for every excluded"
                + " paper");
  }

  @Test
  void invalidReviewException_withoutProblems_isRefused() {
    assertThatThrownBy(() -> new InvalidReviewException("x", java.util.List.of()))
        .hasMessage("an invalid review must have at least one problem");
  }

  @Test
  void unresolvedReference_namesWhatItRefersTo() {
    InvalidReviewException e = invalid(Fixtures.validReview().addIncidences(Incidence.of(9, "Rest")));
    assertThat(e.problems())
        .extracting(ReviewProblem::rule, ReviewProblem::reference)
        .containsExactly(
            tuple(ReviewProblem.Rule.UNRESOLVED_REFERENCE, Optional.of("paper [9]")),
            tuple(ReviewProblem.Rule.UNRESOLVED_REFERENCE, Optional.of("key concept \"Rest\"")));
  }

  @Test
  void countsTooLargeToAdd_areReported() {
    StageCounts huge = StageCounts.of(2_000_000_000, 0, 0, 0);
    Review.Builder review =
        Fixtures.validReview()
            .searches(List.of(Search.of("A", huge), Search.of("B", huge)))
            .exclusions(List.of());
    assertThat(invalid(review).messages())
        .containsExactly(
            "the searches and exclusions add up to 4000000000 records, more than the largest"
                + " count (2147483647)");
  }
}

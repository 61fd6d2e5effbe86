package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What each study contributes to a key concept: the stance of a grid cell or an extraction
 * (supports, partly supports, refutes), and the index paper a translation is made into.
 */
final class StanceTest {
  private static final Citation ONE = Citation.of(1);

  private static List<ReviewProblem> problems(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build).problems();
  }

  // ---------------------------------------------------------------------------------------------
  // Stance of a grid cell
  // ---------------------------------------------------------------------------------------------

  @Test
  void stances_areThreeInOrderOfSupport() {
    assertThat(Stance.values())
        .containsExactly(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS, Stance.REFUTES);
  }

  @Test
  void incidence_withStance_keepsIt() {
    Incidence refuted = Incidence.of(ONE, "Respite", Stance.REFUTES);
    assertThat(refuted.paper()).isEqualTo(ONE);
    assertThat(refuted.keyConcept()).isEqualTo("Respite");
    assertThat(refuted.stance()).contains(Stance.REFUTES);
    assertThat(refuted).hasToString("[1] Respite");
  }

  @Test
  void incidence_withoutStance_recordsNone() {
    assertThat(Incidence.of(ONE, "Respite").stance()).isEmpty();
    assertThat(Incidence.of(1, "Respite").stance()).isEmpty();
  }

  @Test
  void incidences_areEqualByCellAndStance() {
    assertThat(Incidence.of(ONE, "Respite", Stance.PARTLY_SUPPORTS))
        .isEqualTo(Incidence.of(Citation.of(1), "Respite", Stance.PARTLY_SUPPORTS));
    assertThat(Incidence.of(ONE, "Respite", Stance.PARTLY_SUPPORTS))
        .isNotEqualTo(Incidence.of(ONE, "Respite", Stance.REFUTES));
    // A stance the review marks is a fact of its own, even where a bare tick would be read alike.
    assertThat(Incidence.of(ONE, "Respite", Stance.SUPPORTS))
        .isNotEqualTo(Incidence.of(ONE, "Respite"));
    assertThat(Incidence.of(ONE, "Re\u0301pit", Stance.REFUTES))
        .isEqualTo(Incidence.of(ONE, "R\u00E9pit", Stance.REFUTES));
  }

  @Test
  void incidence_withStance_blankKeyConcept_isRejectedAtItsCell() {
    assertThatThrownBy(() -> Incidence.of(ONE, " ", Stance.REFUTES))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("grid cell [1]  : key concept name must not be blank");
  }

  @Test
  void review_keepsTheStancesOfItsCells() {
    Review review =
        Fixtures.validReview()
            .incidences(
                List.of(
                    Incidence.of(ONE, "Respite", Stance.PARTLY_SUPPORTS),
                    Incidence.of(Citation.of(2), "Renewal"),
                    Incidence.of(Citation.of(2), "Respite", Stance.REFUTES)))
            .build();
    assertThat(review.incidences())
        .extracting(Incidence::stance)
        .containsExactly(
            Optional.of(Stance.PARTLY_SUPPORTS), Optional.empty(), Optional.of(Stance.REFUTES));
  }

  @Test
  void cell_givenWithTwoStances_isOneCellGivenTwice() {
    Review.Builder review =
        Fixtures.validReview().addIncidences(Incidence.of(ONE, "Respite", Stance.REFUTES));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.Cell(ONE, "Respite"),
                ReviewProblem.Rule.DUPLICATE,
                "grid cell [1] Respite: given 2 times; grid cells must be unique"));
  }

  // ---------------------------------------------------------------------------------------------
  // Stance of an extraction
  // ---------------------------------------------------------------------------------------------

  @Test
  void extraction_keepsItsStance() {
    Extraction partly =
        Extraction.builder().concept("Guilt").paper(1).stance(Stance.PARTLY_SUPPORTS).build();
    assertThat(partly.stance()).contains(Stance.PARTLY_SUPPORTS);
    assertThat(Extraction.builder().concept("Guilt").paper(1).build().stance()).isEmpty();
    assertThat(partly).isNotEqualTo(Extraction.builder().concept("Guilt").paper(1).build());
    assertThat(partly)
        .isNotEqualTo(
            Extraction.builder().concept("Guilt").paper(1).stance(Stance.REFUTES).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Index paper of a translation
  // ---------------------------------------------------------------------------------------------

  @Test
  void translation_mayNameItsIndexPaper() {
    Translation indexed =
        Translation.of("Respite", TranslationKind.RECIPROCAL, ONE, List.of("Time for oneself"));
    assertThat(indexed.indexPaper()).contains(ONE);
    assertThat(indexed.keyConcept()).isEqualTo("Respite");
    assertThat(indexed.kind()).contains(TranslationKind.RECIPROCAL);
    assertThat(indexed.concepts()).containsExactly("Time for oneself");
    assertThat(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself").indexPaper())
        .isEmpty();
    assertThat(indexed)
        .isNotEqualTo(Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"));
    assertThat(indexed.withoutIndexPaper())
        .isEqualTo(Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"));
  }

  @Test
  void translation_mayLeaveItsKindUnsaid() {
    Translation unsaid = Translation.of("Respite", Optional.empty(), List.of("Time for oneself"));
    assertThat(unsaid.kind()).isEmpty();
    assertThat(unsaid.concepts()).containsExactly("Time for oneself");
    assertThat(unsaid)
        .isNotEqualTo(Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"));
  }

  @Test
  void translation_withIndexPaper_checksItsNamesAsEver() {
    assertThatThrownBy(
            () -> Translation.of("Respite", TranslationKind.RECIPROCAL, ONE, List.of("a", "a")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("translation into \"Respite\": names concept \"a\" more than once");
    assertThatThrownBy(() -> Translation.of("Respite", TranslationKind.RECIPROCAL, ONE, List.of()))
        .hasMessage("translation into \"Respite\": must name at least one concept");
  }

  @Test
  void review_withAnIncludedIndexPaper_builds() {
    Review review =
        Fixtures.validReview()
            .translations(
                List.of(
                    Translation.of(
                        "Respite", TranslationKind.RECIPROCAL, ONE, List.of("Time for oneself")),
                    Translation.of("Renewal", TranslationKind.RECIPROCAL, "Feeling new")))
            .build();
    assertThat(review.translations())
        .extracting(Translation::indexPaper)
        .containsExactly(Optional.of(ONE), Optional.empty());
  }

  @Test
  void indexPaperThatContributesNoneOfTheTranslationsConcepts_isReportedAtTheTranslation() {
    // In the valid review, "Feeling new" is found in paper 2 only; paper 1 is included but
    // contributes nothing to Renewal, so it cannot be the study Renewal is translated into.
    Review.Builder review =
        Fixtures.validReview()
            .translations(
                List.of(
                    Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"),
                    Translation.of(
                        "Renewal", TranslationKind.RECIPROCAL, ONE, List.of("Feeling new"))));
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTranslation("Renewal"),
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                Optional.of("[1]"),
                "translation into \"Renewal\": names paper [1] as its index paper, but none of"
                    + " its raw concepts (\"Feeling new\") is found in that paper; the index"
                    + " paper is the study whose concepts the others are translated into"));
  }

  @Test
  void indexPaper_ofAReviewThatRecordsNoExtractions_cannotBeChecked_andIsAccepted() {
    Review review =
        Fixtures.validReview()
            .extractions(List.of())
            .translations(
                List.of(
                    Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"),
                    Translation.of(
                        "Renewal", TranslationKind.RECIPROCAL, ONE, List.of("Feeling new"))))
            .build();
    assertThat(review.translations().get(1).indexPaper()).contains(ONE);
  }

  @Test
  void indexPaper_ofATranslationWhoseConceptsAreFoundNowhere_cannotBeChecked_andIsAccepted() {
    // The review records where "Time for oneself" was found, but not "Feeling new": whether paper
    // 1 contributes to Renewal is unknown, not false.
    Review review =
        Fixtures.validReview()
            .extractions(List.of(Fixtures.extraction("Time for oneself", 1, "AO")))
            .translations(
                List.of(
                    Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"),
                    Translation.of(
                        "Renewal", TranslationKind.RECIPROCAL, ONE, List.of("Feeling new"))))
            .build();
    assertThat(review.translations().get(1).indexPaper()).contains(ONE);
  }

  @Test
  void stanceOfAConceptSetAside_isReportedAtTheExtraction() {
    // "Stray" is set aside, so there is no key concept for paper 1 to refute; paper 2's extraction
    // of it records no stance and is fine.
    Review.Builder review =
        Fixtures.validReview()
            .addConcepts(Concept.builder().name("Stray").build())
            .addSetAside(SetAside.of("Stray", "Off topic"))
            .extractions(
                java.util.List.of(
                    Extraction.builder().concept("Stray").paper(1).stance(Stance.REFUTES).build(),
                    Extraction.builder().concept("Stray").paper(2).build()));
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfExtraction("Stray", ONE),
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                Optional.of("refutes"),
                "extraction of concept \"Stray\" from paper [1]: records a stance (refutes), but"
                    + " concept \"Stray\" is set aside, so there is no key concept for the paper"
                    + " to support or refute"));
  }

  @Test
  void indexPaperNotIncluded_isReportedAtTheTranslation() {
    Review.Builder review =
        Fixtures.validReview()
            .translations(
                List.of(
                    Translation.of(
                        "Respite",
                        TranslationKind.RECIPROCAL,
                        Citation.of(9),
                        List.of("Time for oneself")),
                    Translation.of("Renewal", TranslationKind.RECIPROCAL, "Feeling new")));
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place,
            ReviewProblem::rule,
            ReviewProblem::reference,
            ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTranslation("Respite"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfPaper(Citation.of(9))),
                "translation into \"Respite\": names paper [9], which is not among the included"
                    + " papers"));
  }

  @Test
  void labelledIndexPaperNotIncluded_isReportedByItsLabel() {
    Review.Builder review =
        Fixtures.validReview()
            .translations(
                List.of(
                    Translation.of(
                        "Respite",
                        TranslationKind.RECIPROCAL,
                        Citation.of("Sav 2013"),
                        List.of("Time for oneself")),
                    Translation.of("Renewal", TranslationKind.RECIPROCAL, "Feeling new")));
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "translation into \"Respite\": names paper \"Sav 2013\", which is not among the"
                + " included papers");
  }
}

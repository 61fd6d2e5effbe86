package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rules of names (not blank, no control character, no whitespace of any kind at either end),
 * their normalisation to Unicode NFC, and the rule that two names of one kind must differ by more
 * than case, with the exact messages.
 */
final class NamesTest {
  /** "Répit" with a combining acute accent (two code points for the é). */
  private static final String DECOMPOSED = "Re\u0301pit";

  /** "Répit" with the precomposed é (U+00E9). */
  private static final String PRECOMPOSED = "R\u00E9pit";

  private static InvalidValueException rejected(Executable make) {
    return catchThrowableOfType(InvalidValueException.class, make::execute);
  }

  // ---------------------------------------------------------------------------------------------
  // Stakeholders (and the other open vocabularies): a term's problems are detached, the detail
  // alone
  // ---------------------------------------------------------------------------------------------

  @Test
  void stakeholder_blankName_isRejected() {
    assertThatThrownBy(() -> Stakeholder.of(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stakeholder name must not be blank");
    assertThatThrownBy(() -> Stakeholder.of("   "))
        .hasMessage("stakeholder name must not be blank");
  }

  @Test
  void stakeholder_nameOfUnicodeSpacesOnly_isBlank() {
    assertThatThrownBy(() -> Stakeholder.of("\u00A0"))
        .hasMessage("stakeholder name must not be blank");
    assertThatThrownBy(() -> Stakeholder.of("\u2003\u3000"))
        .hasMessage("stakeholder name must not be blank");
  }

  @Test
  void stakeholder_loneCarriageReturn_isRejected_andShownAsItsCodePoint() {
    InvalidValueException e = rejected(() -> Stakeholder.of("Car\rers"));
    assertThat(e)
        .hasMessage(
            "stakeholder name \"Car<U+000D>ers\" must not contain the control character U+000D");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(
                new Place.Detached(""), ReviewProblem.Rule.INVALID_VALUE, Optional.of("Car\rers")));
  }

  @Test
  void stakeholder_otherControlCharacters_areRejected() {
    assertThatThrownBy(() -> Stakeholder.of("Carers\n"))
        .hasMessage(
            "stakeholder name \"Carers<U+000A>\" must not contain the control character U+000A");
    assertThatThrownBy(() -> Stakeholder.of("\tCarers"))
        .hasMessage(
            "stakeholder name \"<U+0009>Carers\" must not contain the control character U+0009");
    assertThatThrownBy(() -> Stakeholder.of("Car\u0000ers"))
        .hasMessage(
            "stakeholder name \"Car<U+0000>ers\" must not contain the control character U+0000");
    assertThatThrownBy(() -> Stakeholder.of("Car\u0085ers"))
        .hasMessage(
            "stakeholder name \"Car<U+0085>ers\" must not contain the control character U+0085");
  }

  @Test
  void stakeholder_controlCharacterAmongSeveral_isTheFirstNamed_andAllAreShown() {
    assertThatThrownBy(() -> Stakeholder.of("a\rb\nc"))
        .hasMessage(
            "stakeholder name \"a<U+000D>b<U+000A>c\" must not contain the control character"
                + " U+000D");
  }

  @Test
  void stakeholder_trailingNoBreakSpace_isRejected() {
    assertThatThrownBy(() -> Stakeholder.of("Carers\u00A0"))
        .hasMessage(
            "stakeholder name \"Carers\u00A0\" must not begin or end with whitespace (U+00A0)");
  }

  @Test
  void stakeholder_leadingNoBreakSpace_isRejected() {
    assertThatThrownBy(() -> Stakeholder.of("\u00A0Carers"))
        .hasMessage(
            "stakeholder name \"\u00A0Carers\" must not begin or end with whitespace (U+00A0)");
  }

  @Test
  void stakeholder_otherUnicodeSpacesAtTheEnds_areRejected() {
    assertThatThrownBy(() -> Stakeholder.of("\u2003Carers"))
        .hasMessage(
            "stakeholder name \"\u2003Carers\" must not begin or end with whitespace (U+2003)");
    assertThatThrownBy(() -> Stakeholder.of("Carers\u202F"))
        .hasMessage(
            "stakeholder name \"Carers\u202F\" must not begin or end with whitespace (U+202F)");
    assertThatThrownBy(() -> Stakeholder.of("Carers\u3000"))
        .hasMessage(
            "stakeholder name \"Carers\u3000\" must not begin or end with whitespace (U+3000)");
    assertThatThrownBy(() -> Stakeholder.of(" Carers"))
        .hasMessage("stakeholder name \" Carers\" must not begin or end with whitespace (U+0020)");
  }

  @Test
  void stakeholder_whitespaceAtBothEnds_namesTheLeadingOne() {
    assertThatThrownBy(() -> Stakeholder.of("\u00A0Carers\u2003"))
        .hasMessage(
            "stakeholder name \"\u00A0Carers\u2003\" must not begin or end with whitespace"
                + " (U+00A0)");
  }

  @Test
  void stakeholder_spacesInside_areAllowed() {
    assertThat(Stakeholder.of("Family\u00A0carers").name()).isEqualTo("Family\u00A0carers");
    assertThat(Stakeholder.of("Family carers").name()).isEqualTo("Family carers");
  }

  @Test
  void otherVocabularies_followTheSameRules_eachNamingItsKind() {
    assertThatThrownBy(() -> Phase.of("after\u00A0"))
        .hasMessage("phase name \"after\u00A0\" must not begin or end with whitespace (U+00A0)");
    assertThatThrownBy(() -> Reviewer.of("A\rO"))
        .hasMessage("reviewer name \"A<U+000D>O\" must not contain the control character U+000D");
    assertThatThrownBy(() -> Condition.of("\u2003")).hasMessage("condition name must not be blank");
    assertThatThrownBy(() -> InterventionFormat.of("\u00A0group"))
        .hasMessage("format name \"\u00A0group\" must not begin or end with whitespace (U+00A0)");
    assertThatThrownBy(() -> ExclusionReason.of(""))
        .hasMessage("exclusion reason name must not be blank");
  }

  // ---------------------------------------------------------------------------------------------
  // Concepts, key concepts and the parts that name them: problems placed where the name is
  // ---------------------------------------------------------------------------------------------

  @Test
  void concept_blankName_isRejectedAtTheConcept() {
    InvalidValueException e = rejected(() -> Concept.builder().name(" ").build());
    assertThat(e).hasMessage("concept \" \": concept name must not be blank");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.OfConcept(" "), ReviewProblem.Rule.INVALID_VALUE, Optional.of(" ")));
  }

  @Test
  void concept_loneCarriageReturn_isRejected() {
    assertThatThrownBy(() -> Concept.builder().name("Gu\rilt").build())
        .hasMessage(
            "concept \"Gu<U+000D>ilt\": concept name \"Gu<U+000D>ilt\" must not contain the control"
                + " character U+000D");
  }

  @Test
  void concept_surroundingNoBreakSpace_isRejected() {
    assertThatThrownBy(() -> Concept.builder().name("Guilt\u00A0").build())
        .hasMessage(
            "concept \"Guilt\u00A0\": concept name \"Guilt\u00A0\" must not begin or end with"
                + " whitespace (U+00A0)");
    assertThatThrownBy(() -> Concept.builder().name("\u2009Guilt").build())
        .hasMessage(
            "concept \"\u2009Guilt\": concept name \"\u2009Guilt\" must not begin or end with"
                + " whitespace (U+2009)");
  }

  @Test
  void keyConcept_blankName_isRejectedAtTheKeyConcept() {
    InvalidValueException e = rejected(() -> KeyConcept.builder().name("").build());
    assertThat(e).hasMessage("key concept \"\": key concept name must not be blank");
    assertThat(e.problems())
        .extracting(ReviewProblem::place)
        .containsExactly(new Place.OfKeyConcept(""));
  }

  @Test
  void keyConcept_loneCarriageReturn_isRejected() {
    assertThatThrownBy(() -> KeyConcept.builder().name("Res\rpite").build())
        .hasMessage(
            "key concept \"Res<U+000D>pite\": key concept name \"Res<U+000D>pite\" must not contain"
                + " the control character U+000D");
  }

  @Test
  void keyConcept_surroundingUnicodeSpace_isRejected() {
    assertThatThrownBy(() -> KeyConcept.builder().name("\u00A0Respite").build())
        .hasMessage(
            "key concept \"\u00A0Respite\": key concept name \"\u00A0Respite\" must not begin or"
                + " end with whitespace (U+00A0)");
    assertThatThrownBy(() -> KeyConcept.builder().name("Respite\u2028").build())
        .hasMessage(
            "key concept \"Respite\u2028\": key concept name \"Respite\u2028\" must not begin or"
                + " end with whitespace (U+2028)");
  }

  @Test
  void translation_namesFollowTheRules_atTheTranslation() {
    assertThatThrownBy(() -> Translation.of(" ", TranslationKind.RECIPROCAL, "Guilt"))
        .hasMessage("translation into \" \": key concept name must not be blank");
    assertThatThrownBy(() -> Translation.of("Respite", TranslationKind.RECIPROCAL, "Guilt\u00A0"))
        .hasMessage(
            "translation into \"Respite\": concept name \"Guilt\u00A0\" must not begin or end with"
                + " whitespace (U+00A0)");
    assertThatThrownBy(() -> Translation.of("Respite", TranslationKind.RECIPROCAL, "Gu\rilt"))
        .hasMessage(
            "translation into \"Respite\": concept name \"Gu<U+000D>ilt\" must not contain the"
                + " control character U+000D");
  }

  @Test
  void otherNamedParts_followTheRules_atTheirPlaces() {
    assertThatThrownBy(() -> SetAside.of("Guilt\u00A0", "Vague"))
        .hasMessage(
            "setting aside of concept \"Guilt\u00A0\": concept name \"Guilt\u00A0\" must not begin"
                + " or end with whitespace (U+00A0)");
    assertThatThrownBy(() -> Search.of(" ", StageCounts.unreported()))
        .hasMessage("search \" \": search name must not be blank");
    assertThatThrownBy(() -> OtherSource.of("Experts\r", OptionalInt.empty(), OptionalInt.empty()))
        .hasMessage(
            "source \"Experts<U+000D>\": source name \"Experts<U+000D>\" must not contain the"
                + " control character U+000D");
    assertThatThrownBy(() -> Study.of("\u00A0Trial", Citation.of(1)))
        .hasMessage(
            "study \"\u00A0Trial\": study name \"\u00A0Trial\" must not begin or end with"
                + " whitespace (U+00A0)");
  }

  // ---------------------------------------------------------------------------------------------
  // Citation labels
  // ---------------------------------------------------------------------------------------------

  @Test
  void citationLabel_blank_isRejected() {
    assertThatThrownBy(() -> Citation.of(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("citation name must not be blank");
    assertThatThrownBy(() -> Citation.of("\u00A0")).hasMessage("citation name must not be blank");
  }

  @Test
  void citationLabel_loneCarriageReturn_isRejected() {
    assertThatThrownBy(() -> Citation.of("Sav\r2013"))
        .hasMessage(
            "citation name \"Sav<U+000D>2013\" must not contain the control character U+000D");
  }

  @Test
  void citationLabel_surroundingUnicodeSpace_isRejected() {
    assertThatThrownBy(() -> Citation.of("Sav 2013\u00A0"))
        .hasMessage(
            "citation name \"Sav 2013\u00A0\" must not begin or end with whitespace (U+00A0)");
    assertThatThrownBy(() -> Citation.of("\u2002Sav 2013"))
        .hasMessage(
            "citation name \"\u2002Sav 2013\" must not begin or end with whitespace (U+2002)");
  }

  // ---------------------------------------------------------------------------------------------
  // Unicode NFC: two spellings of one character are one name
  // ---------------------------------------------------------------------------------------------

  @Test
  void fixture_spellsOneNameInTwoWays() {
    assertThat(DECOMPOSED).isNotEqualTo(PRECOMPOSED);
    assertThat(DECOMPOSED).hasSize(6);
    assertThat(PRECOMPOSED).hasSize(5);
  }

  @Test
  void stakeholder_isNamedInNfc() {
    assertThat(Stakeholder.of(DECOMPOSED)).isEqualTo(Stakeholder.of(PRECOMPOSED));
    assertThat(Stakeholder.of(DECOMPOSED).name()).isEqualTo(PRECOMPOSED);
  }

  @Test
  void otherVocabularies_areNamedInNfc() {
    assertThat(Phase.of(DECOMPOSED)).isEqualTo(Phase.of(PRECOMPOSED));
    assertThat(Reviewer.of(DECOMPOSED)).isEqualTo(Reviewer.of(PRECOMPOSED));
    assertThat(Condition.of(DECOMPOSED)).isEqualTo(Condition.of(PRECOMPOSED));
    assertThat(InterventionFormat.of(DECOMPOSED)).isEqualTo(InterventionFormat.of(PRECOMPOSED));
    assertThat(ExclusionReason.of(DECOMPOSED)).isEqualTo(ExclusionReason.of(PRECOMPOSED));
  }

  @Test
  void concept_isNamedInNfc() {
    Concept decomposed = Concept.builder().name(DECOMPOSED).order(Order.FIRST).build();
    assertThat(decomposed.name()).isEqualTo(PRECOMPOSED);
    assertThat(decomposed)
        .isEqualTo(Concept.builder().name(PRECOMPOSED).order(Order.FIRST).build());
  }

  @Test
  void keyConcept_isNamedInNfc() {
    KeyConcept decomposed = KeyConcept.builder().name(DECOMPOSED).definition("Time off").build();
    assertThat(decomposed.name()).isEqualTo(PRECOMPOSED);
    assertThat(decomposed)
        .isEqualTo(KeyConcept.builder().name(PRECOMPOSED).definition("Time off").build());
  }

  @Test
  void translation_namesAreInNfc() {
    Translation decomposed =
        Translation.of(DECOMPOSED, TranslationKind.RECIPROCAL, "Te\u0301moin", "Guilt");
    assertThat(decomposed.keyConcept()).isEqualTo(PRECOMPOSED);
    assertThat(decomposed.concepts()).containsExactly("T\u00E9moin", "Guilt");
    assertThat(decomposed)
        .isEqualTo(Translation.of(PRECOMPOSED, TranslationKind.RECIPROCAL, "T\u00E9moin", "Guilt"));
  }

  @Test
  void translation_ofOneConceptInTwoSpellings_namesItTwice() {
    assertThatThrownBy(
            () -> Translation.of("Respite", TranslationKind.RECIPROCAL, DECOMPOSED, PRECOMPOSED))
        .hasMessage(
            "translation into \"Respite\": names concept \"" + PRECOMPOSED + "\" more than once");
  }

  @Test
  void namesInOtherParts_areInNfc() {
    assertThat(Extraction.builder().concept(DECOMPOSED).paper(1).build().concept())
        .isEqualTo(PRECOMPOSED);
    assertThat(Incidence.of(1, DECOMPOSED)).isEqualTo(Incidence.of(1, PRECOMPOSED));
    assertThat(SetAside.of(DECOMPOSED, "Vague")).isEqualTo(SetAside.of(PRECOMPOSED, "Vague"));
    assertThat(Relation.of(DECOMPOSED, "eases", "Guilt"))
        .isEqualTo(Relation.of(PRECOMPOSED, "eases", "Guilt"));
    assertThat(Search.of(DECOMPOSED, StageCounts.unreported()).name()).isEqualTo(PRECOMPOSED);
    assertThat(OtherSource.of(DECOMPOSED, OptionalInt.empty(), OptionalInt.empty()).name())
        .isEqualTo(PRECOMPOSED);
    assertThat(Study.of(DECOMPOSED, Citation.of(1)).name()).isEqualTo(PRECOMPOSED);
    assertThat(Citation.of("Se\u0301guin 2019")).isEqualTo(Citation.of("S\u00E9guin 2019"));
  }

  /** A review whose key concept, concept and stakeholder are declared in decomposed form. */
  private static Review decomposedReview() {
    return Review.builder()
        .title("Respite care")
        .addStakeholders(Stakeholder.of(DECOMPOSED))
        .addPapers(
            Paper.builder()
                .citation(Citation.of("Se\u0301guin 2019"))
                .perspective(Perspective.of(Stakeholder.of(PRECOMPOSED)))
                .build())
        .addConcepts(Concept.builder().name(DECOMPOSED).build())
        .extractions(
            java.util.List.of(
                Extraction.builder()
                    .concept(PRECOMPOSED)
                    .paper(Citation.of("S\u00E9guin 2019"))
                    .build()))
        .addKeyConcepts(
            KeyConcept.builder()
                .name(DECOMPOSED)
                .addStakeholders(Stakeholder.of(PRECOMPOSED))
                .build())
        .addTranslations(Translation.of(PRECOMPOSED, TranslationKind.RECIPROCAL, PRECOMPOSED))
        .addIncidences(Incidence.of(Citation.of("S\u00E9guin 2019"), DECOMPOSED))
        .build();
  }

  @Test
  void review_namesEqualUnderNfc_areOneName() {
    Review review = decomposedReview();
    assertThat(review.stakeholders()).containsExactly(Stakeholder.of(PRECOMPOSED));
    assertThat(review.keyConcepts()).extracting(KeyConcept::name).containsExactly(PRECOMPOSED);
  }

  @Test
  void review_looksUpKeyConceptsAndConcepts_inEitherSpelling() {
    Review review = decomposedReview();
    assertThat(review.keyConcept(DECOMPOSED)).map(KeyConcept::name).contains(PRECOMPOSED);
    assertThat(review.keyConcept(PRECOMPOSED)).map(KeyConcept::name).contains(PRECOMPOSED);
    assertThat(review.concept(DECOMPOSED)).map(Concept::name).contains(PRECOMPOSED);
    assertThat(review.concept(PRECOMPOSED)).map(Concept::name).contains(PRECOMPOSED);
    assertThat(review.paper("Se\u0301guin 2019")).isPresent();
    assertThat(review.paper("S\u00E9guin 2019")).isPresent();
  }

  @Test
  void review_oneNameInTwoSpellings_isGivenTwice() {
    Review.Builder review =
        Fixtures.validReview()
            .addStakeholders(Stakeholder.of(DECOMPOSED), Stakeholder.of(PRECOMPOSED));
    assertThat(catchThrowableOfType(InvalidReviewException.class, review::build).messages())
        .containsExactly(
            "stakeholder \"" + PRECOMPOSED + "\": given 2 times; stakeholder names must be unique");
  }

  // ---------------------------------------------------------------------------------------------
  // Names of one kind that differ only in case
  // ---------------------------------------------------------------------------------------------

  private static List<ReviewProblem> problems(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build).problems();
  }

  @Test
  void stakeholders_differingOnlyInCase_areReportedAtTheLaterOne() {
    List<ReviewProblem> problems =
        problems(Fixtures.validReview().addStakeholders(Stakeholder.of("carers")));
    assertThat(problems)
        .extracting(ReviewProblem::message)
        .containsExactly(
            "stakeholder \"carers\": differs only in case from \"Carers\"; stakeholder names must"
                + " differ by more than case");
    assertThat(problems)
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::reference)
        .containsExactly(
            tuple(
                new Place.Term(Place.Vocabulary.STAKEHOLDER, "carers"),
                ReviewProblem.Rule.CASE_VARIANT,
                Optional.empty()));
  }

  @Test
  void stakeholders_differingOnlyInCase_areReportedInTheOrderGiven() {
    Review.Builder review =
        Review.builder()
            .title("Respite care")
            .addStakeholders(
                Stakeholder.of("carers"), Stakeholder.of("Staff"), Stakeholder.of("Carers"));
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "stakeholder \"Carers\": differs only in case from \"carers\"; stakeholder names must"
                + " differ by more than case");
  }

  @Test
  void aCaseVariantGivenTwice_isOneDuplicateAndOneCaseVariant() {
    Review.Builder review =
        Fixtures.validReview().addStakeholders(Stakeholder.of("CARERS"), Stakeholder.of("CARERS"));
    assertThat(problems(review))
        .extracting(ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                ReviewProblem.Rule.DUPLICATE,
                "stakeholder \"CARERS\": given 2 times; stakeholder names must be unique"),
            tuple(
                ReviewProblem.Rule.CASE_VARIANT,
                "stakeholder \"CARERS\": differs only in case from \"Carers\"; stakeholder names"
                    + " must differ by more than case"));
  }

  @Test
  void threeCaseVariants_areEachComparedWithTheFirst() {
    Review.Builder review =
        Fixtures.validReview().addStakeholders(Stakeholder.of("carers"), Stakeholder.of("CARERS"));
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "stakeholder \"carers\": differs only in case from \"Carers\"; stakeholder names must"
                + " differ by more than case",
            "stakeholder \"CARERS\": differs only in case from \"Carers\"; stakeholder names must"
                + " differ by more than case");
  }

  @Test
  void keyConcepts_differingOnlyInCase_areReported() {
    List<ReviewProblem> problems =
        problems(
            Fixtures.gridOnlyReview()
                .addKeyConcepts(Fixtures.keyConcept("respite", "during", "Carers")));
    assertThat(problems)
        .extracting(ReviewProblem::message)
        .containsExactly(
            "key concept \"respite\": differs only in case from \"Respite\"; key concept names"
                + " must differ by more than case");
    assertThat(problems)
        .extracting(ReviewProblem::place, ReviewProblem::rule)
        .containsExactly(tuple(new Place.OfKeyConcept("respite"), ReviewProblem.Rule.CASE_VARIANT));
  }

  @Test
  void concepts_differingOnlyInCase_areReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addConcepts(Fixtures.concept("time for oneself", "during", "Carers"))
            .addSetAside(SetAside.of("time for oneself", "Same as another"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfConcept("time for oneself"),
                ReviewProblem.Rule.CASE_VARIANT,
                "concept \"time for oneself\": differs only in case from \"Time for oneself\";"
                    + " concept names must differ by more than case"));
  }

  @Test
  void phasesAndReviewers_differingOnlyInCase_areReported() {
    Review.Builder review =
        Fixtures.validReview().addPhases(Phase.of("During")).addReviewers(Reviewer.of("ao"));
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "phase \"During\": differs only in case from \"during\"; phase names must differ by"
                + " more than case",
            "reviewer \"ao\": differs only in case from \"AO\"; reviewer names must differ by more"
                + " than case");
  }

  @Test
  void citationLabels_differingOnlyInCase_areReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addPapers(
                Paper.builder().citation(Citation.of("Sav 2013")).build(),
                Paper.builder().citation(Citation.of("SAV 2013")).build());
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfPaper(Citation.of("SAV 2013")),
                ReviewProblem.Rule.CASE_VARIANT,
                "paper \"SAV 2013\": differs only in case from \"Sav 2013\"; citations must differ"
                    + " by more than case"));
  }

  @Test
  void searchesSourcesStudiesAndExclusionReasons_differingOnlyInCase_areReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addSearches(Search.of("stroke", StageCounts.of(0, 0, 0, 0)))
            .addOtherSources(
                OtherSource.of("Experts", OptionalInt.empty(), OptionalInt.empty()),
                OtherSource.of("experts", OptionalInt.empty(), OptionalInt.empty()))
            .addExclusions(ExclusionTally.of(ExclusionReason.of("thin data"), 0))
            .addStudies(Study.of("Trial", Citation.of(1)), Study.of("TRIAL", Citation.of(2)));
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "search \"stroke\": differs only in case from \"Stroke\"; search names must differ by"
                + " more than case",
            "source \"experts\": differs only in case from \"Experts\"; source names must differ"
                + " by more than case",
            "exclusion reason \"thin data\": differs only in case from \"Thin data\"; exclusion"
                + " reasons must differ by more than case",
            "study \"TRIAL\": differs only in case from \"Trial\"; study names must differ by more"
                + " than case");
  }

  @Test
  void namesOfDifferentKinds_mayDifferOnlyInCase() {
    Review review =
        Fixtures.gridOnlyReview()
            .addPhases(Phase.of("carers"))
            .addReviewers(Reviewer.of("respite"))
            .build();
    assertThat(review.phases()).contains(Phase.of("carers"));
  }

  // ---------------------------------------------------------------------------------------------
  // Invisible format characters at the ends count as whitespace
  // ---------------------------------------------------------------------------------------------

  @Test
  void stakeholder_zeroWidthSpaceAtTheEnd_isRejected() {
    InvalidValueException e = rejected(() -> Stakeholder.of("Carers\u200B"));
    assertThat(e)
        .hasMessage(
            "stakeholder name \"Carers\u200B\" must not begin or end with whitespace (U+200B)");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(
                new Place.Detached(""),
                ReviewProblem.Rule.INVALID_VALUE,
                Optional.of("Carers\u200B")));
  }

  @Test
  void names_invisibleFormatCharacterAtTheStart_isRejected() {
    assertThatThrownBy(() -> Stakeholder.of("\uFEFFCarers"))
        .hasMessage(
            "stakeholder name \"\uFEFFCarers\" must not begin or end with whitespace (U+FEFF)");
    assertThatThrownBy(() -> Concept.builder().name("\u200BGuilt").build())
        .hasMessage(
            "concept \"\u200BGuilt\": concept name \"\u200BGuilt\" must not begin or end with"
                + " whitespace (U+200B)");
    assertThatThrownBy(() -> Citation.of("Sav 2013\u2060"))
        .hasMessage(
            "citation name \"Sav 2013\u2060\" must not begin or end with whitespace (U+2060)");
  }

  @Test
  void name_ofZeroWidthSpacesOnly_isBlank() {
    assertThatThrownBy(() -> Stakeholder.of("\u200B"))
        .hasMessage("stakeholder name must not be blank");
    assertThatThrownBy(() -> KeyConcept.builder().name("\u200B\u00A0").build())
        .hasMessage("key concept \"\u200B\u00A0\": key concept name must not be blank");
  }

  @Test
  void name_withZeroWidthSpaceInside_isAllowed_likeAnySpaceInside() {
    assertThat(Stakeholder.of("Family\u200Bcarers").name()).isEqualTo("Family\u200Bcarers");
  }

  // ---------------------------------------------------------------------------------------------
  // Authors' surnames and paper attributes follow the rules of names
  // ---------------------------------------------------------------------------------------------

  @Test
  void author_surnameWithCarriageReturn_isRejected() {
    InvalidValueException e = rejected(() -> Author.of("Oka\rfor", "N"));
    assertThat(e.problems())
        .extracting(ReviewProblem::rule, ReviewProblem::value, ReviewProblem::detail)
        .containsExactly(
            tuple(
                ReviewProblem.Rule.INVALID_VALUE,
                Optional.of("Oka\rfor"),
                "author name \"Oka<U+000D>for\" must not contain the control character U+000D"));
    // Every message reads on one line: the control character in the author is shown as its code
    // point where the message names the author, as in the detail.
    assertThat(e)
        .hasMessage(
            "author Oka<U+000D>for N: author name \"Oka<U+000D>for\" must not contain the control"
                + " character U+000D");
  }

  @Test
  void author_surnameWithSpaceAtAnEnd_isRejected() {
    assertThatThrownBy(() -> Author.of("Okafor\u00A0", "N"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "author Okafor\u00A0 N: author name \"Okafor\u00A0\" must not begin or end with"
                + " whitespace (U+00A0)");
    assertThatThrownBy(() -> Author.of("Okafor\u200B", ""))
        .hasMessage(
            "author Okafor\u200B: author name \"Okafor\u200B\" must not begin or end with"
                + " whitespace (U+200B)");
  }

  @Test
  void paper_attributeNameWithNoBreakSpace_isRejectedAtThePaper() {
    InvalidValueException e =
        rejected(
            () -> Paper.builder().reference(5).putAttributes("\u00A0country", "Norway").build());
    assertThat(e)
        .hasMessage(
            "paper [5]: attribute name \"\u00A0country\" must not begin or end with whitespace"
                + " (U+00A0)");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::value)
        .containsExactly(tuple(new Place.OfPaper(Citation.of(5)), Optional.of("\u00A0country")));
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions and formats that papers name: case variants at the later paper
  // ---------------------------------------------------------------------------------------------

  @Test
  void conditions_differingOnlyInCase_areReportedAtTheLaterPaper() {
    Review.Builder review =
        Fixtures.validReview()
            .addPapers(
                Fixtures.paperBuilder(3, "Carers").condition(Condition.of("Dementia")).build());
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfPaper(Citation.of(3)),
                ReviewProblem.Rule.CASE_VARIANT,
                Optional.of("Dementia"),
                "paper [3]: condition \"Dementia\" differs only in case from \"dementia\";"
                    + " condition names must differ by more than case"));
  }

  @Test
  void formats_differingOnlyInCase_areReportedAtTheLaterPaper() {
    Review.Builder review =
        Fixtures.validReview()
            .addPapers(
                Fixtures.paperBuilder(3, "Carers").format(InterventionFormat.of("GROUP")).build());
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfPaper(Citation.of(3)),
                ReviewProblem.Rule.CASE_VARIANT,
                Optional.of("GROUP"),
                "paper [3]: format \"GROUP\" differs only in case from \"group\"; format names must"
                    + " differ by more than case"));
  }

  @Test
  void conditionCaseVariant_isReportedAtThePaperLaterInTheReviewsOrder() {
    Review.Builder review =
        Fixtures.validReview()
            .papers(
                List.of(
                    Fixtures.paperBuilder(2, "Carers", "Staff")
                        .condition(Condition.of("Dementia"))
                        .build(),
                    Fixtures.paper(1, "Carers")));
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "paper [1]: condition \"dementia\" differs only in case from \"Dementia\"; condition"
                + " names must differ by more than case");
  }

  @Test
  void conditionAndFormatCaseVariants_ofOnePaper_areBothReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addPapers(
                Fixtures.paperBuilder(3, "Carers")
                    .condition(Condition.of("DEMENTIA"))
                    .format(InterventionFormat.of("Group"))
                    .build());
    assertThat(problems(review))
        .extracting(ReviewProblem::message)
        .containsExactly(
            "paper [3]: condition \"DEMENTIA\" differs only in case from \"dementia\"; condition"
                + " names must differ by more than case",
            "paper [3]: format \"Group\" differs only in case from \"group\"; format names must"
                + " differ by more than case");
  }

  @Test
  void conditionCaseVariant_namedByTwoLaterPapers_isReportedAtEach() {
    Review.Builder review =
        Fixtures.validReview()
            .addPapers(
                Fixtures.paperBuilder(3, "Carers").condition(Condition.of("Dementia")).build(),
                Fixtures.paperBuilder(4, "Carers").condition(Condition.of("Dementia")).build());
    assertThat(problems(review))
        .extracting(ReviewProblem::place)
        .containsExactly(new Place.OfPaper(Citation.of(3)), new Place.OfPaper(Citation.of(4)));
  }

  @Test
  void conditionAndFormat_ofOneName_mayDifferOnlyInCase() {
    // Conditions and formats are vocabularies of their own.
    Review review =
        Fixtures.validReview()
            .addPapers(
                Fixtures.paperBuilder(3, "Carers")
                    .condition(Condition.of("dementia"))
                    .format(InterventionFormat.of("Dementia"))
                    .build())
            .build();
    assertThat(review.formats())
        .containsExactly(InterventionFormat.of("group"), InterventionFormat.of("Dementia"));
  }

  @Test
  void papersWithoutConditionOrFormat_areNotCompared() {
    Review review = Fixtures.validReview().addPapers(Paper.builder().reference(3).build()).build();
    assertThat(review.conditions()).containsExactly(Condition.of("dementia"));
  }

  // ---------------------------------------------------------------------------------------------
  // Places name things in NFC
  // ---------------------------------------------------------------------------------------------

  @Test
  void places_normaliseTheirNames_soThatEitherSpellingIsOnePlace() {
    Citation one = Citation.of(1);
    assertThat(new Place.OfConcept(DECOMPOSED)).isEqualTo(new Place.OfConcept(PRECOMPOSED));
    assertThat(new Place.OfConcept(DECOMPOSED).name()).isEqualTo(PRECOMPOSED);
    assertThat(new Place.Term(Place.Vocabulary.STAKEHOLDER, DECOMPOSED))
        .isEqualTo(new Place.Term(Place.Vocabulary.STAKEHOLDER, PRECOMPOSED));
    assertThat(new Place.OfStudy(DECOMPOSED)).isEqualTo(new Place.OfStudy(PRECOMPOSED));
    assertThat(new Place.OfKeyConcept(DECOMPOSED)).isEqualTo(new Place.OfKeyConcept(PRECOMPOSED));
    assertThat(new Place.OfTheme(DECOMPOSED)).isEqualTo(new Place.OfTheme(PRECOMPOSED));
    assertThat(new Place.OfInterpretation(DECOMPOSED))
        .isEqualTo(new Place.OfInterpretation(PRECOMPOSED));
    assertThat(new Place.OfNode(DECOMPOSED)).isEqualTo(new Place.OfNode(PRECOMPOSED));
    assertThat(new Place.OfExtraction(DECOMPOSED, one))
        .isEqualTo(new Place.OfExtraction(PRECOMPOSED, one));
    assertThat(new Place.OfTranslation(DECOMPOSED)).isEqualTo(new Place.OfTranslation(PRECOMPOSED));
    assertThat(new Place.OfSetAside(DECOMPOSED)).isEqualTo(new Place.OfSetAside(PRECOMPOSED));
    assertThat(new Place.TranslationOf(DECOMPOSED)).isEqualTo(new Place.TranslationOf(PRECOMPOSED));
    assertThat(new Place.Cell(one, DECOMPOSED)).isEqualTo(new Place.Cell(one, PRECOMPOSED));
    assertThat(new Place.OfRelation(DECOMPOSED, DECOMPOSED, DECOMPOSED))
        .isEqualTo(new Place.OfRelation(PRECOMPOSED, PRECOMPOSED, PRECOMPOSED));
    assertThat(new Place.OfSearch(DECOMPOSED)).isEqualTo(new Place.OfSearch(PRECOMPOSED));
    assertThat(new Place.OfSource(DECOMPOSED)).isEqualTo(new Place.OfSource(PRECOMPOSED));
    assertThat(new Place.OfExclusion(DECOMPOSED)).isEqualTo(new Place.OfExclusion(PRECOMPOSED));
  }

  @Test
  void places_describeTheirNamesInNfc() {
    assertThat(new Place.OfConcept(DECOMPOSED).describe())
        .isEqualTo("concept \"" + PRECOMPOSED + "\"");
    assertThat(new Place.OfNode(DECOMPOSED).describe()).isEqualTo("\"" + PRECOMPOSED + "\"");
  }

  @Test
  void problemAtADecomposedPlace_isTheProblemAtThePrecomposedOne() {
    Review.Builder review = Fixtures.validReview().addIncidences(Incidence.of(1, PRECOMPOSED));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::reference)
        .containsExactly(
            tuple(
                new Place.Cell(Citation.of(1), DECOMPOSED),
                Optional.of(new Place.OfKeyConcept(DECOMPOSED))));
  }
}

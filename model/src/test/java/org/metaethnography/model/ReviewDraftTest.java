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
        .extractions(review.extractions())
        .addAllKeyConcepts(review.keyConcepts())
        .addAllThemes(review.themes())
        .addAllInterpretations(review.interpretations())
        .addAllRelationKinds(review.relationKinds())
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
        draft.attempt(
            PAPER_3, () -> Fixtures.paperBuilder(3, "Carers").year(19).title(" ").build());
    assertThat(paper).isEmpty();
    assertThat(draft.isRejected(PAPER_3)).isTrue();
    assertThat(draft.isRejected(new Place.OfPaper(Citation.of(1)))).isFalse();
    assertThat(draft.problems())
        .extracting(
            ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value, ReviewProblem::message)
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
        .containsExactly(
            "search \"Stroke\": articles included (4) must not exceed articles appraised (3)");
  }

  @Test
  void reject_recordsTheProblem_andRejectsItsPlace() {
    ReviewDraft draft = validDraft();
    ReviewProblem twice =
        ReviewProblem.of(
            PAPER_3,
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            "2020",
            "year is set twice, first to \"2019\" and then to \"2020\"");
    assertThat(draft.reject(twice)).isSameAs(draft);
    assertThat(draft.isRejected(PAPER_3)).isTrue();
    assertThat(draft.problems()).containsExactly(twice);
    assertThat(draft.problems().get(0).value()).contains("2020");
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
    draft
        .facts()
        .extractions(Fixtures.validExtractionsAnd(Fixtures.extraction("Feeling new", 3, "SL")));
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
    draft.facts().extractions(Fixtures.validExtractionsAnd(Fixtures.extraction("Guilt", 1, "AO")));
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
  void rejectedTranslation_hidesTheIncompleteTranslationOfItsKeyConcept_andOfTheConceptsItNames() {
    Review valid = Fixtures.validReview().build();
    ReviewDraft draft = draftOf(valid);
    draft.facts().translations(List.of(valid.translations().get(1)));
    // The translation into Respite names "Time for oneself" twice, so it is rejected; the front end
    // rejects the translation of each concept it names with it.
    draft
        .attempt(
            new Place.OfTranslation("Respite"),
            List.of(new Place.TranslationOf("Time for oneself")),
            () ->
                Translation.of(
                    "Respite", TranslationKind.RECIPROCAL, "Time for oneself", "Time for oneself"))
        .ifPresent(draft.facts()::addTranslations);
    assertThat(draft.isRejected(new Place.TranslationOf("Time for oneself"))).isTrue();
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTranslation("Respite"),
                ReviewProblem.Rule.DUPLICATE,
                "translation into \"Respite\": names concept \"Time for oneself\" more than once"));
  }

  @Test
  void rejectedTranslation_namingNoConcept_hidesOnlyItsKeyConceptsIncompleteTranslation() {
    Review valid = Fixtures.validReview().build();
    ReviewDraft draft = draftOf(valid);
    draft.facts().translations(List.of(valid.translations().get(1)));
    draft
        .attempt(
            new Place.OfTranslation("Respite"),
            () -> Translation.of("Respite", TranslationKind.RECIPROCAL))
        .ifPresent(draft.facts()::addTranslations);
    // Nothing the rejected translation named is "Time for oneself", which is left untranslated.
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTranslation("Respite"),
                ReviewProblem.Rule.INVALID_VALUE,
                "translation into \"Respite\": must name at least one concept"),
            tuple(
                new Place.OfConcept("Time for oneself"),
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                "concept \"Time for oneself\": is neither translated into a key concept nor set"
                    + " aside; every raw concept is one or the other"));
  }

  @Test
  void rejectedTranslation_namingOneConcept_doesNotHideAnotherConceptLeftUntranslated() {
    ReviewDraft draft = validDraft();
    draft
        .facts()
        .addConcepts(
            Fixtures.concept("Guilt", "during", "Carers"),
            Fixtures.concept("Dread", "during", "Carers"));
    draft
        .attempt(
            new Place.OfTranslation("Respite"),
            List.of(new Place.TranslationOf("Guilt")),
            () -> Translation.of("Respite", TranslationKind.REFUTATIONAL, "Guilt", "Guilt\u00A0"))
        .ifPresent(draft.facts()::addTranslations);
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTranslation("Respite"),
                ReviewProblem.Rule.INVALID_VALUE,
                "translation into \"Respite\": concept name \"Guilt\u00A0\" must not begin or end"
                    + " with whitespace (U+00A0)"),
            tuple(
                new Place.OfConcept("Dread"),
                ReviewProblem.Rule.INCOMPLETE_TRANSLATION,
                "concept \"Dread\": is neither translated into a key concept nor set aside; every"
                    + " raw concept is one or the other"));
  }

  @Test
  void rejectedTranslation_doesNotHideAnotherKeyConceptLeftWithoutConcepts() {
    ReviewDraft draft = validDraft();
    draft.facts().addKeyConcepts(Fixtures.keyConcept("Dread", "during", "Carers"));
    draft
        .attempt(
            new Place.OfTranslation("Respite"),
            () -> Translation.of("Respite", TranslationKind.RECIPROCAL))
        .ifPresent(draft.facts()::addTranslations);
    assertThat(messages(draft))
        .containsExactly(
            "translation into \"Respite\": must name at least one concept",
            "key concept \"Dread\": has no concept translated into it; every key concept brings"
                + " together at least one raw concept");
  }

  @Test
  void rejectedSettingAside_hidesIncompleteTranslation() {
    ReviewDraft draft = validDraft();
    draft.facts().addConcepts(Fixtures.concept("Guilt", "during", "Carers"));
    draft
        .attempt(
            new Place.OfSetAside("Guilt"),
            List.of(new Place.TranslationOf("Guilt")),
            () -> SetAside.of("Guilt", " "))
        .ifPresent(draft.facts()::addSetAside);
    assertThat(messages(draft))
        .containsExactly("setting aside of concept \"Guilt\": reason must not be blank");
  }

  @Test
  void rejectedSettingAside_withoutRejectingTheConceptsTranslation_leavesItUntranslated() {
    ReviewDraft draft = validDraft();
    draft.facts().addConcepts(Fixtures.concept("Guilt", "during", "Carers"));
    draft
        .attempt(new Place.OfSetAside("Guilt"), () -> SetAside.of("Guilt", " "))
        .ifPresent(draft.facts()::addSetAside);
    assertThat(messages(draft))
        .containsExactly(
            "setting aside of concept \"Guilt\": reason must not be blank",
            "concept \"Guilt\": is neither translated into a key concept nor set aside; every raw"
                + " concept is one or the other");
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

  // ---------------------------------------------------------------------------------------------
  // Parts rejected with a part; problems reported once
  // ---------------------------------------------------------------------------------------------

  @Test
  void attempt_withParts_rejectsThePartsOnlyWhenThePartIsRejected() {
    ReviewDraft draft = validDraft();
    Place guilt = new Place.TranslationOf("Guilt");
    Place dread = new Place.TranslationOf("Dread");
    Optional<Translation> kept =
        draft.attempt(
            new Place.OfTranslation("Respite"),
            List.of(guilt),
            () -> Translation.of("Respite", TranslationKind.RECIPROCAL, "Guilt"));
    assertThat(kept).contains(Translation.of("Respite", TranslationKind.RECIPROCAL, "Guilt"));
    assertThat(draft.isRejected(guilt)).isFalse();
    assertThat(draft.isRejected(new Place.OfTranslation("Respite"))).isFalse();
    Optional<Translation> rejected =
        draft.attempt(
            new Place.OfTranslation("Renewal"),
            List.of(dread),
            () -> Translation.of("Renewal", TranslationKind.RECIPROCAL));
    assertThat(rejected).isEmpty();
    assertThat(draft.isRejected(new Place.OfTranslation("Renewal"))).isTrue();
    assertThat(draft.isRejected(dread)).isTrue();
    assertThat(draft.isRejected(guilt)).isFalse();
  }

  @Test
  void reject_withParts_rejectsThePartsButNotTheProblemsPlace() {
    ReviewDraft draft = validDraft();
    Place relationKinds = new Place.Declaration(Place.Vocabulary.RELATION_KIND);
    Place eases = new Place.Term(Place.Vocabulary.RELATION_KIND, "eases");
    draft.reject(
        ReviewProblem.of(
            relationKinds,
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            "[eases]",
            "relation kinds are declared twice; the second time as [eases]"),
        List.of(eases));
    assertThat(draft.isRejected(eases)).isTrue();
    assertThat(draft.isRejected(relationKinds)).isFalse();
  }

  @Test
  void sameProblemRecordedTwice_isReportedOnce() {
    ReviewDraft draft = validDraft();
    ReviewProblem twice =
        ReviewProblem.of(
            PAPER_3,
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            "2020",
            "year is set twice, first to \"2019\" and then to \"2020\"");
    draft.reject(twice).reject(twice);
    assertThat(invalid(draft).problems()).containsExactly(twice);
    assertThat(invalid(draft))
        .hasMessage(
            "review \"Respite care\" has 1 problem:\n"
                + "  - paper [3]: year is set twice, first to \"2019\" and then to \"2020\"");
  }

  @Test
  void problemFoundByTheFrontEndAndByTheReview_isReportedOnce() {
    ReviewDraft draft = validDraft();
    Place cell = new Place.Cell(Citation.of(9), "Respite");
    ReviewProblem unresolved =
        ReviewProblem.unresolved(
            cell,
            new Place.OfPaper(Citation.of(9)),
            "names paper [9], which is not among the included papers");
    draft.reject(unresolved);
    draft.facts().addIncidences(Incidence.of(9, "Respite"));
    assertThat(invalid(draft).problems()).containsExactly(unresolved);
  }

  @Test
  void sameProblemFoundTwiceInTheReview_isReportedOnce() {
    // Two translations into Renewal name the undefined concept "Sleep": one problem, one place.
    ReviewDraft draft = validDraft();
    draft
        .facts()
        .addTranslations(
            Translation.of("Renewal", TranslationKind.REFUTATIONAL, "Sleep"),
            Translation.of("Renewal", TranslationKind.RECIPROCAL, "Sleep"));
    assertThat(messages(draft))
        .containsExactly(
            "translation into \"Renewal\": names concept \"Sleep\", which the review does not"
                + " define");
  }

  // ---------------------------------------------------------------------------------------------
  // Follow-on problems of themes, interpretations, key concepts and relation kinds
  // ---------------------------------------------------------------------------------------------

  /** The valid draft with a relation from Respite to {@code target} of the declared kind. */
  private static ReviewDraft draftRelatingRespiteTo(String target) {
    ReviewDraft draft = validDraft();
    draft
        .facts()
        .lineOfArgument(
            LineOfArgument.builder()
                .addRelations(
                    Relation.of("Respite", "restores", "Renewal"),
                    Relation.of("Respite", "restores", target))
                .build());
    return draft;
  }

  @Test
  void relationToAMissingTheme_isReported() {
    ReviewDraft draft = draftRelatingRespiteTo("Carers' rest");
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::reference, ReviewProblem::message)
        .containsExactly(
            tuple(
                Optional.of(new Place.OfNode("Carers' rest")),
                "relation Respite --restores--> Carers' rest: names \"Carers' rest\", which is no"
                    + " key concept, theme or interpretation of the review"));
  }

  @Test
  void rejectedTheme_hidesARelationsReferenceToItsName() {
    ReviewDraft draft = draftRelatingRespiteTo("Carers' rest");
    draft
        .attempt(new Place.OfTheme("Carers' rest"), () -> Theme.of("Carers' rest"))
        .ifPresent(draft.facts()::addThemes);
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTheme("Carers' rest"),
                "theme \"Carers' rest\": must group at least one key concept"));
  }

  @Test
  void rejectedInterpretation_hidesARelationsReferenceToItsName() {
    ReviewDraft draft = draftRelatingRespiteTo("Rest renews");
    draft
        .attempt(
            new Place.OfInterpretation("Rest renews"), () -> Interpretation.of("Rest renews", " "))
        .ifPresent(draft.facts()::addInterpretations);
    assertThat(messages(draft))
        .containsExactly("interpretation \"Rest renews\": statement must not be blank");
  }

  @Test
  void rejectedKeyConcept_hidesARelationsReferenceToItsName() {
    ReviewDraft draft = draftRelatingRespiteTo("Dread");
    draft
        .attempt(
            new Place.OfKeyConcept("Dread"),
            () -> KeyConcept.builder().name("Dread").definition(" ").build())
        .ifPresent(draft.facts()::addKeyConcepts);
    assertThat(messages(draft))
        .containsExactly("key concept \"Dread\": definition must not be blank");
  }

  @Test
  void rejectedTheme_doesNotHideARelationsReferenceToAnotherName() {
    ReviewDraft draft = draftRelatingRespiteTo("Carers' rest");
    draft
        .attempt(new Place.OfTheme("Rest"), () -> Theme.of("Rest"))
        .ifPresent(draft.facts()::addThemes);
    assertThat(messages(draft))
        .containsExactly(
            "theme \"Rest\": must group at least one key concept",
            "relation Respite --restores--> Carers' rest: names \"Carers' rest\", which is no key"
                + " concept, theme or interpretation of the review");
  }

  @Test
  void rejectedRelationKindDeclaration_hidesUndeclaredRelationKinds() {
    ReviewDraft draft = validDraft();
    draft.facts().relationKinds(List.of());
    draft.reject(
        ReviewProblem.of(
            new Place.Declaration(Place.Vocabulary.RELATION_KIND),
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            "relation kinds are declared twice; the second time as [restores]"));
    assertThat(messages(draft))
        .containsExactly(
            "declaration of relation kinds: relation kinds are declared twice; the second time as"
                + " [restores]");
  }

  @Test
  void undeclaredRelationKind_withoutARejectedDeclaration_isReported() {
    ReviewDraft draft = validDraft();
    draft.facts().relationKinds(List.of());
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::place, ReviewProblem::reference, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfRelation("Respite", "restores", "Renewal"),
                Optional.of(new Place.Term(Place.Vocabulary.RELATION_KIND, "restores")),
                "relation Respite --restores--> Renewal: is of relation kind \"restores\", which"
                    + " the review does not declare; declared relation kinds are []"));
  }

  // ---------------------------------------------------------------------------------------------
  // Counts: follow-on problems and comparisons that are not made
  // ---------------------------------------------------------------------------------------------

  @Test
  void rejectedOtherSource_hidesUnaccountedExclusions() {
    ReviewDraft draft = validDraft();
    draft.facts().searches(List.of(Search.of("Dementia", StageCounts.of(800, 60, 9, 2))));
    draft
        .attempt(
            new Place.OfSource("Experts"),
            () ->
                OtherSource.of("Experts", java.util.OptionalInt.of(1), java.util.OptionalInt.of(2)))
        .ifPresent(draft.facts()::addOtherSources);
    assertThat(messages(draft))
        .containsExactly(
            "source \"Experts\": papers included (2) must not exceed records found (1)");
  }

  @Test
  void repeatedSearchName_isReported_andTheExclusionsAreNotCompared() {
    // Counting Stroke twice would make 15 appraised and 4 included, so 11 excluded against 9
    // tallied; the comparison is not made, since the repeated search is the problem.
    ReviewDraft draft = validDraft();
    draft.facts().addSearches(Search.of("Stroke", StageCounts.of(300, 20, 3, 1)));
    assertThat(invalid(draft).problems())
        .extracting(ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                ReviewProblem.Rule.DUPLICATE,
                "search \"Stroke\": given 2 times; search names must be unique"));
  }

  @Test
  void repeatedExclusionReason_isReported_andTheExclusionsAreNotCompared() {
    // Counting Duplicate twice would tally 12 against 9 excluded.
    ReviewDraft draft = validDraft();
    draft.facts().addExclusions(ExclusionTally.of(ExclusionReason.of("Duplicate"), 3));
    assertThat(messages(draft))
        .containsExactly(
            "exclusion reason \"Duplicate\": given 2 times; exclusion reasons must be unique");
  }
}

package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The invariants a review checks across its values, one test each, with the exact message. */
final class ReviewTest {

  private static InvalidReviewException invalid(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build);
  }

  /** The only problem of an invalid review. */
  private static ReviewProblem onlyProblem(Review.Builder review) {
    List<ReviewProblem> problems = invalid(review).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void validReview_builds_andLooksUpItsParts() {
    Review review = Fixtures.validReview().build();
    assertThat(review.paper(2)).flatMap(Paper::firstAuthor).contains("Okafor");
    assertThat(review.paper(3)).isEmpty();
    assertThat(review.keyConcept("Renewal")).isPresent();
    assertThat(review.concept("Time for oneself")).isPresent();
    assertThat(review.conditions()).containsExactly(Condition.of("dementia"));
    assertThat(review.formats()).containsExactly(InterventionFormat.of("group"));
    assertThat(review.paper(Citation.of(1))).contains(Fixtures.paper(1, "Carers"));
    assertThat(review.paper(0)).isEmpty();
    assertThat(review.paper(-1)).isEmpty();
    assertThat(review.paper("[1]")).isEmpty();
    assertThat(review.keyConcept("renewal")).isEmpty();
    assertThat(review.concept("Respite")).isEmpty();
    assertThat(review.studies()).isEmpty();
    assertThat(review.studyOf(Citation.of(1))).isEmpty();
    assertThat(review.otherSources()).isEmpty();
  }

  @Test
  void translations_areLookedUpByKeyConceptAndByRawConcept() {
    Translation second = Translation.of("Respite", TranslationKind.RECIPROCAL, "Café talk");
    Review review =
        Fixtures.validReview()
            .addConcepts(Fixtures.concept("Café talk", "during", "Carers"))
            .addTranslations(second)
            .build();
    KeyConcept respite = review.keyConcept("Respite").orElseThrow();
    // In the order of the translations: the fixture's own first, then the one added.
    assertThat(review.rawConceptsOf(respite))
        .extracting(Concept::name)
        .containsExactly("Time for oneself", "Café talk");
    assertThat(review.rawConceptsOf(review.keyConcept("Renewal").orElseThrow()))
        .extracting(Concept::name)
        .containsExactly("Feeling new");
    assertThat(review.translationOf("Café talk")).contains(second);
    // The same name with its accent as a combining character (not NFC) finds it too.
    assertThat(review.translationOf("Cafe\u0301 talk")).contains(second);
    assertThat(review.translationOf("Feeling new"))
        .map(Translation::keyConcept)
        .contains("Renewal");
    assertThat(review.translationOf("Respite")).isEmpty();
  }

  @Test
  void validReview_keepsItsPartsInTheOrderGiven() {
    Review review =
        Fixtures.validReview()
            .papers(List.of(Fixtures.paper(2, "Carers", "Staff"), Fixtures.paper(1, "Carers")))
            .build();
    assertThat(review.papers())
        .extracting(Paper::citation)
        .containsExactly(Citation.of(2), Citation.of(1));
  }

  @Test
  void reviewByLabel_looksUpPapersByTheirLabel() {
    Paper sav = Paper.builder().citation(Citation.of("Sav et al (2013)")).build();
    Review review = Fixtures.validReview().addPapers(sav).build();
    assertThat(review.paper("Sav et al (2013)")).contains(sav);
    assertThat(review.paper(Citation.of("Sav et al (2013)"))).contains(sav);
    assertThat(review.paper("Sav et al. (2013)")).isEmpty();
  }

  /**
   * A review that reports no interventions, phases, valence, reviewers, years or stage counts:
   * papers cited by label with nothing else known, bare concepts and key concepts, extractions
   * without reviewers and a search without counts.
   */
  private static Review.Builder bareReview() {
    Citation sav = Citation.of("Sav et al 2013");
    Citation chalmers = Citation.of("Chalmers and Thompson 1998");
    return Review.builder()
        .title("Peer support")
        .addSearches(Search.of("Databases", StageCounts.unreported()))
        .addOtherSources(OtherSource.of("Reference lists", OptionalInt.empty(), OptionalInt.of(1)))
        .addExclusions(ExclusionTally.of(ExclusionReason.of("Thin data"), 4))
        .addPapers(
            Paper.builder().citation(sav).build(), Paper.builder().citation(chalmers).build())
        .addConcepts(
            Concept.builder().name("Being understood").build(),
            Concept.builder().name("Physical changes").build())
        .extractions(
            java.util.List.of(
                Extraction.builder().concept("Being understood").paper(sav).build(),
                Extraction.builder().concept("Being understood").paper(chalmers).build(),
                Extraction.builder().concept("Physical changes").paper(chalmers).build()))
        .addKeyConcepts(KeyConcept.builder().name("Shared experience").build())
        .addTranslations(
            Translation.of("Shared experience", TranslationKind.RECIPROCAL, "Being understood"))
        .addSetAside(SetAside.of("Physical changes", "Descriptive only"))
        .addIncidences(
            Incidence.of(sav, "Shared experience"), Incidence.of(chalmers, "Shared experience"));
  }

  @Test
  void reviewWithoutInterventionsPhasesValenceReviewersYearsOrCounts_builds_withAllAbsent() {
    Review review = bareReview().build();
    assertThat(review.stakeholders()).isEmpty();
    assertThat(review.phases()).isEmpty();
    assertThat(review.reviewers()).isEmpty();
    assertThat(review.studies()).isEmpty();
    assertThat(review.conditions()).isEmpty();
    assertThat(review.formats()).isEmpty();
    assertThat(review.lineOfArgument()).isEqualTo(LineOfArgument.none());
    assertThat(review.lineOfArgument().relations()).isEmpty();
    assertThat(review.lineOfArgument().statement()).isEmpty();
    for (Paper paper : review.papers()) {
      assertThat(paper.authors()).isEmpty();
      assertThat(paper.firstAuthor()).isEmpty();
      assertThat(paper.year()).isEmpty();
      assertThat(paper.title()).isEmpty();
      assertThat(paper.journal()).isEmpty();
      assertThat(paper.intervention()).isEmpty();
      assertThat(paper.format()).isEmpty();
      assertThat(paper.condition()).isEmpty();
      assertThat(paper.duration()).isEmpty();
      assertThat(paper.perspective()).isEmpty();
    }
    for (Concept concept : review.concepts()) {
      assertThat(concept.order()).isEmpty();
      assertThat(concept.perspective()).isEmpty();
      assertThat(concept.valence()).isEmpty();
      assertThat(concept.phase()).isEmpty();
      assertThat(concept.definition()).isEmpty();
    }
    for (Extraction extraction : review.extractions()) {
      assertThat(extraction.reviewers()).isEmpty();
    }
    KeyConcept shared = review.keyConcept("Shared experience").orElseThrow();
    assertThat(shared.phases()).isEmpty();
    assertThat(shared.stakeholders()).isEmpty();
    assertThat(shared.definition()).isEmpty();
    StageCounts counts = review.searches().get(0).counts();
    for (Stage stage : Stage.values()) {
      assertThat(counts.count(stage)).isEmpty();
    }
    assertThat(review.otherSources().get(0).found()).isEmpty();
    assertThat(review.otherSources().get(0).included()).hasValue(1);
    assertThat(review.paper("Sav et al 2013")).isPresent();
    assertThat(review.paper(1)).isEmpty();
    assertThat(review)
        .hasToString("Review \"Peer support\" (2 papers, 2 concepts, 1 key concepts)");
  }

  @Test
  void reviewWithNoPhases_stillChecksThatPhasesAreDeclared() {
    Review.Builder review =
        bareReview()
            .concepts(
                List.of(
                    Concept.builder().name("Being understood").phase(Phase.of("during")).build(),
                    Concept.builder().name("Physical changes").build()));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Being understood\": belongs to phase \"during\", which the review does not"
                + " declare; declared phases are []");
  }

  @Test
  void reviewWithNoReviewers_stillChecksThatReviewersAreDeclared() {
    Review.Builder review =
        bareReview()
            .extractions(
                java.util.List.of(
                    Extraction.builder()
                        .concept("Physical changes")
                        .paper(Citation.of("Sav et al 2013"))
                        .addReviewers(Reviewer.of("AO"))
                        .build()));
    assertThat(invalid(review).problems())
        .extracting(ReviewProblem::place, ReviewProblem::reference, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfExtraction("Physical changes", Citation.of("Sav et al 2013")),
                Optional.of(new Place.Term(Place.Vocabulary.REVIEWER, "AO")),
                "extraction of concept \"Physical changes\" from paper \"Sav et al 2013\": is by"
                    + " reviewer \"AO\", which the review does not declare; declared reviewers are"
                    + " []"));
  }

  @Test
  void labelledPaperNotIncluded_isReportedByItsLabel() {
    Review.Builder review =
        bareReview().addIncidences(Incidence.of(Citation.of("Sav 2012"), "Shared experience"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "grid cell \"Sav 2012\" Shared experience: names paper \"Sav 2012\", which is not"
                + " among the included papers");
  }

  @Test
  void conceptOfMixedValence_isKept() {
    Review review =
        bareReview()
            .concepts(
                List.of(
                    Concept.builder().name("Being understood").valence(Valence.MIXED).build(),
                    Concept.builder().name("Physical changes").build()))
            .build();
    assertThat(review.concept("Being understood"))
        .flatMap(Concept::valence)
        .contains(Valence.MIXED);
  }

  @Test
  void blankTitle_isReported() {
    InvalidReviewException e = invalid(Fixtures.validReview().title(" "));
    assertThat(e.messages()).containsExactly("review title must not be blank");
    assertThat(e).hasMessage("review \" \" has 1 problem:\n  - review title must not be blank");
    assertThat(e.review()).isEqualTo(" ");
    ReviewProblem problem = e.problems().get(0);
    assertThat(problem.place()).isEqualTo(Place.review());
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.INVALID_VALUE);
    assertThat(problem.value()).contains(" ");
    assertThat(problem.reference()).isEmpty();
  }

  @Test
  void repeatedStakeholder_isReported() {
    assertThat(invalid(Fixtures.validReview().addStakeholders(Stakeholder.of("Carers"))).messages())
        .containsExactly("stakeholder \"Carers\": given 2 times; stakeholder names must be unique");
    ReviewProblem problem =
        onlyProblem(Fixtures.validReview().addStakeholders(Stakeholder.of("Carers")));
    assertThat(problem.place()).isEqualTo(new Place.Term(Place.Vocabulary.STAKEHOLDER, "Carers"));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.DUPLICATE);
    assertThat(problem.detail()).isEqualTo("given 2 times; stakeholder names must be unique");
  }

  @Test
  void repeatedPhase_isReported() {
    assertThat(invalid(Fixtures.validReview().addPhases(Phase.of("after"))).messages())
        .containsExactly("phase \"after\": given 2 times; phase names must be unique");
  }

  @Test
  void repeatedSearch_isReported() {
    Review.Builder review =
        Fixtures.validReview().addSearches(Search.of("Stroke", StageCounts.of(0, 0, 0, 0)));
    assertThat(invalid(review).messages())
        .containsExactly("search \"Stroke\": given 2 times; search names must be unique");
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
            "exclusion reason \"Thin data\": given 2 times; exclusion reasons must be unique");
  }

  @Test
  void repeatedPaperReference_isReported() {
    assertThat(invalid(Fixtures.validReview().addPapers(Fixtures.paper(2, "Staff"))).messages())
        .containsExactly("paper [2]: given 2 times; citations must be unique");
    ReviewProblem problem =
        onlyProblem(Fixtures.validReview().addPapers(Fixtures.paper(2, "Staff")));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of(2)));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.DUPLICATE);
  }

  @Test
  void repeatedPaperLabel_isReported() {
    Paper sav = Paper.builder().citation(Citation.of("Sav 2013")).build();
    Review.Builder review = Fixtures.validReview().addPapers(sav, sav);
    assertThat(invalid(review).messages())
        .containsExactly("paper \"Sav 2013\": given 2 times; citations must be unique");
    assertThat(onlyProblem(review).place()).isEqualTo(new Place.OfPaper(Citation.of("Sav 2013")));
  }

  @Test
  void repeatedStudyName_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addStudies(Study.of("Trial", Citation.of(1)), Study.of("Trial", Citation.of(2)));
    assertThat(invalid(review).messages())
        .containsExactly("study \"Trial\": given 2 times; study names must be unique");
    assertThat(onlyProblem(review).place()).isEqualTo(new Place.OfStudy("Trial"));
  }

  @Test
  void repeatedReviewer_isReported() {
    assertThat(invalid(Fixtures.validReview().addReviewers(Reviewer.of("SL"))).messages())
        .containsExactly("reviewer \"SL\": given 2 times; reviewer names must be unique");
  }

  @Test
  void repeatedSettingAside_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addConcepts(Fixtures.concept("Guilt", "during", "Carers"))
            .addSetAside(SetAside.of("Guilt", "Vague"), SetAside.of("Guilt", "Descriptive"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "setting aside of concept \"Guilt\": given 2 times; settings aside must be unique");
    assertThat(onlyProblem(review).place()).isEqualTo(new Place.OfSetAside("Guilt"));
  }

  @Test
  void repeatedConceptName_isReported() {
    Review.Builder review =
        Fixtures.validReview().addConcepts(Fixtures.concept("Time for oneself", "after", "Staff"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Time for oneself\": given 2 times; concept names must be unique");
  }

  @Test
  void repeatedKeyConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview().addKeyConcepts(Fixtures.keyConcept("Respite", "after", "Staff"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "key concept \"Respite\": given 2 times; key concept names must be unique");
  }

  @Test
  void repeatedGridCell_isReported() {
    assertThat(invalid(Fixtures.validReview().addIncidences(Incidence.of(1, "Respite"))).messages())
        .containsExactly("grid cell [1] Respite: given 2 times; grid cells must be unique");
  }

  @Test
  void paperPerspective_withUndeclaredStakeholder_isReported() {
    assertThat(invalid(Fixtures.validReview().addPapers(Fixtures.paper(3, "Nurses"))).messages())
        .containsExactly(
            "paper [3]: reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff]");
    ReviewProblem problem =
        onlyProblem(Fixtures.validReview().addPapers(Fixtures.paper(3, "Nurses")));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of(3)));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.UNRESOLVED_REFERENCE);
    assertThat(problem.reference())
        .contains(new Place.Term(Place.Vocabulary.STAKEHOLDER, "Nurses"));
    assertThat(problem.value()).contains("stakeholder \"Nurses\"");
  }

  @Test
  void undeclaredStakeholder_listsAtMostTenDeclaredNames() {
    Review.Builder review = Fixtures.validReview();
    for (String name :
        List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11")) {
      review.addStakeholders(Stakeholder.of(name));
    }
    review.addPapers(Fixtures.paper(3, "Nurses"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "paper [3]: reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff, s1, s2, s3, s4, s5, s6,"
                + " s7, s8, and 3 more]");
  }

  @Test
  void undeclaredStakeholder_listsAllOfTenDeclaredNames() {
    Review.Builder review = Fixtures.validReview();
    for (String name : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8")) {
      review.addStakeholders(Stakeholder.of(name));
    }
    review.addPapers(Fixtures.paper(3, "Nurses"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "paper [3]: reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff, s1, s2, s3, s4, s5, s6,"
                + " s7, s8]");
  }

  @Test
  void extraction_fromPaperNotIncluded_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .extractions(Fixtures.validExtractionsAnd(Fixtures.extraction("Feeling new", 9, "AO")));
    assertThat(invalid(review).messages())
        .containsExactly(
            "extraction of concept \"Feeling new\" from paper [9]: names paper [9], which is not"
                + " among the included papers");
  }

  @Test
  void extraction_ofUndefinedConcept_byUndeclaredReviewer_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .extractions(Fixtures.validExtractionsAnd(Fixtures.extraction("Guilt", 2, "ZZ")));
    assertThat(invalid(review).messages())
        .containsExactly(
            "extraction of concept \"Guilt\" from paper [2]: names concept \"Guilt\", which the"
                + " review does not define",
            "extraction of concept \"Guilt\" from paper [2]: is by reviewer \"ZZ\", which the"
                + " review does not declare; declared reviewers are [AO, SL]");
  }

  @Test
  void repeatedExtraction_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .extractions(Fixtures.validExtractionsAnd(Fixtures.extraction("Feeling new", 2, "AO")));
    assertThat(invalid(review).messages())
        .containsExactly(
            "extraction of concept \"Feeling new\" from paper [2]: given 2 times; extractions"
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
            "concept \"Guilt\": voices stakeholder \"Nurses\", which the review does not declare;"
                + " declared stakeholders are [Carers, Staff]",
            "concept \"Guilt\": belongs to phase \"before\", which the review does not declare;"
                + " declared phases are [during, after]");
  }

  @Test
  void conceptNeitherTranslatedNorSetAside_isReported() {
    Review.Builder review =
        Fixtures.validReview().addConcepts(Fixtures.concept("Guilt", "during", "Carers"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Guilt\": is neither translated into a key concept nor set aside; every raw"
                + " concept is one or the other");
    ReviewProblem problem = onlyProblem(review);
    assertThat(problem.place()).isEqualTo(new Place.OfConcept("Guilt"));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.INCOMPLETE_TRANSLATION);
    assertThat(review.addSetAside(SetAside.of("Guilt", "Descriptive only")).build().setAside())
        .hasSize(1);
  }

  @Test
  void conceptTranslatedTwice_orTranslatedAndSetAside_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(
                Translation.of("Renewal", TranslationKind.RECIPROCAL, "Time for oneself"))
            .addSetAside(SetAside.of("Feeling new", "Too vague"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Time for oneself\": is translated 2 times (into [Respite, Renewal]); each"
                + " concept is translated into exactly one key concept",
            "concept \"Feeling new\": is both translated (into [Renewal]) and set aside");
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
                "key concept \"Dread\": has no concept translated into it; every key concept brings"
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
  void relation_toANameThatIsNoKeyConceptThemeOrInterpretation_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .lineOfArgument(
                LineOfArgument.builder()
                    .addRelations(Relation.of("Respite", "restores", "Dread"))
                    .build());
    assertThat(invalid(review).problems())
        .extracting(
            ReviewProblem::place,
            ReviewProblem::rule,
            ReviewProblem::reference,
            ReviewProblem::value,
            ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfRelation("Respite", "restores", "Dread"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfNode("Dread")),
                Optional.of("\"Dread\""),
                "relation Respite --restores--> Dread: names \"Dread\", which is no key concept,"
                    + " theme or interpretation of the review"));
  }

  @Test
  void relation_ofUndeclaredKind_betweenUndefinedNames_reportsTheSourceTheKindThenTheTarget() {
    Review.Builder review =
        Fixtures.validReview()
            .lineOfArgument(
                LineOfArgument.builder()
                    .addRelations(Relation.of("Dread", "eases", "Rest"))
                    .build());
    assertThat(invalid(review).messages())
        .containsExactly(
            "relation Dread --eases--> Rest: names \"Dread\", which is no key concept, theme or"
                + " interpretation of the review",
            "relation Dread --eases--> Rest: is of relation kind \"eases\", which the review does"
                + " not declare; declared relation kinds are [restores]",
            "relation Dread --eases--> Rest: names \"Rest\", which is no key concept, theme or"
                + " interpretation of the review");
  }

  @Test
  void concept_voicingUndeclaredStakeholder_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addConcepts(Fixtures.concept("Guilt", "during", "Nurses"))
            .addSetAside(SetAside.of("Guilt", "Not about respite"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "concept \"Guilt\": voices stakeholder \"Nurses\", which the review does not declare;"
                + " declared stakeholders are [Carers, Staff]");
  }

  @Test
  void keyConcept_inUndeclaredPhase_isReported() {
    Review.Builder review =
        Fixtures.gridOnlyReview().addKeyConcepts(Fixtures.keyConcept("Dread", "before", "Carers"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "key concept \"Dread\": belongs to phase \"before\", which the review does not declare;"
                + " declared phases are [during, after]");
  }

  @Test
  void keyConcept_concerningUndeclaredStakeholder_isReported() {
    Review.Builder review =
        Fixtures.gridOnlyReview().addKeyConcepts(Fixtures.keyConcept("Dread", "during", "Nurses"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "key concept \"Dread\": concerns stakeholder \"Nurses\", which the review does not"
                + " declare; declared stakeholders are [Carers, Staff]");
  }

  @Test
  void translation_intoUndefinedKeyConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(Translation.of("Rest", TranslationKind.RECIPROCAL, "Feeling new"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "translation into \"Rest\": names key concept \"Rest\", which the review does not"
                + " define",
            "concept \"Feeling new\": is translated 2 times (into [Renewal, Rest]); each concept is"
                + " translated into exactly one key concept");
  }

  @Test
  void translation_ofUndefinedConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(Translation.of("Renewal", TranslationKind.REFUTATIONAL, "Sleep"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "translation into \"Renewal\": names concept \"Sleep\", which the review does not"
                + " define");
  }

  @Test
  void gridCell_ofPaperNotIncluded_isReported() {
    assertThat(invalid(Fixtures.validReview().addIncidences(Incidence.of(9, "Respite"))).messages())
        .containsExactly(
            "grid cell [9] Respite: names paper [9], which is not among the included papers");
  }

  @Test
  void gridCell_ofUndefinedKeyConcept_isReported() {
    assertThat(invalid(Fixtures.validReview().addIncidences(Incidence.of(1, "Rest"))).messages())
        .containsExactly(
            "grid cell [1] Rest: names key concept \"Rest\", which the review does not define");
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
    ReviewProblem problem = invalid(review).problems().get(0);
    assertThat(problem.place()).isEqualTo(Place.review());
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.UNACCOUNTED_EXCLUSIONS);
  }

  @Test
  void exclusionTallies_withoutSearches_areNotCompared() {
    assertThat(Fixtures.validReview().searches(java.util.List.of()).build().exclusions())
        .hasSize(2);
  }

  @Test
  void exclusionTallies_areNotCompared_whenASearchDoesNotReportAppraisedArticles() {
    // Dementia alone appraised 9 and included 2 (7 excluded); the tallies add up to 9.
    Review review =
        Fixtures.validReview()
            .searches(
                List.of(
                    Search.of("Dementia", StageCounts.of(800, 60, 9, 2)),
                    Search.of(
                        "Stroke",
                        StageCounts.builder().abstractsReviewed(300).articlesIncluded(1).build())))
            .build();
    assertThat(review.searches()).hasSize(2);
  }

  @Test
  void exclusionTallies_areNotCompared_whenASearchDoesNotReportIncludedArticles() {
    Review review =
        Fixtures.validReview()
            .searches(
                List.of(
                    Search.of("Dementia", StageCounts.of(800, 60, 9, 2)),
                    Search.of("Stroke", StageCounts.builder().articlesAppraised(3).build())))
            .build();
    assertThat(review.searches()).hasSize(2);
  }

  @Test
  void exclusionTallies_areCompared_whenEverySearchReportsAppraisedAndIncluded() {
    // Only the two stages the comparison needs are reported: 9 + 3 appraised, 2 + 0 included.
    Review.Builder review =
        Fixtures.validReview()
            .searches(
                List.of(
                    Search.of(
                        "Dementia",
                        StageCounts.builder().articlesAppraised(9).articlesIncluded(2).build()),
                    Search.of(
                        "Stroke",
                        StageCounts.builder().articlesAppraised(3).articlesIncluded(0).build())));
    assertThat(invalid(review).messages())
        .containsExactly(
            "exclusion tallies add up to 9 papers, but the searches appraised 12 and included 2,"
                + " so 10 were excluded; the tallies must account for every excluded paper");
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
                + "  - paper [2]: given 2 times; citations must be unique\n"
                + "  - paper [2]: reports the perspective of stakeholder \"Nurses\", which the"
                + " review does not declare; declared stakeholders are [Carers, Staff]\n"
                + "  - grid cell [9] Rest: names paper [9], which is not among the included"
                + " papers\n"
                + "  - grid cell [9] Rest: names key concept \"Rest\", which the review does not"
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
    InvalidReviewException e =
        invalid(Fixtures.validReview().addIncidences(Incidence.of(9, "Rest")));
    Place cell = new Place.Cell(Citation.of(9), "Rest");
    assertThat(e.problems())
        .extracting(
            ReviewProblem::place,
            ReviewProblem::rule,
            ReviewProblem::reference,
            ReviewProblem::value,
            ReviewProblem::detail)
        .containsExactly(
            tuple(
                cell,
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfPaper(Citation.of(9))),
                Optional.of("paper [9]"),
                "names paper [9], which is not among the included papers"),
            tuple(
                cell,
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfKeyConcept("Rest")),
                Optional.of("key concept \"Rest\""),
                "names key concept \"Rest\", which the review does not define"));
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
    ReviewProblem problem = onlyProblem(review);
    assertThat(problem.place()).isEqualTo(Place.review());
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.COUNT_OVERFLOW);
  }

  @Test
  void exclusionTallies_ofOnePaper_areSaidInTheSingular() {
    Review.Builder review =
        Fixtures.validReview()
            .exclusions(List.of(ExclusionTally.of(ExclusionReason.of("Thin data"), 1)));
    assertThat(invalid(review).messages())
        .containsExactly(
            "exclusion tallies add up to 1 paper, but the searches appraised 12 and included 3,"
                + " so 9 were excluded; the tallies must account for every excluded paper");
  }

  @Test
  void exclusionTallies_ofNoPaper_areSaidInThePlural() {
    Review.Builder review =
        Fixtures.validReview()
            .exclusions(List.of(ExclusionTally.of(ExclusionReason.of("Thin data"), 0)));
    assertThat(invalid(review).messages())
        .containsExactly(
            "exclusion tallies add up to 0 papers, but the searches appraised 12 and included 3,"
                + " so 9 were excluded; the tallies must account for every excluded paper");
  }

  @Test
  void repeatedSearch_thatWouldChangeTheSums_isReported_andExclusionsAreNotCompared() {
    // Stroke counted twice: 15 appraised, 4 included, 11 excluded against 9 tallied.
    Review.Builder review =
        Fixtures.validReview().addSearches(Search.of("Stroke", StageCounts.of(300, 20, 3, 1)));
    assertThat(invalid(review).problems())
        .extracting(ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                ReviewProblem.Rule.DUPLICATE,
                "search \"Stroke\": given 2 times; search names must be unique"));
  }

  @Test
  void repeatedExclusionReason_thatWouldChangeTheSum_isReported_andExclusionsAreNotCompared() {
    // Thin data counted twice: 15 tallied against 9 excluded.
    Review.Builder review =
        Fixtures.validReview().addExclusions(ExclusionTally.of(ExclusionReason.of("Thin data"), 6));
    assertThat(invalid(review).messages())
        .containsExactly(
            "exclusion reason \"Thin data\": given 2 times; exclusion reasons must be unique");
  }

  @Test
  void countsTooLargeToAdd_inAReviewWithOtherSources_nameTheOtherSources() {
    StageCounts huge = StageCounts.of(2_000_000_000, 0, 0, 0);
    Review.Builder review =
        Fixtures.validReview()
            .searches(List.of(Search.of("A", huge), Search.of("B", huge)))
            .exclusions(List.of())
            .addOtherSources(OtherSource.of("Experts", OptionalInt.of(1), OptionalInt.of(1)));
    assertThat(invalid(review).messages())
        .containsExactly(
            "the searches, other sources and exclusions add up to 4000000000 records, more than"
                + " the largest count (2147483647)");
  }

  @Test
  void sameProblemFoundTwice_isReportedOnce() {
    // Two translations into Renewal name the undefined concept "Sleep": the same problem twice.
    Review.Builder review =
        Fixtures.validReview()
            .addTranslations(
                Translation.of("Renewal", TranslationKind.REFUTATIONAL, "Sleep"),
                Translation.of("Renewal", TranslationKind.RECIPROCAL, "Sleep"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "translation into \"Renewal\": names concept \"Sleep\", which the review does not"
                + " define");
  }

  @Test
  void paperGivenTwice_withAnUndeclaredStakeholder_isReportedOnceForEachRule() {
    Review.Builder review =
        Fixtures.validReview().addPapers(Fixtures.paper(3, "Nurses"), Fixtures.paper(3, "Nurses"));
    assertThat(invalid(review).messages())
        .containsExactly(
            "paper [3]: given 2 times; citations must be unique",
            "paper [3]: reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff]");
  }
}

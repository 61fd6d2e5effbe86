package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Evidence;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Order;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Place;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.ReviewProblem.Rule;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.model.Valence;

/**
 * The fluent builder, on a small review of respite care for carers written for these tests. Every
 * expected message was worked out by hand from the message rule: the place's description, ": ",
 * then the detail (the detail alone for the review as a whole).
 */
final class ReviewBuilderTest {

  private static ReviewBuilder respite() {
    return MetaEthnography.review("Respite care")
        .stakeholders("Carers", "Staff")
        .phases("during", "after")
        .search("Dementia", 800, 60, 9, 2)
        .exclusion("Thin data", 7)
        .paper(
            12,
            p ->
                p.by("Okafor N", "Lind S")
                    .etAl()
                    .year(2019)
                    .titled("Respite and the carer")
                    .in("J Adv Nurs")
                    .condition("dementia")
                    .format("group")
                    .intervention("Weekly day care")
                    .duration("12 weeks")
                    .perspective("Carers", "Staff")
                    .attribute("country", "Norway"))
        .paper(
            15,
            p ->
                p.by("Aalto K")
                    .year(2021)
                    .titled("Pairs in respite")
                    .in("Health Soc Care Community")
                    .condition("dementia")
                    .format("dyad")
                    .intervention("Paired visits")
                    .undesignatedPerspective("Pairs of carers"))
        .keyConcept(
            "Respite",
            k ->
                k.definedAs("Time away that restores the carer").phase("during").concerns("Carers"))
        .concept(
            "Time for oneself",
            c ->
                c.firstOrder()
                    .voices("Carers")
                    .positive()
                    .phase("during")
                    .definedAs("Hours that are the carer's own")
                    .note("Invented for this test"))
        .concept(
            "Shared load",
            c ->
                c.secondOrder()
                    .voicesUndesignated("Pairs of carers")
                    .negative()
                    .phase("during")
                    .definedAs("Help given both ways"))
        .reviewers("AO", "SL")
        .relationKinds("restores")
        .found("Time for oneself", 12, e -> e.by("AO", "SL").quoting("hours of my own").onPage("5"))
        .found("Shared load", 15, e -> e.by("SL"))
        .translate("Respite", TranslationKind.RECIPROCAL, "Time for oneself", "Shared load")
        .relation("Respite", "restores", "Respite later")
        .keyConcept(
            "Respite later",
            k -> k.definedAs("Respite remembered").phase("after").concerns("Carers"))
        .concept(
            "Remembered rest",
            c ->
                c.secondOrder()
                    .voices("Carers")
                    .positive()
                    .phase("after")
                    .definedAs("The rest recalled later"))
        .translate("Respite later", TranslationKind.RECIPROCAL, "Remembered rest")
        .lineOfArgument("Respite now restores the carer later.")
        .grid(12, "Respite")
        .grid(15, "Respite");
  }

  @Test
  void build_givesTheReviewTheModelBuilderWouldGive() {
    Stakeholder carers = Stakeholder.of("Carers");
    Review expected =
        Review.builder()
            .title("Respite care")
            .addStakeholders(carers, Stakeholder.of("Staff"))
            .addPhases(Phase.of("during"), Phase.of("after"))
            .addSearches(Search.of("Dementia", StageCounts.of(800, 60, 9, 2)))
            .addExclusions(ExclusionTally.of(ExclusionReason.of("Thin data"), 7))
            .addPapers(
                Paper.builder()
                    .reference(12)
                    .addAuthors(Author.of("Okafor", "N"), Author.of("Lind", "S"))
                    .etAl(true)
                    .year(2019)
                    .title("Respite and the carer")
                    .journal("J Adv Nurs")
                    .condition(Condition.of("dementia"))
                    .format(InterventionFormat.of("group"))
                    .intervention("Weekly day care")
                    .duration("12 weeks")
                    .perspective(Perspective.of(carers, Stakeholder.of("Staff")))
                    .putAttributes("country", "Norway")
                    .build(),
                Paper.builder()
                    .reference(15)
                    .addAuthors(Author.of("Aalto", "K"))
                    .year(2021)
                    .title("Pairs in respite")
                    .journal("Health Soc Care Community")
                    .condition(Condition.of("dementia"))
                    .format(InterventionFormat.of("dyad"))
                    .intervention("Paired visits")
                    .perspective(Perspective.undesignated("Pairs of carers"))
                    .build())
            .addKeyConcepts(
                KeyConcept.builder()
                    .name("Respite")
                    .definition("Time away that restores the carer")
                    .addPhases(Phase.of("during"))
                    .addStakeholders(carers)
                    .build(),
                KeyConcept.builder()
                    .name("Respite later")
                    .definition("Respite remembered")
                    .addPhases(Phase.of("after"))
                    .addStakeholders(carers)
                    .build())
            .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"))
            .addRelationKinds(RelationKind.of("restores"))
            .addConcepts(
                Concept.builder()
                    .name("Time for oneself")
                    .order(Order.FIRST)
                    .perspective(Perspective.of(carers))
                    .valence(Valence.POSITIVE)
                    .phase(Phase.of("during"))
                    .definition("Hours that are the carer's own")
                    .note("Invented for this test")
                    .build(),
                Concept.builder()
                    .name("Shared load")
                    .order(Order.SECOND)
                    .perspective(Perspective.undesignated("Pairs of carers"))
                    .valence(Valence.NEGATIVE)
                    .phase(Phase.of("during"))
                    .definition("Help given both ways")
                    .build(),
                Concept.builder()
                    .name("Remembered rest")
                    .order(Order.SECOND)
                    .perspective(Perspective.of(carers))
                    .valence(Valence.POSITIVE)
                    .phase(Phase.of("after"))
                    .definition("The rest recalled later")
                    .build())
            .extractions(
                java.util.List.of(
                    Extraction.builder()
                        .concept("Time for oneself")
                        .paper(12)
                        .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"))
                        .evidence(Evidence.of("hours of my own", "5"))
                        .build(),
                    Extraction.builder()
                        .concept("Shared load")
                        .paper(15)
                        .addReviewers(Reviewer.of("SL"))
                        .build()))
            .addTranslations(
                Translation.of(
                    "Respite", TranslationKind.RECIPROCAL, "Time for oneself", "Shared load"),
                Translation.of("Respite later", TranslationKind.RECIPROCAL, "Remembered rest"))
            .lineOfArgument(
                LineOfArgument.builder()
                    .statement("Respite now restores the carer later.")
                    .addRelations(Relation.of("Respite", "restores", "Respite later"))
                    .build())
            .addIncidences(Incidence.of(12, "Respite"), Incidence.of(15, "Respite"))
            .build();
    assertThat(respite().build()).isEqualTo(expected);
    assertThat(respite().synthesize().grid().count(expected.keyConcepts().get(0))).isEqualTo(2);
    assertThat(MetaEthnography.synthesize(expected)).isEqualTo(respite().synthesize());
  }

  /** A review that reports nothing but citations and names, as many published reviews do. */
  private static ReviewBuilder bare() {
    return MetaEthnography.review("Living with a long-term condition")
        .search("Databases", s -> s.abstractsReviewed(412).articlesIncluded(2))
        .paper("Sav 2013", p -> {})
        .paper("Chalmers and Thompson 1998", p -> {})
        .keyConcept("Disruption", k -> {})
        .concept("Physical changes", c -> {})
        .found("Physical changes", "Sav 2013", e -> {})
        .found("Physical changes", "Chalmers and Thompson 1998", e -> {})
        .translate("Disruption", TranslationKind.RECIPROCAL, "Physical changes");
  }

  @Test
  void build_ofAReviewOfCitationsAndNamesOnly_inventsNothing() {
    Citation sav = Citation.of("Sav 2013");
    Citation chalmers = Citation.of("Chalmers and Thompson 1998");
    Review expected =
        Review.builder()
            .title("Living with a long-term condition")
            .addSearches(
                Search.of(
                    "Databases",
                    StageCounts.builder().abstractsReviewed(412).articlesIncluded(2).build()))
            .addPapers(
                Paper.builder().citation(sav).build(), Paper.builder().citation(chalmers).build())
            .addKeyConcepts(KeyConcept.builder().name("Disruption").build())
            .addConcepts(Concept.builder().name("Physical changes").build())
            .extractions(
                java.util.List.of(
                    Extraction.builder().concept("Physical changes").paper(sav).build(),
                    Extraction.builder().concept("Physical changes").paper(chalmers).build()))
            .addTranslations(
                Translation.of("Disruption", TranslationKind.RECIPROCAL, "Physical changes"))
            .build();
    Review review = bare().build();
    assertThat(review).isEqualTo(expected);
    Paper paper = review.paper("Sav 2013").orElseThrow();
    assertThat(paper.year()).isEmpty();
    assertThat(paper.title()).isEmpty();
    assertThat(paper.journal()).isEmpty();
    assertThat(paper.intervention()).isEmpty();
    assertThat(paper.condition()).isEmpty();
    assertThat(paper.format()).isEmpty();
    assertThat(paper.perspective()).isEmpty();
    assertThat(paper.authors()).isEmpty();
    assertThat(review.keyConcept("Disruption").orElseThrow().definition()).isEmpty();
    assertThat(review.concept("Physical changes").orElseThrow().valence()).isEmpty();
    assertThat(review.extractions()).allSatisfy(e -> assertThat(e.reviewers()).isEmpty());
    assertThat(review.searches().get(0).counts().articlesRetrieved()).isEmpty();
    assertThat(review.stakeholders()).isEmpty();
    assertThat(review.phases()).isEmpty();
    assertThat(review.reviewers()).isEmpty();
  }

  @Test
  void found_withoutReviewersOrEvidence_recordsNeither() {
    Review review = respite().found("Remembered rest", 15).build();
    assertThat(review.extractions())
        .contains(Extraction.builder().concept("Remembered rest").paper(15).build());
    assertThat(review.extractions().get(review.extractions().size() - 1).evidence()).isEmpty();
  }

  @Test
  void paperWithOnlyACitation_isIncluded_withEveryAttributeAbsent() {
    Review review = respite().paper(3, p -> p.by("Moe T")).build();
    assertThat(review.paper(3))
        .contains(Paper.builder().reference(3).addAuthors(Author.of("Moe", "T")).build());
  }

  @Test
  void keyConceptWithoutDefinitionPhaseOrStakeholders_isIncluded() {
    Review review =
        respite()
            .keyConcept("Renewal", k -> {})
            .concept("Feeling new", c -> {})
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new")
            .build();
    assertThat(review.keyConcept("Renewal")).contains(KeyConcept.builder().name("Renewal").build());
    assertThat(review.concept("Feeling new"))
        .contains(Concept.builder().name("Feeling new").build());
  }

  @Test
  void mixedValence_isRecorded() {
    Review review =
        respite()
            .concept("Guilt", c -> c.mixed())
            .translate("Respite later", TranslationKind.REFUTATIONAL, "Guilt")
            .build();
    assertThat(review.concept("Guilt").orElseThrow().valence()).contains(Valence.MIXED);
  }

  @Test
  void searchWithSomeStages_andOtherSources_keepOnlyWhatIsReported() {
    Review review =
        respite()
            .search("Stroke", s -> s.abstractsReviewed(300).articlesIncluded(1))
            .otherSource("Citation chasing", OptionalInt.of(14), OptionalInt.of(1))
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.of(2))
            .build();
    assertThat(review.searches())
        .contains(
            Search.of(
                "Stroke",
                StageCounts.builder().abstractsReviewed(300).articlesIncluded(1).build()));
    assertThat(review.otherSources())
        .containsExactly(
            OtherSource.of("Citation chasing", OptionalInt.of(14), OptionalInt.of(1)),
            OtherSource.of("Experts", OptionalInt.empty(), OptionalInt.of(2)));
  }

  @Test
  void study_ofSeveralReports_isDeclared() {
    Review review = respite().study("Respite trial", 15, 12).build();
    assertThat(review.studies())
        .containsExactly(Study.of("Respite trial", Citation.of(15), Citation.of(12)));
    assertThat(review.studyOf(Citation.of(12))).contains(review.studies().get(0));
  }

  @Test
  void attributeSetTwice_isReported_namingBothValues() {
    ReviewBuilder review =
        respite().paper(3, p -> complete(p).perspective("Carers").year(2002).titled("Another"));
    assertThat(problems(review))
        .containsExactly(
            "paper [3]: year is set twice, first to \"2020\" and then to \"2002\"",
            "paper [3]: title is set twice, first to \"A study\" and then to \"Another\"");
  }

  @Test
  void yearSetTwice_onAPaperCitedByLabel_isReported() {
    ReviewBuilder review = bare().paper("Sav 2012", p -> p.year(2012).year(2011));
    assertThat(problems(review))
        .containsExactly(
            "paper \"Sav 2012\": year is set twice, first to \"2012\" and then to \"2011\"");
  }

  @Test
  void valenceSetTwice_isReported_namingBothValences() {
    ReviewBuilder review = respite().concept("Guilt", c -> c.positive().mixed());
    assertThat(problems(review))
        .containsExactly(
            "concept \"Guilt\": valence is set twice, first to \"positive\" and then to \"mixed\"");
  }

  @Test
  void keyConceptPhaseSetTwice_isReported_namingBothPhases() {
    ReviewBuilder review = respite().keyConcept("Renewal", k -> k.phase("after").phase("during"));
    assertThat(problems(review))
        .containsExactly(
            "key concept \"Renewal\": phase is set twice, first to \"after\" and then to"
                + " \"during\"");
  }

  @Test
  void stakeholdersDeclaredTwice_isReported() {
    assertThat(problems(respite().stakeholders("Nurses", "Patients")))
        .containsExactly(
            "declaration of stakeholders: stakeholders are declared twice; the second time as"
                + " [Nurses, Patients]");
  }

  @Test
  void stakeholderNamedOnlyInARejectedSecondDeclaration_isNotReportedAgainWhereItIsUsed() {
    ReviewBuilder review =
        MetaEthnography.review("Respite care")
            .stakeholders("Carers")
            .stakeholders("Staff")
            .paper(1, p -> p.perspective("Carers"))
            .paper(2, p -> p.perspective("Staff"));
    assertThat(problems(review))
        .containsExactly(
            "declaration of stakeholders: stakeholders are declared twice; the second time as"
                + " [Staff]");
  }

  @Test
  void phasesDeclaredTwice_isReported() {
    assertThat(problems(respite().phases("later")))
        .containsExactly(
            "declaration of phases: phases are declared twice; the second time as [later]");
  }

  @Test
  void attributeSetTwice_isAProblemOfTheDescription_placedAtThePart() {
    ReviewProblem problem = only(bare().paper("Sav 2012", p -> p.year(2012).year(2011)));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of("Sav 2012")));
    assertThat(problem.rule()).isEqualTo(Rule.INCOMPLETE_DESCRIPTION);
    // The offending value is the second one, the value that could not be set.
    assertThat(problem.value()).contains("2011");
    ReviewProblem declaration = only(respite().stakeholders("Nurses"));
    assertThat(declaration.place()).isEqualTo(new Place.Declaration(Place.Vocabulary.STAKEHOLDER));
    assertThat(declaration.rule()).isEqualTo(Rule.INCOMPLETE_DESCRIPTION);
  }

  @Test
  void blankTitle_isAProblemOfThePaper_withTheBlankValue() {
    ReviewProblem problem = only(respite().paper(3, p -> p.titled(" ")));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of(3)));
    assertThat(problem.rule()).isEqualTo(Rule.INVALID_VALUE);
    assertThat(problem.value()).contains(" ");
    assertThat(problem.detail()).isEqualTo("title must not be blank");
    assertThat(problem.message()).isEqualTo("paper [3]: title must not be blank");
    assertThat(problem.reference()).isEmpty();
  }

  @Test
  void problemsOfValuesMadeForAPart_arePlacedAtThePart() {
    ReviewBuilder review =
        respite()
            .paper("Sav 2012", p -> p.year(12))
            .concept("Guilt", c -> c.voices(" "))
            .exclusion("Duplicate", -1)
            .grid(0, "Respite");
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactlyInAnyOrder(
            tuple(
                new Place.OfPaper(Citation.of("Sav 2012")), Rule.INVALID_VALUE, Optional.of("12")),
            tuple(new Place.OfConcept("Guilt"), Rule.INVALID_VALUE, Optional.of(" ")),
            tuple(new Place.OfExclusion("Duplicate"), Rule.INVALID_VALUE, Optional.of("-1")),
            tuple(new Place.Detached("grid cell citing 0"), Rule.INVALID_VALUE, Optional.of("0")));
  }

  @Test
  void unresolvedStakeholder_namesTheTermItRefersTo() {
    ReviewProblem problem = only(respite().paper(20, p -> p.perspective("Nurses")));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of(20)));
    assertThat(problem.rule()).isEqualTo(Rule.UNRESOLVED_REFERENCE);
    assertThat(problem.reference())
        .contains(new Place.Term(Place.Vocabulary.STAKEHOLDER, "Nurses"));
    assertThat(problem.message())
        .isEqualTo(
            "paper [20]: reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff]");
  }

  @Test
  void badValues_areReported_whereTheyAre() {
    ReviewBuilder review =
        respite()
            .search("Stroke", 300, 20, 30, 1)
            .exclusion("Duplicate", -1)
            .grid(0, "Respite")
            .concept(
                "Guilt",
                c -> c.firstOrder().voices(" ").negative().phase("during").definedAs("Guilt"))
            .setAside("Guilt", "Not about respite");
    // Problems of the description come in no documented order among themselves.
    assertThat(problems(review))
        .containsExactlyInAnyOrder(
            "concept \"Guilt\": stakeholder name must not be blank",
            "search \"Stroke\": articles appraised (30) must not exceed articles retrieved (20)",
            "exclusion reason \"Duplicate\": number of papers (-1) must not be negative",
            "grid cell citing 0: reference number (0) must be at least 1");
  }

  @Test
  void perspectiveWithoutStakeholders_isReportedAsAProblemOfThePerspective() {
    ReviewBuilder review = respite().paper(3, p -> p.perspective());
    assertThat(problems(review))
        .containsExactly(
            "paper [3]: perspective: must name at least one stakeholder or be undesignated");
  }

  @Test
  void namesThatDifferOnlyInCase_areReportedAtTheLaterOne() {
    ReviewBuilder review =
        respite()
            .keyConcept("respite", k -> {})
            .concept("Feeling new", c -> {})
            .translate("respite", TranslationKind.RECIPROCAL, "Feeling new");
    assertThat(problems(review))
        .containsExactly(
            "key concept \"respite\": differs only in case from \"Respite\"; key concept names"
                + " must differ by more than case");
  }

  @Test
  void nameEndingInANonBreakingSpace_isReported() {
    ReviewBuilder review = respite().concept("Guilt\u00A0", c -> {});
    assertThat(problems(review))
        .containsExactly(
            "concept \"Guilt\u00A0\": concept name \"Guilt\u00A0\" must not begin or end with"
                + " whitespace (U+00A0)");
  }

  @Test
  void namesOfACitationByLabel_areUnique() {
    ReviewBuilder review = bare().paper("Sav 2013", p -> {}).paper("sav 2013", p -> {});
    assertThat(problems(review))
        .containsExactly(
            "paper \"Sav 2013\": given 2 times; citations must be unique",
            "paper \"sav 2013\": differs only in case from \"Sav 2013\"; citations must differ by"
                + " more than case");
  }

  @Test
  void referencesToPapersCitedByLabel_nameTheLabel() {
    ReviewBuilder review =
        bare().found("Physical changes", "Sav 2014", e -> {}).grid("Sav 2013", "Rest");
    assertThat(problems(review))
        .containsExactly(
            "extraction of concept \"Physical changes\" from paper \"Sav 2014\": names paper"
                + " \"Sav 2014\", which is not among the included papers",
            "grid cell \"Sav 2013\" Rest: names key concept \"Rest\", which the review does not"
                + " define");
  }

  @Test
  void descriptionWithSeveralProblems_reportsThemAllInOneException() {
    ReviewBuilder review =
        respite()
            .paper(12, p -> complete(p).perspective("Carers"))
            .paper(20, p -> complete(p).perspective("Nurses"))
            .keyConcept(
                "Renewal", k -> k.definedAs("Feeling new again").phase("later").concerns("Carers"))
            .grid(20, "Rest")
            .search("Stroke", 300, 20, 3, 5);
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e.review()).isEqualTo("Respite care");
    assertThat(e.messages())
        .containsExactly(
            "search \"Stroke\": articles included (5) must not exceed articles appraised (3)",
            "paper [12]: given 2 times; citations must be unique",
            "paper [20]: reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff]",
            "key concept \"Renewal\": belongs to phase \"later\", which the review does not"
                + " declare; declared phases are [during, after]",
            "grid cell [20] Rest: names key concept \"Rest\", which the review does not define",
            "key concept \"Renewal\": has no concept translated into it; every key concept brings"
                + " together at least one raw concept");
    assertThat(e).hasMessageStartingWith("review \"Respite care\" has 6 problems:\n  - search");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Citation.class, Citation.of(1))
            .setDefault(Stance.class, Stance.SUPPORTS);
    tester.testAllPublicStaticMethods(MetaEthnography.class);
    tester.testAllPublicInstanceMethods(respite());
    respite()
        .paper(1, tester::testAllPublicInstanceMethods)
        .keyConcept("k", tester::testAllPublicInstanceMethods)
        .concept("c", tester::testAllPublicInstanceMethods)
        .found("c", 1, tester::testAllPublicInstanceMethods)
        .search("s", tester::testAllPublicInstanceMethods)
        .theme("t", tester::testAllPublicInstanceMethods)
        .paper(2, p -> p.appraisal(tester::testAllPublicInstanceMethods));
  }

  @Test
  void build_twice_isRefused() {
    ReviewBuilder review = respite();
    review.build();
    assertThatThrownBy(review::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(review::synthesize).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void describingAfterBuild_isRefused() {
    ReviewBuilder review = respite();
    review.synthesize();
    assertThatThrownBy(() -> review.paper(3, p -> {})).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> review.stakeholders("Nurses"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> review.grid(12, "Respite later"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_afterAFailedBuild_isRefused() {
    ReviewBuilder review = respite().paper(3, p -> p.titled(" "));
    assertThatThrownBy(review::build).isInstanceOf(InvalidReviewException.class);
    assertThatThrownBy(review::build).isInstanceOf(IllegalStateException.class);
  }

  private static PaperSpec complete(PaperSpec paper) {
    return paper
        .by("Moe T")
        .year(2020)
        .titled("A study")
        .in("J Adv Nurs")
        .condition("stroke")
        .format("group")
        .intervention("Support group");
  }

  /** The messages of the problems that building {@code review} reports. */
  private static List<String> problems(ReviewBuilder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build).messages();
  }

  /** The one problem that building {@code review} reports. */
  private static ReviewProblem only(ReviewBuilder review) {
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void rejectedPaper_isReportedOnce_notAgainWhereItIsNamed() {
    ReviewBuilder review =
        respite()
            .paper(3, p -> p.by("Moe T").titled(" ").perspective("Carers"))
            .found("Time for oneself", 3, e -> e.by("AO"))
            .study("Respite trial", 12, 3)
            .grid(3, "Respite");
    assertThat(problems(review)).containsExactly("paper [3]: title must not be blank");
  }

  @Test
  void rejectedKeyConcept_isReportedOnce_notAgainWhereItIsNamed() {
    ReviewBuilder review =
        respite()
            .keyConcept("Renewal", k -> k.definedAs(" ").phase("after").concerns("Carers"))
            .concept(
                "Feeling new",
                c -> c.secondOrder().voices("Carers").positive().phase("after").definedAs("New"))
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new")
            .relation("Respite", "restores", "Renewal")
            .grid(12, "Renewal");
    assertThat(problems(review))
        .containsExactly("key concept \"Renewal\": definition must not be blank");
  }

  @Test
  void keyConceptRejectedForAnAttributeSetTwice_isNotReportedAgainWhereItIsNamed() {
    ReviewBuilder review =
        respite()
            .keyConcept("Renewal", k -> k.phase("after").phase("during"))
            .concept("Feeling new", c -> {})
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new")
            .grid(12, "Renewal");
    assertThat(problems(review))
        .containsExactly(
            "key concept \"Renewal\": phase is set twice, first to \"after\" and then to"
                + " \"during\"");
  }

  @Test
  void rejectedTranslation_isReportedOnce_notAgainAsAnIncompleteTranslation() {
    ReviewBuilder review =
        respite()
            .keyConcept(
                "Renewal", k -> k.definedAs("Feeling new").phase("after").concerns("Carers"))
            .concept(
                "Feeling new",
                c -> c.secondOrder().voices("Carers").positive().phase("after").definedAs("New"))
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new", "Feeling new");
    assertThat(problems(review))
        .containsExactly(
            "translation into \"Renewal\": names concept \"Feeling new\" more than once");
  }

  @Test
  void rejectedSearch_doesNotAlsoUnbalanceTheExclusions() {
    ReviewBuilder review = respite().search("Stroke", 10, 20, 3, 1);
    assertThat(problems(review))
        .containsExactly(
            "search \"Stroke\": articles retrieved (20) must not exceed abstracts reviewed (10)");
  }

  @Test
  void rejectedStakeholderDeclaration_isReportedOnce() {
    ReviewBuilder review =
        MetaEthnography.review("Respite care")
            .stakeholders("Carers", " ")
            .phases("during")
            .paper(1, p -> complete(p).perspective("Carers"))
            .paper(2, p -> complete(p).perspective("Nurses"))
            .keyConcept("Relief", k -> k.definedAs("Ease").phase("during").concerns("Carers"))
            .concept("Ease", c -> c.voices("Carers"))
            .translate("Relief", TranslationKind.RECIPROCAL, "Ease");
    assertThat(problems(review))
        .containsExactly("declaration of stakeholders: stakeholder name must not be blank");
  }

  @Test
  void paperWithSeveralProblems_reportsThemAll() {
    ReviewBuilder review =
        respite()
            .paper(
                3,
                p ->
                    p.by("Moe T")
                        .year(20)
                        .titled("")
                        .in("J Adv Nurs")
                        .condition(" ")
                        .format("group")
                        .intervention("")
                        .perspective("Carers"));
    assertThat(problems(review))
        .containsExactly(
            "paper [3]: condition name must not be blank",
            "paper [3]: year (20) must have four digits",
            "paper [3]: title must not be blank",
            "paper [3]: intervention must not be blank");
  }

  @Test
  void perspectives_keepTheOrderGiven_forTablesToWriteInDeclaredOrder() {
    // The builder stores what it is given; the tables, not the builder, put stakeholders in the
    // declared order (Carers, Staff).
    Review review = respite().paper(30, p -> complete(p).perspective("Staff", "Carers")).build();
    assertThat(review.paper(30).orElseThrow().perspective().orElseThrow().stakeholders())
        .containsExactly(Stakeholder.of("Staff"), Stakeholder.of("Carers"));
  }

  @Test
  void keyConceptPhasesAndStakeholders_keepTheOrderGiven() {
    Review review =
        respite()
            .keyConcept("Renewal", k -> k.phase("after", "during").concerns("Staff", "Carers"))
            .concept("Feeling new", c -> {})
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new")
            .build();
    KeyConcept renewal = review.keyConcept("Renewal").orElseThrow();
    assertThat(renewal.phases()).containsExactly(Phase.of("after"), Phase.of("during"));
    assertThat(renewal.stakeholders())
        .containsExactly(Stakeholder.of("Staff"), Stakeholder.of("Carers"));
  }

  @Test
  void badCitations_arePlacedAtThePartThatGivesThem() {
    ReviewBuilder review =
        respite()
            .paper(0, p -> p.by("Moe T"))
            .paper(" ", p -> {})
            .found("Time for oneself", 0, e -> e.by("AO"));
    assertThat(problems(review))
        .containsExactlyInAnyOrder(
            "paper citing 0: reference number (0) must be at least 1",
            "paper citing \" \": citation name must not be blank",
            "extraction of concept \"Time for oneself\" citing 0: reference number (0) must be at"
                + " least 1");
  }

  @Test
  void badCitationHoldingAControlCharacter_showsItByItsCodePoint_whereItIsGiven() {
    // Every place shows a control character as <U+000D>, so that a message stays on one line.
    assertThat(problems(respite().grid("Sav\r2012", "Respite")))
        .containsExactly(
            "grid cell citing \"Sav<U+000D>2012\": citation name \"Sav<U+000D>2012\" must not"
                + " contain the control character U+000D");
  }

  @Test
  void identicalProblems_areReportedOnce() {
    // Two grid cells citing 0 make one problem twice, at one place; two ticks of an undefined key
    // concept are one duplicate and one unresolved reference.
    ReviewBuilder review =
        respite().grid(0, "Respite").grid(0, "Respite later").grid(15, "Rest").grid(15, "Rest");
    assertThat(problems(review))
        .containsExactly(
            "grid cell citing 0: reference number (0) must be at least 1",
            "grid cell [15] Rest: given 2 times; grid cells must be unique",
            "grid cell [15] Rest: names key concept \"Rest\", which the review does not define");
  }

  @Test
  void rejectedTranslation_doesNotHideAnUnrelatedUntranslatedConcept() {
    ReviewBuilder review =
        respite()
            .keyConcept("Renewal", k -> {})
            .concept("Feeling new", c -> {})
            .concept("Guilt", c -> {})
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new", "Feeling new");
    assertThat(problems(review))
        .containsExactly(
            "translation into \"Renewal\": names concept \"Feeling new\" more than once",
            "concept \"Guilt\": is neither translated into a key concept nor set aside; every raw"
                + " concept is one or the other");
  }

  @Test
  void rejectedSettingAside_doesNotAlsoReportItsConceptAsUntranslated() {
    ReviewBuilder review =
        respite().concept("Guilt", c -> {}).setAside("Guilt", " ").concept("Shame", c -> {});
    assertThat(problems(review))
        .containsExactly(
            "setting aside of concept \"Guilt\": reason must not be blank",
            "concept \"Shame\": is neither translated into a key concept nor set aside; every raw"
                + " concept is one or the other");
  }

  @Test
  void keyConceptWithADecomposedNameSetTwice_isReportedOnce_notAgainAtItsGridCell() {
    // "Cafe" + U+0301 is "Café" decomposed; every place normalises it to the composed form.
    ReviewBuilder review =
        respite()
            .keyConcept("Cafe\u0301", k -> k.phase("after").phase("during"))
            .concept("Coffee", c -> {})
            .translate("Caf\u00e9", TranslationKind.RECIPROCAL, "Coffee")
            .grid(12, "Cafe\u0301");
    assertThat(problems(review))
        .containsExactly(
            "key concept \"Caf\u00e9\": phase is set twice, first to \"after\" and then to"
                + " \"during\"");
  }

  @Test
  void etAl_givenTwice_isNoProblem() {
    Review review = respite().paper(3, p -> p.by("Moe T").etAl().etAl()).build();
    assertThat(review.paper(3).orElseThrow().etAl()).isTrue();
  }

  @Test
  void nameEndingInAnInvisibleFormatCharacter_isReportedAsWhitespace() {
    assertThat(problems(respite().concept("Guilt\u200B", c -> {})))
        .containsExactly(
            "concept \"Guilt\u200B\": concept name \"Guilt\u200B\" must not begin or end with"
                + " whitespace (U+200B)");
  }

  @Test
  void authorSurnameHoldingAControlCharacter_isReportedAtThePaper_withTheCharacterShown() {
    ReviewProblem problem = only(respite().paper(3, p -> p.by("Mo\re T")));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of(3)));
    assertThat(problem.rule()).isEqualTo(Rule.INVALID_VALUE);
    assertThat(problem.detail())
        .endsWith("author name \"Mo<U+000D>e\" must not contain the control character U+000D");
    // A message shows a control character by its code point, never the character itself.
    assertThat(problem.message()).doesNotContain("\r");
  }

  @Test
  void conditionsThatDifferOnlyInCase_areReportedAtTheLaterPaper() {
    ReviewProblem problem = only(respite().paper(3, p -> p.condition("Dementia")));
    assertThat(problem.message())
        .isEqualTo(
            "paper [3]: condition \"Dementia\" differs only in case from \"dementia\"; condition"
                + " names must differ by more than case");
    assertThat(problem.rule()).isEqualTo(Rule.CASE_VARIANT);
    assertThat(problem.value()).contains("Dementia");
  }

  @Test
  void exclusionsThatDoNotAddUp_toOnePaper_sayPaperInTheSingular() {
    ReviewBuilder review =
        MetaEthnography.review("Respite care")
            .search("Dementia", 800, 60, 9, 2)
            .exclusion("Thin data", 1);
    assertThat(problems(review))
        .containsExactly(
            "exclusion tallies add up to 1 paper, but the searches appraised 9 and included 2, so"
                + " 7 were excluded; the tallies must account for every excluded paper");
  }

  @Test
  void searchGivenTwice_isReported_withoutComparingTheExclusions() {
    // Counted twice, the searches would appraise 12 and include 3, against 7 tallied.
    ReviewBuilder review = respite().search("Dementia", 10, 5, 3, 1);
    assertThat(problems(review))
        .containsExactly("search \"Dementia\": given 2 times; search names must be unique");
  }

  @Test
  void countsThatOverflow_inAReviewWithOtherSources_nameThem() {
    ReviewBuilder review =
        MetaEthnography.review("Huge")
            .search("A", Integer.MAX_VALUE, 0, 0, 0)
            .search("B", Integer.MAX_VALUE, 0, 0, 0)
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.of(1));
    assertThat(problems(review))
        .containsExactly(
            "the searches, other sources and exclusions add up to 4294967294 records, more than"
                + " the largest count (2147483647)");
  }

  @Test
  void aPaperDescription_keptAndUsedAfterItEnded_isRefused() {
    PaperSpec[] kept = new PaperSpec[1];
    ReviewBuilder builder =
        MetaEthnography.review("Respite care").paper(1, p -> kept[0] = p.year(2001));
    assertThatThrownBy(() -> kept[0].titled("Later"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("paper [1] is already described; describe a paper inside its description");
    assertThat(builder.build().paper(1).orElseThrow().year()).hasValue(2001);
  }

  @Test
  void manyPlainlyFoundExtractions_interleavedWithDescribedOnes_keepTheirOrder() {
    ReviewBuilder builder =
        MetaEthnography.review("Respite care")
            .reviewers("AO")
            .paper(1, p -> {})
            .paper(2, p -> {})
            .concept("Time off", c -> {})
            .concept("Rest", c -> {})
            .keyConcept("Respite", k -> {})
            .translate("Respite", "Time off", "Rest");
    builder.found("Time off", 1).found("Rest", 1, e -> e.by("AO")).found("Time off", 2);
    builder.found("Rest", 2);
    assertThat(builder.build().extractions())
        .extracting(e -> e.concept() + " in " + e.paper() + " by " + e.reviewers())
        .containsExactly(
            "Time off in [1] by []",
            "Rest in [1] by [AO]",
            "Time off in [2] by []",
            "Rest in [2] by []");
  }
}

package org.metaethnography.model;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Null-hostility and value equality of every model type, checked with guava-testlib. */
final class ContractTest {
  private static final List<Class<?>> VALUE_TYPES =
      List.of(
          Stakeholder.class,
          Phase.class,
          Condition.class,
          InterventionFormat.class,
          ExclusionReason.class,
          Author.class,
          Perspective.class,
          Paper.class,
          Concept.class,
          KeyConcept.class,
          Translation.class,
          Incidence.class,
          StageCounts.class,
          Search.class,
          ExclusionTally.class,
          Review.class,
          InvalidReviewException.class,
          InvalidValueException.class,
          ReviewProblem.class,
          Reviewer.class,
          Evidence.class,
          Extraction.class,
          Extractions.class,
          SetAside.class,
          Relation.class,
          LineOfArgument.class,
          Citation.class,
          AuthorYear.class,
          Study.class,
          OtherSource.class,
          ReviewDraft.class,
          Theme.class,
          Interpretation.class,
          RelationKind.class,
          Score.class,
          Appraisal.class,
          Vote.class,
          Screening.class,
          AnswerScale.class,
          FormItem.class,
          AppraisalForm.class,
          AppraisalForms.class,
          CompletedForm.class,
          AppraisalRecord.class,
          SearchRecord.class);

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Stakeholder.class, Stakeholder.of("Carers"));
    tester.setDefault(ExclusionReason.class, ExclusionReason.of("Duplicate"));
    tester.setDefault(StageCounts.class, StageCounts.of(1, 1, 1, 1));
    tester.setDefault(String.class, "a");
    tester.setDefault(Citation.class, Citation.of(1));
    tester.setDefault(Reviewer.class, Reviewer.of("AO"));
    tester.setDefault(AnswerScale.class, AnswerScale.of("yes", "no"));
    tester.setDefault(AppraisalForm.class, AppraisalForms.lettsQualitative());
    tester.setDefault(ScreeningLevel.class, ScreeningLevel.FULL_TEXT);
    tester.setDefault(Decision.class, Decision.INCLUDE);
    tester.setDefault(Place.class, Place.review());
    tester.setDefault(
        ReviewProblem.class,
        ReviewProblem.of(Place.review(), ReviewProblem.Rule.DUPLICATE, "twice"));
    // A valid reference number and a valid list of names, so that a null is what each call is
    // refused for.
    tester.setDefault(int.class, 1);
    tester.setDefault(Iterable.class, List.of("a"));
    return tester;
  }

  static List<Class<?>> valueTypes() {
    return VALUE_TYPES;
  }

  static List<Class<?>> places() {
    return PLACES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void publicFactories_rejectNulls(Class<?> type) {
    tester().testAllPublicStaticMethods(type);
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(Fixtures.validReview().build());
    tester.testAllPublicInstanceMethods(StageCounts.of(3, 2, 1, 0));
    tester.testAllPublicInstanceMethods(Fixtures.paper(1, "Carers"));
    tester.testAllPublicInstanceMethods(Citation.of("Sav 2013"));
    tester.testAllPublicInstanceMethods(
        Fixtures.validReview().addThemes(Theme.of("Rest", "Respite")).build());
    tester.testAllPublicInstanceMethods(Score.of(8, 10));
    tester.testAllPublicInstanceMethods(Theme.of("Rest", "Respite"));
    tester.testAllPublicInstanceMethods(Fixtures.validReview().build().extractions());
    tester.testAllPublicInstanceMethods(Extractions.builder());
    tester.testAllPublicInstanceMethods(
        ReviewProblem.of(Place.review(), ReviewProblem.Rule.DUPLICATE, "given 2 times"));
    tester.testAllPublicInstanceMethods(AppraisalForms.lettsQualitative());
    tester.testAllPublicInstanceMethods(
        Screening.agreed(ScreeningLevel.FULL_TEXT, Decision.INCLUDE, Reviewer.of("AO")));
    tester.testAllPublicInstanceMethods(ProcessRecordsTest.appraised());
    tester.testAllPublicInstanceMethods(ProcessRecordsTest.appraised().appraisal().orElseThrow());
  }

  @Test
  void draft_rejectsNulls() {
    tester().testAllPublicInstanceMethods(ReviewDraft.titled("Respite care"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void places_rejectNulls(Class<?> place) {
    tester().testAllPublicConstructors(place);
  }

  private static final List<Class<?>> PLACES =
      List.of(
          Place.Term.class,
          Place.OfPaper.class,
          Place.OfStudy.class,
          Place.OfConcept.class,
          Place.OfKeyConcept.class,
          Place.OfTheme.class,
          Place.OfInterpretation.class,
          Place.OfNode.class,
          Place.TranslationOf.class,
          Place.OfExtraction.class,
          Place.OfTranslation.class,
          Place.OfSetAside.class,
          Place.Cell.class,
          Place.OfRelation.class,
          Place.Declaration.class,
          Place.OfSearch.class,
          Place.OfSource.class,
          Place.OfExclusion.class,
          Place.OfRecord.class,
          Place.OfForm.class,
          Place.Detached.class);

  @Test
  void places_areEqualByValue() {
    Citation three = Citation.of(3);
    new EqualsTester()
        .addEqualityGroup(Place.review(), Place.review(), Place.Whole.INSTANCE)
        .addEqualityGroup(
            new Place.Term(Place.Vocabulary.STAKEHOLDER, "Carers"),
            new Place.Term(Place.Vocabulary.STAKEHOLDER, "Carers"))
        .addEqualityGroup(new Place.Term(Place.Vocabulary.PHASE, "Carers"))
        .addEqualityGroup(new Place.OfPaper(three), new Place.OfPaper(Citation.of(3)))
        .addEqualityGroup(new Place.OfPaper(Citation.of("Sav 2013")))
        .addEqualityGroup(new Place.OfStudy("Guilt"))
        .addEqualityGroup(new Place.OfConcept("Guilt"), new Place.OfConcept("Guilt"))
        .addEqualityGroup(new Place.OfKeyConcept("Guilt"))
        .addEqualityGroup(new Place.OfTheme("Guilt"), new Place.OfTheme("Guilt"))
        .addEqualityGroup(new Place.OfInterpretation("Guilt"))
        .addEqualityGroup(new Place.OfNode("Guilt"), new Place.OfNode("Guilt"))
        .addEqualityGroup(new Place.TranslationOf("Guilt"))
        .addEqualityGroup(new Place.Term(Place.Vocabulary.RELATION_KIND, "Guilt"))
        .addEqualityGroup(new Place.Declaration(Place.Vocabulary.RELATION_KIND))
        .addEqualityGroup(new Place.OfExtraction("Guilt", three))
        .addEqualityGroup(new Place.OfTranslation("Guilt"))
        .addEqualityGroup(new Place.OfSetAside("Guilt"))
        .addEqualityGroup(new Place.Cell(three, "Guilt"), new Place.Cell(Citation.of(3), "Guilt"))
        .addEqualityGroup(new Place.OfRelation("a", "eases", "b"))
        .addEqualityGroup(new Place.Declaration(Place.Vocabulary.STAKEHOLDER))
        .addEqualityGroup(Place.Argument.INSTANCE)
        .addEqualityGroup(new Place.OfSearch("Guilt"))
        .addEqualityGroup(new Place.OfSource("Guilt"))
        .addEqualityGroup(new Place.OfExclusion("Guilt"))
        .addEqualityGroup(new Place.Detached("Guilt"))
        .addEqualityGroup(new Place.Detached(""))
        .testEquals();
  }

  @Test
  void problems_areEqualByTheirParts() {
    Place paper = new Place.OfPaper(Citation.of(3));
    new EqualsTester()
        .addEqualityGroup(
            ReviewProblem.of(paper, ReviewProblem.Rule.DUPLICATE, "given 2 times"),
            ReviewProblem.of(
                new Place.OfPaper(Citation.of(3)), ReviewProblem.Rule.DUPLICATE, "given 2 times"))
        .addEqualityGroup(
            ReviewProblem.of(Place.review(), ReviewProblem.Rule.DUPLICATE, "given 2 times"))
        .addEqualityGroup(ReviewProblem.of(paper, ReviewProblem.Rule.CASE_VARIANT, "given 2 times"))
        .addEqualityGroup(ReviewProblem.of(paper, ReviewProblem.Rule.DUPLICATE, "given 3 times"))
        .addEqualityGroup(ReviewProblem.invalid(paper, 19, "given 2 times"))
        .addEqualityGroup(
            ReviewProblem.of(paper, ReviewProblem.Rule.DUPLICATE, 19, "given 2 times"),
            ReviewProblem.of(paper, ReviewProblem.Rule.DUPLICATE, "19", "given 2 times"))
        .addEqualityGroup(
            ReviewProblem.unresolved(paper, new Place.OfConcept("Guilt"), "given 2 times"))
        .testEquals();
  }

  @Test
  void values_areEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Stakeholder.of("Carers"), Stakeholder.of("Carers"))
        .addEqualityGroup(Stakeholder.of("Staff"))
        .addEqualityGroup(Phase.of("Carers"))
        .addEqualityGroup(Author.of("Lind", "S"), Author.parse("Lind S"))
        .addEqualityGroup(
            Perspective.of(Stakeholder.of("Carers")),
            Perspective.of(List.of(Stakeholder.of("Carers"))))
        .addEqualityGroup(Perspective.undesignated("pairs"))
        .addEqualityGroup(Fixtures.paper(1, "Carers"), Fixtures.paper(1, "Carers"))
        .addEqualityGroup(Fixtures.paper(1, "Staff"))
        .addEqualityGroup(Fixtures.paper(2, "Carers"))
        .addEqualityGroup(
            Fixtures.keyConcept("Respite", "during", "Carers"),
            Fixtures.keyConcept("Respite", "during", "Carers"))
        .addEqualityGroup(Fixtures.keyConcept("Respite", "after", "Carers"))
        .addEqualityGroup(
            Fixtures.concept("Guilt", "during", "Carers"),
            Fixtures.concept("Guilt", "during", "Carers"))
        .addEqualityGroup(Fixtures.concept("Guilt", "after", "Carers"))
        .addEqualityGroup(
            Fixtures.extraction("Guilt", 1, "AO"), Fixtures.extraction("Guilt", 1, "AO"))
        .addEqualityGroup(Fixtures.extraction("Guilt", 1, "SL"))
        .addEqualityGroup(Evidence.of("mine", "5"), Evidence.of("mine", "5"))
        .addEqualityGroup(Evidence.of("mine"))
        .addEqualityGroup(SetAside.of("Guilt", "vague"), SetAside.of("Guilt", "vague"))
        .addEqualityGroup(Relation.of("a", "eases", "b"), Relation.of("a", "eases", "b"))
        .addEqualityGroup(Relation.of("b", "eases", "a"))
        .addEqualityGroup(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "a", "b"),
            Translation.of("Respite", TranslationKind.RECIPROCAL, List.of("a", "b")))
        .addEqualityGroup(Translation.of("Respite", TranslationKind.REFUTATIONAL, "a", "b"))
        .addEqualityGroup(Incidence.of(1, "Respite"), Incidence.of(1, "Respite"))
        .addEqualityGroup(Incidence.of(2, "Respite"))
        .addEqualityGroup(
            Incidence.of(Citation.of(1), "Respite", Stance.REFUTES),
            Incidence.of(Citation.of(1), "Respite", Stance.REFUTES))
        .addEqualityGroup(Incidence.of(Citation.of(1), "Respite", Stance.SUPPORTS))
        .addEqualityGroup(
            Translation.of("Respite", TranslationKind.RECIPROCAL, Citation.of(1), List.of("a")),
            Translation.of("Respite", TranslationKind.RECIPROCAL, Citation.of(1), List.of("a")))
        .addEqualityGroup(
            Translation.of("Respite", TranslationKind.RECIPROCAL, Citation.of(2), List.of("a")))
        .addEqualityGroup(
            Theme.of("Rest", "Respite", "Renewal"),
            Theme.builder().name("Rest").addKeyConcepts("Respite", "Renewal").build())
        .addEqualityGroup(Theme.of("Rest", "Renewal", "Respite"))
        .addEqualityGroup(
            Theme.builder()
                .name("Rest")
                .definition("d")
                .addKeyConcepts("Respite", "Renewal")
                .build())
        .addEqualityGroup(Interpretation.of("Rest", "x"), Interpretation.of("Rest", "x"))
        .addEqualityGroup(Interpretation.of("Rest", "y"))
        .addEqualityGroup(RelationKind.of("eases"), RelationKind.of("eases"))
        .addEqualityGroup(RelationKind.of("restores"))
        .addEqualityGroup(
            Score.of(8, 10),
            Score.range(
                new java.math.BigDecimal("8.0"),
                new java.math.BigDecimal("8"),
                java.util.Optional.of(new java.math.BigDecimal("10.00"))))
        .addEqualityGroup(
            Score.range(
                java.math.BigDecimal.valueOf(7),
                java.math.BigDecimal.valueOf(9),
                java.util.Optional.of(java.math.BigDecimal.TEN)))
        .addEqualityGroup(
            Appraisal.builder().tool("CASP").score(Score.of(8, 10)).build(),
            Appraisal.builder().tool("CASP").score(Score.of(8, 10)).build())
        .addEqualityGroup(Appraisal.builder().tool("CASP").build())
        .addEqualityGroup(
            Fixtures.paperBuilder(1, "Carers")
                .appraisal(Appraisal.builder().category("Key paper").build())
                .build())
        .addEqualityGroup(
            Fixtures.paperBuilder(1, "Carers").putAttributes("country", "Norway", "Sweden").build(),
            Fixtures.paperBuilder(1, "Carers").putAttributes("country", "Norway", "Sweden").build())
        .addEqualityGroup(
            Fixtures.paperBuilder(1, "Carers").putAttributes("country", "Sweden", "Norway").build())
        .addEqualityGroup(StageCounts.of(4, 3, 2, 1), StageCounts.of(4, 3, 2, 1))
        .addEqualityGroup(Search.of("Stroke", StageCounts.of(4, 3, 2, 1)))
        .addEqualityGroup(ExclusionTally.of(ExclusionReason.of("Duplicate"), 1))
        .addEqualityGroup(Citation.of(3), Citation.of(3))
        .addEqualityGroup(Citation.of("Sav 2013"), Citation.of("Sav 2013"))
        .addEqualityGroup(Citation.of("Sav 2012"))
        .addEqualityGroup(
            Study.of("Trial", Citation.of(1), Citation.of(2)),
            Study.of("Trial", List.of(Citation.of(1), Citation.of(2))))
        .addEqualityGroup(
            OtherSource.of("Experts", OptionalInt.of(3), OptionalInt.empty()),
            OtherSource.of("Experts", OptionalInt.of(3), OptionalInt.empty()))
        .addEqualityGroup(
            StageCounts.builder().abstractsReviewed(4).build(),
            StageCounts.builder().abstractsReviewed(4).build())
        .addEqualityGroup(Fixtures.validReview().build(), Fixtures.validReview().build())
        .addEqualityGroup(Fixtures.validReview().title("Another").build())
        .addEqualityGroup(
            Fixtures.validReview().addThemes(Theme.of("Rest", "Respite")).build(),
            Fixtures.validReview().addThemes(Theme.of("Rest", "Respite")).build())
        .testEquals();
  }
}

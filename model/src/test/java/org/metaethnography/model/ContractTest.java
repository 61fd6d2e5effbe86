package org.metaethnography.model;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

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
          Intervention.class,
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
          SetAside.class,
          Relation.class,
          LineOfArgument.class);

  @Test
  void publicFactoriesAndMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Stakeholder.class, Stakeholder.of("Carers"));
    tester.setDefault(ExclusionReason.class, ExclusionReason.of("Duplicate"));
    tester.setDefault(StageCounts.class, StageCounts.of(1, 1, 1, 1));
    tester.setDefault(String.class, "a");
    for (Class<?> type : VALUE_TYPES) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Fixtures.validReview().build());
    tester.testAllPublicInstanceMethods(StageCounts.of(3, 2, 1, 0));
    tester.testAllPublicInstanceMethods(Fixtures.paper(1, "Carers"));
  }

  @Test
  void values_areEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Stakeholder.of("Carers"), Stakeholder.of("Carers"))
        .addEqualityGroup(Stakeholder.of("Staff"))
        .addEqualityGroup(Phase.of("Carers"))
        .addEqualityGroup(Author.of("Lind", "S"), Author.parse("Lind S"))
        .addEqualityGroup(
            Perspective.of(Stakeholder.of("Carers")), Perspective.of(List.of(Stakeholder.of("Carers"))))
        .addEqualityGroup(Perspective.undesignated("pairs"))
        .addEqualityGroup(Fixtures.paper(1, "Carers"), Fixtures.paper(1, "Carers"))
        .addEqualityGroup(Fixtures.paper(1, "Staff"))
        .addEqualityGroup(Fixtures.paper(2, "Carers"))
        .addEqualityGroup(
            Fixtures.keyConcept("Respite", "during", "Carers"),
            Fixtures.keyConcept("Respite", "during", "Carers"))
        .addEqualityGroup(Fixtures.keyConcept("Respite", "after", "Carers"))
        .addEqualityGroup(
            Fixtures.concept("Guilt", "during", "Carers"), Fixtures.concept("Guilt", "during", "Carers"))
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
        .addEqualityGroup(StageCounts.of(4, 3, 2, 1), StageCounts.of(4, 3, 2, 1))
        .addEqualityGroup(Search.of("Stroke", StageCounts.of(4, 3, 2, 1)))
        .addEqualityGroup(ExclusionTally.of(ExclusionReason.of("Duplicate"), 1))
        .addEqualityGroup(Fixtures.validReview().build(), Fixtures.validReview().build())
        .addEqualityGroup(Fixtures.validReview().title("Another").build())
        .testEquals();
  }
}

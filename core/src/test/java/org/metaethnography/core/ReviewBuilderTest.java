package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Author;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Evidence;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Valence;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Intervention;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;

/** The fluent builder, on a small review of respite care for carers written for these tests. */
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
            k -> k.definedAs("Time away that restores the carer").phase("during").concerns("Carers"))
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
                    .intervention(
                        Intervention.builder()
                            .condition(Condition.of("dementia"))
                            .format(InterventionFormat.of("group"))
                            .description("Weekly day care")
                            .duration("12 weeks")
                            .build())
                    .perspective(Perspective.of(carers, Stakeholder.of("Staff")))
                    .putAttributes("country", "Norway")
                    .build(),
                Paper.builder()
                    .reference(15)
                    .addAuthors(Author.of("Aalto", "K"))
                    .year(2021)
                    .title("Pairs in respite")
                    .journal("Health Soc Care Community")
                    .intervention(
                        Intervention.builder()
                            .condition(Condition.of("dementia"))
                            .format(InterventionFormat.of("dyad"))
                            .description("Paired visits")
                            .build())
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
            .addExtractions(
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
                    .build())
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
  void missingAttributes_areReported_eachByName() {
    ReviewBuilder review = respite().paper(3, p -> p.by("Moe T"));
    assertThat(problems(review))
        .containsExactly(
            "paper [3]: condition is not set",
            "paper [3]: format is not set",
            "paper [3]: intervention is not set",
            "paper [3]: perspective is not set",
            "paper [3]: year is not set",
            "paper [3]: title is not set",
            "paper [3]: journal is not set");
  }

  @Test
  void stakeholdersDeclaredTwice_isReported() {
    assertThat(problems(respite().stakeholders("Nurses")))
        .containsExactly(
            "review: stakeholders is set twice, first to \"[Carers, Staff]\" and then to"
                + " \"[Nurses]\"");
  }

  @Test
  void keyConceptWithoutDefinition_isReported() {
    ReviewBuilder review = respite().keyConcept("Renewal", k -> k.phase("after").concerns("Carers"));
    assertThat(problems(review)).containsExactly("key concept \"Renewal\": definition is not set");
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
    assertThat(problems(review))
        .containsExactly(
            "concept \"Guilt\": stakeholder name must not be blank",
            "search \"Stroke\": articles appraised (30) must not exceed articles retrieved (20)",
            "exclusion reason \"Duplicate\": number of papers (-1) must not be negative",
            "grid cell [0] Respite: paper reference number (0) must be at least 1");
  }

  @Test
  void descriptionWithSeveralProblems_reportsThemAllInOneException() {
    ReviewBuilder review =
        respite()
            .paper(12, p -> complete(p).perspective("Carers"))
            .paper(20, p -> complete(p).perspective("Nurses"))
            .keyConcept("Renewal", k -> k.definedAs("Feeling new again").phase("later").concerns("Carers"))
            .grid(20, "Rest")
            .search("Stroke", 300, 20, 3, 5);
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e.review()).isEqualTo("Respite care");
    assertThat(e.messages())
        .containsExactly(
            "search \"Stroke\": articles included (5) must not exceed articles appraised (3)",
            "paper [12] is given 2 times; reference numbers must be unique",
            "paper [20] reports the perspective of stakeholder \"Nurses\", which the review does"
                + " not declare; declared stakeholders are [Carers, Staff]",
            "key concept \"Renewal\" belongs to phase \"later\", which the review does not"
                + " declare; declared phases are [during, after]",
            "grid cell [20] Rest names key concept \"Rest\", which the review does not define",
            "key concept \"Renewal\" has no concept translated into it; every key concept brings"
                + " together at least one raw concept");
    assertThat(e).hasMessageStartingWith("review \"Respite care\" has 6 problems:\n  - search");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(MetaEthnography.class);
    tester.testAllPublicInstanceMethods(respite());
    respite()
        .paper(1, tester::testAllPublicInstanceMethods)
        .keyConcept("k", tester::testAllPublicInstanceMethods)
        .concept("c", tester::testAllPublicInstanceMethods);
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

  private static List<String> problems(ReviewBuilder review) {
    assertThatThrownBy(review::build).isInstanceOf(InvalidReviewException.class);
    return catchThrowableOfType(InvalidReviewException.class, review::build).messages();
  }

  @Test
  void rejectedPaper_isReportedOnce_notAgainWhereItIsNamed() {
    ReviewBuilder review =
        respite()
            .paper(
                3,
                p ->
                    p.by("Moe T")
                        .year(2020)
                        .in("J Adv Nurs")
                        .condition("stroke")
                        .format("group")
                        .intervention("Support group")
                        .perspective("Carers"))
            .found("Time for oneself", 3, e -> e.by("AO"))
            .grid(3, "Respite");
    assertThat(problems(review)).containsExactly("paper [3]: title is not set");
  }

  @Test
  void rejectedKeyConcept_isReportedOnce_notAgainWhereItIsNamed() {
    ReviewBuilder review =
        respite()
            .keyConcept("Renewal", k -> k.phase("after").concerns("Carers"))
            .concept(
                "Feeling new",
                c -> c.secondOrder().voices("Carers").positive().phase("after").definedAs("New"))
            .translate("Renewal", TranslationKind.RECIPROCAL, "Feeling new")
            .relation("Respite", "restores", "Renewal")
            .grid(12, "Renewal");
    assertThat(problems(review)).containsExactly("key concept \"Renewal\": definition is not set");
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
            .keyConcept("Relief", k -> k.definedAs("Ease").phase("during").concerns("Carers"));
    assertThat(problems(review)).containsExactly("review: stakeholder name must not be blank");
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
            "paper [3]: intervention: description must not be blank",
            "paper [3]: year (20) must have four digits",
            "paper [3]: title must not be blank");
  }

  @Test
  void perspectives_takeTheDeclaredOrderOfStakeholders() {
    Review review =
        respite().paper(30, p -> complete(p).perspective("Staff", "Carers")).build();
    assertThat(review.paper(30).orElseThrow().perspective().label()).isEqualTo("Carers and staff");
  }
}

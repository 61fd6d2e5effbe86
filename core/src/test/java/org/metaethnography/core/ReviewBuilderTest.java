package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Author;
import org.metaethnography.model.Condition;
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
            c -> c.in(12).firstOrder().voices("Carers").definedAs("Hours that are the carer's own"))
        .concept(
            "Shared load",
            c -> c.in(15).secondOrder().voicesUndesignated("Pairs of carers").definedAs("Help given both ways"))
        .translate("Respite", TranslationKind.RECIPROCAL, "Time for oneself", "Shared load")
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
                    .build())
            .addConcepts(
                Concept.builder()
                    .name("Time for oneself")
                    .order(Order.FIRST)
                    .paper(12)
                    .perspective(Perspective.of(carers))
                    .definition("Hours that are the carer's own")
                    .build(),
                Concept.builder()
                    .name("Shared load")
                    .order(Order.SECOND)
                    .paper(15)
                    .perspective(Perspective.undesignated("Pairs of carers"))
                    .definition("Help given both ways")
                    .build())
            .addTranslations(
                Translation.of(
                    "Respite", TranslationKind.RECIPROCAL, "Time for oneself", "Shared load"))
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
            .concept("Guilt", c -> c.in(12).firstOrder().voices(" ").definedAs("Guilt at resting"));
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
            "grid cell [20] Rest names key concept \"Rest\", which the review does not define");
    assertThat(e).hasMessageStartingWith("review \"Respite care\" has 5 problems:\n  - search");
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
            .concept("Relief", c -> c.in(3).firstOrder().voices("Carers").definedAs("Ease"))
            .grid(3, "Respite");
    assertThat(problems(review)).containsExactly("paper [3]: title is not set");
  }

  @Test
  void rejectedKeyConcept_isReportedOnce_notAgainWhereItIsNamed() {
    ReviewBuilder review =
        respite()
            .keyConcept("Renewal", k -> k.phase("after").concerns("Carers"))
            .translate("Renewal", TranslationKind.RECIPROCAL, "Time for oneself")
            .grid(12, "Renewal");
    assertThat(problems(review)).containsExactly("key concept \"Renewal\": definition is not set");
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

package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Evidence;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Place;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.ReviewProblem.Rule;
import org.metaethnography.model.Score;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;

/**
 * The fluent builder's words for levels of interpretation (themes, interpretations, declared
 * relation kinds, index papers), stances and appraisals, on a small review of returning to work
 * with a fatigue illness written for these tests. Every expected message was worked out by hand
 * from the message rule: the place's description, ": ", then the detail.
 */
final class LevelsOfInterpretationTest {

  /**
   * Papers 1 (Ng; Workers; countries UK and Norway; CASP 9/10, key paper) and 2 (Kim; Managers; UK;
   * CASP 6-7/10, satisfactory, with a note); key concepts Pacing, Disclosure, Support; theme
   * "Managing energy" groups Pacing, theme "Being believed" groups Support then Disclosure; one
   * interpretation, "Legitimacy"; relation kinds "enables" and "explains".
   */
  private static ReviewBuilder work() {
    return MetaEthnography.review("Returning to work")
        .stakeholders("Workers", "Managers")
        .relationKinds("enables", "explains")
        .paper(
            1,
            p ->
                p.by("Ng L")
                    .perspective("Workers")
                    .attribute("country", "UK", "Norway")
                    .appraisal(a -> a.tool("CASP").score(9, 10).category("key paper")))
        .paper(
            2,
            p ->
                p.by("Kim H")
                    .perspective("Managers")
                    .attribute("country", "UK")
                    .appraisal(
                        a ->
                            a.tool("CASP")
                                .scoreBetween(6, 7, 10)
                                .category("satisfactory")
                                .note("Two appraisers differed")))
        .keyConcept("Pacing", k -> {})
        .keyConcept("Disclosure", k -> {})
        .keyConcept("Support", k -> {})
        .theme(
            "Managing energy",
            t -> t.definedAs("Spending scarce energy with care").groups("Pacing"))
        .theme("Being believed", t -> t.groups("Support", "Disclosure"))
        .interpretation("Legitimacy", "Work lasts once the illness is believed")
        .concept("Rationing", c -> {})
        .concept("Telling the boss", c -> {})
        .concept("Understanding colleagues", c -> {})
        .found("Rationing", 1, e -> e.partlySupports().quoting("I ration my day"))
        .found("Telling the boss", 2, e -> e.refutes())
        .found("Understanding colleagues", 2, e -> e.supports())
        .translate("Pacing", TranslationKind.RECIPROCAL, Citation.of(1), "Rationing")
        .translate("Disclosure", TranslationKind.REFUTATIONAL, "Telling the boss")
        .translate("Support", TranslationKind.RECIPROCAL, "Understanding colleagues")
        .relation("Being believed", "enables", "Pacing")
        .relation("Legitimacy", "explains", "Being believed")
        .grid(1, "Pacing")
        .grid(2, Stance.REFUTES, "Disclosure")
        .grid("Kim 2018", Stance.PARTLY_SUPPORTS, "Support")
        .paper("Kim 2018", p -> p.by("Kim H"));
  }

  @Test
  void build_givesTheReviewTheModelBuilderWouldGive() {
    Stakeholder workers = Stakeholder.of("Workers");
    Stakeholder managers = Stakeholder.of("Managers");
    Review expected =
        Review.builder()
            .title("Returning to work")
            .addStakeholders(workers, managers)
            .addRelationKinds(RelationKind.of("enables"), RelationKind.of("explains"))
            .addPapers(
                Paper.builder()
                    .reference(1)
                    .addAuthors(Author.of("Ng", "L"))
                    .perspective(Perspective.of(workers))
                    .putAllAttributes("country", List.of("UK", "Norway"))
                    .appraisal(
                        Appraisal.builder()
                            .tool("CASP")
                            .score(Score.of(9, 10))
                            .category("key paper")
                            .build())
                    .build(),
                Paper.builder()
                    .reference(2)
                    .addAuthors(Author.of("Kim", "H"))
                    .perspective(Perspective.of(managers))
                    .putAttributes("country", "UK")
                    .appraisal(
                        Appraisal.builder()
                            .tool("CASP")
                            .score(
                                Score.range(
                                    BigDecimal.valueOf(6),
                                    BigDecimal.valueOf(7),
                                    Optional.of(BigDecimal.TEN)))
                            .category("satisfactory")
                            .note("Two appraisers differed")
                            .build())
                    .build(),
                Paper.builder()
                    .citation(Citation.of("Kim 2018"))
                    .addAuthors(Author.of("Kim", "H"))
                    .build())
            .addKeyConcepts(
                KeyConcept.builder().name("Pacing").build(),
                KeyConcept.builder().name("Disclosure").build(),
                KeyConcept.builder().name("Support").build())
            .addThemes(
                Theme.builder()
                    .name("Managing energy")
                    .definition("Spending scarce energy with care")
                    .addKeyConcepts("Pacing")
                    .build(),
                Theme.of("Being believed", "Support", "Disclosure"))
            .addInterpretations(
                Interpretation.of("Legitimacy", "Work lasts once the illness is believed"))
            .addConcepts(
                Concept.builder().name("Rationing").build(),
                Concept.builder().name("Telling the boss").build(),
                Concept.builder().name("Understanding colleagues").build())
            .extractions(
                java.util.List.of(
                    Extraction.builder()
                        .concept("Rationing")
                        .paper(1)
                        .stance(Stance.PARTLY_SUPPORTS)
                        .evidence(Evidence.of("I ration my day"))
                        .build(),
                    Extraction.builder()
                        .concept("Telling the boss")
                        .paper(2)
                        .stance(Stance.REFUTES)
                        .build(),
                    Extraction.builder()
                        .concept("Understanding colleagues")
                        .paper(2)
                        .stance(Stance.SUPPORTS)
                        .build()))
            .addTranslations(
                Translation.of(
                    "Pacing", TranslationKind.RECIPROCAL, Citation.of(1), List.of("Rationing")),
                Translation.of("Disclosure", TranslationKind.REFUTATIONAL, "Telling the boss"),
                Translation.of("Support", TranslationKind.RECIPROCAL, "Understanding colleagues"))
            .lineOfArgument(
                LineOfArgument.builder()
                    .addRelations(
                        Relation.of("Being believed", "enables", "Pacing"),
                        Relation.of("Legitimacy", "explains", "Being believed"))
                    .build())
            .addIncidences(
                Incidence.of(Citation.of(1), "Pacing"),
                Incidence.of(Citation.of(2), "Disclosure", Stance.REFUTES),
                Incidence.of(Citation.of("Kim 2018"), "Support", Stance.PARTLY_SUPPORTS))
            .build();
    Review review = work().build();
    assertThat(review).isEqualTo(expected);
    assertThat(review.paper(1).orElseThrow().attribute("country")).containsExactly("UK", "Norway");
    assertThat(review.paper(2).orElseThrow().appraisal().orElseThrow().score().orElseThrow())
        .hasToString("6-7/10");
    assertThat(review.translations().get(0).indexPaper()).contains(Citation.of(1));
    assertThat(review.themeOf(review.keyConcept("Disclosure").orElseThrow()))
        .contains(review.themes().get(1));
  }

  @Test
  void relationOfAnUndeclaredKind_isReported_namingTheDeclaredKinds() {
    ReviewProblem problem = only(work().relation("Pacing", "eases", "Support"));
    assertThat(problem.message())
        .isEqualTo(
            "relation Pacing --eases--> Support: is of relation kind \"eases\", which the review"
                + " does not declare; declared relation kinds are [enables, explains]");
    assertThat(problem.place()).isEqualTo(new Place.OfRelation("Pacing", "eases", "Support"));
    assertThat(problem.rule()).isEqualTo(Rule.UNRESOLVED_REFERENCE);
    assertThat(problem.reference())
        .contains(new Place.Term(Place.Vocabulary.RELATION_KIND, "eases"));
  }

  @Test
  void relationInAReviewDeclaringNoKinds_isReported() {
    ReviewBuilder review =
        MetaEthnography.review("Returning to work")
            .keyConcept("Pacing", k -> {})
            .keyConcept("Support", k -> {})
            .relation("Support", "enables", "Pacing");
    assertThat(problems(review))
        .containsExactly(
            "relation Support --enables--> Pacing: is of relation kind \"enables\", which the"
                + " review does not declare; declared relation kinds are []");
  }

  @Test
  void relationEndNamingNoNode_isReported_withItsReference() {
    ReviewProblem problem = only(work().relation("Legitimacy", "explains", "Stigma"));
    assertThat(problem.message())
        .isEqualTo(
            "relation Legitimacy --explains--> Stigma: names \"Stigma\", which is no key concept,"
                + " theme or interpretation of the review");
    assertThat(problem.reference()).contains(new Place.OfNode("Stigma"));
    assertThat(problem.rule()).isEqualTo(Rule.UNRESOLVED_REFERENCE);
  }

  @Test
  void relationKindsDeclaredTwice_isReported_andTheSecondKindsAreNotReportedAgain() {
    ReviewBuilder review = work().relationKinds("eases").relation("Pacing", "eases", "Support");
    assertThat(problems(review))
        .containsExactly(
            "declaration of relation kinds: relation kinds are declared twice; the second time"
                + " as [eases]");
  }

  @Test
  void relationKindsThatRepeatOrDifferOnlyInCase_areReported() {
    ReviewBuilder review =
        MetaEthnography.review("Returning to work").relationKinds("enables", "Enables", "enables");
    assertThat(problems(review))
        .containsExactly(
            "relation kind \"enables\": given 2 times; relation kind names must be unique",
            "relation kind \"Enables\": differs only in case from \"enables\"; relation kind names"
                + " must differ by more than case");
  }

  @Test
  void themeOrInterpretationNamedLikeAnotherNode_isReportedAtTheLaterOne() {
    ReviewBuilder review =
        work()
            .theme("Pacing", t -> t.groups("Support"))
            .interpretation("Being believed", "Belief comes first");
    assertThat(problems(review))
        .containsExactly(
            "theme \"Pacing\": has the name of a key concept; key concepts, themes and"
                + " interpretations must have distinct names, since relations name them",
            "interpretation \"Being believed\": has the name of a theme; key concepts, themes and"
                + " interpretations must have distinct names, since relations name them",
            "theme \"Pacing\": groups key concept \"Support\", which theme \"Being believed\""
                + " already groups; a key concept belongs to at most one theme");
  }

  @Test
  void keyConceptInTwoThemes_isReportedAtTheLaterTheme() {
    ReviewProblem problem = only(work().theme("Coping", t -> t.groups("Disclosure")));
    assertThat(problem.message())
        .isEqualTo(
            "theme \"Coping\": groups key concept \"Disclosure\", which theme \"Being believed\""
                + " already groups; a key concept belongs to at most one theme");
    assertThat(problem.rule()).isEqualTo(Rule.DUPLICATE);
    assertThat(problem.place()).isEqualTo(new Place.OfTheme("Coping"));
  }

  @Test
  void themeGroupingAnUndefinedKeyConcept_isReported() {
    assertThat(problems(work().theme("Coping", t -> t.groups("Stigma"))))
        .containsExactly(
            "theme \"Coping\": names key concept \"Stigma\", which the review does not define");
  }

  @Test
  void themeGroupingNothing_isReported_andRelationsToItAreNotReportedAgain() {
    ReviewBuilder review =
        work()
            .theme("Coping", t -> t.definedAs("Getting by"))
            .relation("Coping", "enables", "Pacing");
    assertThat(problems(review))
        .containsExactly("theme \"Coping\": must group at least one key concept");
  }

  @Test
  void themeDefinedTwice_isReported_namingBothDefinitions_andTheThemeIsLeftOut() {
    // Left out, the theme does not also make Disclosure a key concept of two themes.
    ReviewProblem problem =
        only(
            work()
                .theme(
                    "Coping",
                    t -> t.definedAs("Getting by").definedAs("Managing").groups("Disclosure")));
    assertThat(problem.message())
        .isEqualTo(
            "theme \"Coping\": definition is set twice, first to \"Getting by\" and then to"
                + " \"Managing\"");
    assertThat(problem.value()).contains("Managing");
  }

  @Test
  void themesThatDifferOnlyInCase_areReported() {
    assertThat(problems(work().theme("being believed", t -> t.groups("Pacing"))))
        .containsExactly(
            "theme \"being believed\": differs only in case from \"Being believed\"; theme names"
                + " must differ by more than case",
            "theme \"being believed\": groups key concept \"Pacing\", which theme \"Managing"
                + " energy\" already groups; a key concept belongs to at most one theme");
  }

  @Test
  void interpretationWithABlankStatement_isReported_andRelationsToItAreNotReportedAgain() {
    ReviewBuilder review =
        work().interpretation("Stigma", " ").relation("Stigma", "explains", "Support");
    assertThat(problems(review))
        .containsExactly("interpretation \"Stigma\": statement must not be blank");
  }

  @Test
  void indexPaperThatIsNotIncluded_isReportedAtTheTranslation() {
    ReviewBuilder review =
        work()
            .keyConcept("Stigma", k -> {})
            .concept("Being doubted", c -> {})
            .translate("Stigma", TranslationKind.RECIPROCAL, Citation.of(9), "Being doubted");
    ReviewProblem problem = only(review);
    assertThat(problem.message())
        .isEqualTo(
            "translation into \"Stigma\": names paper [9], which is not among the included papers");
    assertThat(problem.reference()).contains(new Place.OfPaper(Citation.of(9)));
  }

  @Test
  void indexPaperThatContributesNothing_isReported_butNotWhereItsExtractionWasRejected() {
    // "Being doubted" is found in paper 2 only; the translation names paper 1 as its index paper.
    ReviewBuilder review =
        work()
            .keyConcept("Stigma", k -> {})
            .concept("Being doubted", c -> {})
            .found("Being doubted", 2)
            .translate("Stigma", TranslationKind.RECIPROCAL, Citation.of(1), "Being doubted");
    assertThat(problems(review))
        .containsExactly(
            "translation into \"Stigma\": names paper [1] as its index paper, but none of its"
                + " raw concepts (\"Being doubted\") is found in that paper; the index paper is"
                + " the study whose concepts the others are translated into");
    // Paper 1's own extraction of "Being doubted" is rejected (its stance is set twice): that
    // problem is reported, and the index paper's lack of a concept, which follows from it, is not.
    ReviewBuilder rejected =
        work()
            .keyConcept("Stigma", k -> {})
            .concept("Being doubted", c -> {})
            .found("Being doubted", 2)
            .found("Being doubted", 1, e -> e.supports().refutes())
            .translate("Stigma", TranslationKind.RECIPROCAL, Citation.of(1), "Being doubted");
    assertThat(problems(rejected)).hasSize(1).allMatch(m -> m.contains("stance is set twice"));
    // An extraction rejected from another paper (Rationing in 2) hides nothing: paper 1 still
    // contributes no raw concept of Stigma.
    ReviewBuilder unrelated =
        work()
            .keyConcept("Stigma", k -> {})
            .concept("Being doubted", c -> {})
            .found("Being doubted", 2)
            .found("Rationing", 2, e -> e.supports().refutes())
            .translate("Stigma", Citation.of(1), "Being doubted");
    assertThat(problems(unrelated))
        .containsExactly(
            "extraction of concept \"Rationing\" from paper [2]: stance is set twice, first to"
                + " \"supports\" and then to \"refutes\"",
            "translation into \"Stigma\": names paper [1] as its index paper, but none of its"
                + " raw concepts (\"Being doubted\") is found in that paper; the index paper is"
                + " the study whose concepts the others are translated into");
  }

  @Test
  void stanceOnAConceptSetAside_isReportedAtTheExtraction() {
    ReviewBuilder review =
        work()
            .concept("Small talk", c -> {})
            .setAside("Small talk", "Descriptive only")
            .found("Small talk", 2, e -> e.partlySupports());
    assertThat(problems(review))
        .containsExactly(
            "extraction of concept \"Small talk\" from paper [2]: records a stance (partly"
                + " supports), but concept \"Small talk\" is set aside, so there is no key concept"
                + " for the paper to support or refute");
  }

  @Test
  void stanceSetTwice_isReported_namingBothStances() {
    ReviewBuilder review = work().found("Understanding colleagues", 1, e -> e.supports().refutes());
    assertThat(problems(review))
        .containsExactly(
            "extraction of concept \"Understanding colleagues\" from paper [1]: stance is set"
                + " twice, first to \"supports\" and then to \"refutes\"");
  }

  @Test
  void gridCellWithAStance_citingNoPaper_isReportedWhereTheCitationIsGiven() {
    assertThat(problems(work().grid(0, Stance.REFUTES, "Pacing")))
        .containsExactly("grid cell citing 0: reference number (0) must be at least 1");
  }

  @Test
  void gridCellTickedTwice_evenWithTwoStances_isReported() {
    assertThat(problems(work().grid(1, Stance.REFUTES, "Pacing")))
        .containsExactly("grid cell [1] Pacing: given 2 times; grid cells must be unique");
  }

  @Test
  void attributeWithSeveralValues_setTwice_isReported_namingBothValues() {
    ReviewProblem problem =
        only(
            work()
                .paper(
                    3, p -> p.attribute("country", "UK", "Norway").attribute("country", "Sweden")));
    assertThat(problem.message())
        .isEqualTo(
            "paper [3]: attribute \"country\" is set twice, first to \"UK, Norway\" and then to"
                + " \"Sweden\"");
    assertThat(problem.value()).contains("Sweden");
  }

  @Test
  void attributeGivenNoValue_isReported() {
    assertThat(problems(work().paper(3, p -> p.attribute("country"))))
        .containsExactly("paper [3]: attribute \"country\" is given no value");
  }

  @Test
  void attributeWithABlankValueOrABadName_isReported() {
    ReviewBuilder review =
        work()
            .paper(3, p -> p.attribute("country", "UK", " "))
            .paper(4, p -> p.attribute("country\u200B", "UK"));
    assertThat(problems(review))
        .containsExactlyInAnyOrder(
            "paper [3]: attribute \"country\" must not be blank",
            "paper [4]: attribute name \"country\u200B\" must not begin or end with whitespace"
                + " (U+200B)");
  }

  @Test
  void appraisal_mayTakeADecimalScoreWithoutMaximum_asAModelScore() {
    Score decimal = Score.range(new BigDecimal("7.5"), new BigDecimal("7.50"), Optional.empty());
    Review review = work().paper(3, p -> p.by("Berg A").appraisal(a -> a.score(decimal))).build();
    Appraisal appraisal = review.paper(3).orElseThrow().appraisal().orElseThrow();
    assertThat(appraisal.score()).contains(decimal);
    assertThat(appraisal.score().orElseThrow()).hasToString("7.5");
    // Given twice, in either form, the score is a problem that names both.
    assertThat(problems(work().paper(3, p -> p.appraisal(a -> a.score(8, 10).score(decimal)))))
        .containsExactly(
            "paper [3]: appraisal score is set twice, first to \"8/10\" and then to \"7.5\"");
  }

  @Test
  void appraisalWithAScoreAboveItsMaximum_isReportedAtThePaper_withItsOtherProblems() {
    // Describing the paper throws nothing: the bad score is recorded and reported with the rest.
    ReviewBuilder review = work();
    assertThatCode(
            () ->
                review.paper(
                    3,
                    p ->
                        p.by("Berg A")
                            .year(20)
                            .titled(" ")
                            .appraisal(a -> a.tool("CASP").score(12, 10).category("key paper"))))
        .doesNotThrowAnyException();
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e.messages())
        .containsExactlyInAnyOrder(
            "paper [3]: appraisal score (12) must not exceed its maximum (10)",
            "paper [3]: year (20) must have four digits",
            "paper [3]: title must not be blank");
    assertThat(e.problems())
        .filteredOn(p -> p.value().equals(Optional.of("12")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.place()).isEqualTo(new Place.OfPaper(Citation.of(3)));
              assertThat(p.rule()).isEqualTo(Rule.INVALID_VALUE);
            });
  }

  @Test
  void appraisalWithARangeEndingBelowItsStart_orReportingNothing_isReported() {
    ReviewBuilder review =
        work()
            .paper(3, p -> p.appraisal(a -> a.scoreBetween(7, 6, 10)))
            .paper(4, p -> p.appraisal(a -> {}))
            .paper(5, p -> p.appraisal(a -> a.tool(" ")));
    assertThat(problems(review))
        .containsExactlyInAnyOrder(
            "paper [3]: appraisal score range 7-6 must not end below its start",
            "paper [4]: appraisal: must report at least a tool, a score, a category or a note",
            "paper [5]: appraisal: tool must not be blank");
  }

  @Test
  void rejectedAppraisal_leavesThePaperOut_andTheGridCellNamingItIsNotReportedAgain() {
    ReviewBuilder review =
        work().paper(3, p -> p.appraisal(a -> a.score(12, 10))).grid(3, "Pacing");
    assertThat(problems(review))
        .containsExactly("paper [3]: appraisal score (12) must not exceed its maximum (10)");
  }

  @Test
  void appraisalToolSetTwice_isReportedAtThePaper_withTheSecondValue() {
    // Setting something twice is a problem that names both values (STYLE.md, habit 4), as for
    // every other attribute the builder collects.
    ReviewProblem problem =
        only(work().paper(3, p -> p.appraisal(a -> a.tool("CASP").tool("JBI"))));
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(Citation.of(3)));
    assertThat(problem.rule()).isEqualTo(Rule.INCOMPLETE_DESCRIPTION);
    assertThat(problem.value()).contains("JBI");
    assertThat(problem.detail()).contains("\"CASP\"").contains("\"JBI\"");
  }

  /** The messages of the problems that building {@code review} reports. */
  private static List<String> problems(ReviewBuilder review) {
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e).as("building should fail").isNotNull();
    return e.messages();
  }

  /** The one problem that building {@code review} reports. */
  private static ReviewProblem only(ReviewBuilder review) {
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e).as("building should fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }
}

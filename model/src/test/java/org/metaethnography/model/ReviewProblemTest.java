package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Problems as values: a typed place, a rule, a detail, the offending value and the place an
 * unresolved reference names; the message made from them; and how every place describes itself.
 */
final class ReviewProblemTest {
  private static final Citation THREE = Citation.of(3);
  private static final Citation SAV = Citation.of("Sav 2013");

  @Test
  void places_describeThemselves() {
    assertThat(Place.review().describe()).isEqualTo("review");
    assertThat(new Place.Term(Place.Vocabulary.STAKEHOLDER, "Carers").describe())
        .isEqualTo("stakeholder \"Carers\"");
    assertThat(new Place.Term(Place.Vocabulary.PHASE, "during").describe())
        .isEqualTo("phase \"during\"");
    assertThat(new Place.Term(Place.Vocabulary.REVIEWER, "AO").describe())
        .isEqualTo("reviewer \"AO\"");
    assertThat(new Place.Term(Place.Vocabulary.CONDITION, "Dementia").describe())
        .isEqualTo("condition \"Dementia\"");
    assertThat(new Place.Term(Place.Vocabulary.FORMAT, "group").describe())
        .isEqualTo("format \"group\"");
    assertThat(new Place.Term(Place.Vocabulary.EXCLUSION_REASON, "Thin data").describe())
        .isEqualTo("exclusion reason \"Thin data\"");
    assertThat(new Place.Declaration(Place.Vocabulary.STAKEHOLDER).describe())
        .isEqualTo("declaration of stakeholders");
    assertThat(new Place.Declaration(Place.Vocabulary.PHASE).describe())
        .isEqualTo("declaration of phases");
    assertThat(new Place.OfPaper(Citation.of(34)).describe()).isEqualTo("paper [34]");
    assertThat(new Place.OfPaper(SAV).describe()).isEqualTo("paper \"Sav 2013\"");
    assertThat(new Place.OfStudy("Trial").describe()).isEqualTo("study \"Trial\"");
    assertThat(new Place.OfConcept("Guilt").describe()).isEqualTo("concept \"Guilt\"");
    assertThat(new Place.OfKeyConcept("Respite").describe()).isEqualTo("key concept \"Respite\"");
    assertThat(new Place.OfExtraction("Guilt", THREE).describe())
        .isEqualTo("extraction of concept \"Guilt\" from paper [3]");
    assertThat(new Place.OfExtraction("Guilt", SAV).describe())
        .isEqualTo("extraction of concept \"Guilt\" from paper \"Sav 2013\"");
    assertThat(new Place.OfTranslation("Respite").describe())
        .isEqualTo("translation into \"Respite\"");
    assertThat(new Place.OfSetAside("Guilt").describe())
        .isEqualTo("setting aside of concept \"Guilt\"");
    assertThat(new Place.Cell(THREE, "Respite").describe()).isEqualTo("grid cell [3] Respite");
    assertThat(new Place.Cell(SAV, "Respite").describe()).isEqualTo("grid cell \"Sav 2013\" Respite");
    assertThat(new Place.OfRelation("Respite", "restores", "Renewal").describe())
        .isEqualTo("relation Respite --restores--> Renewal");
    assertThat(Place.Argument.INSTANCE.describe()).isEqualTo("line of argument");
    assertThat(new Place.OfSearch("Dementia").describe()).isEqualTo("search \"Dementia\"");
    assertThat(new Place.OfSource("Experts").describe()).isEqualTo("source \"Experts\"");
    assertThat(new Place.OfExclusion("Thin data").describe())
        .isEqualTo("exclusion reason \"Thin data\"");
    assertThat(new Place.Term(Place.Vocabulary.RELATION_KIND, "restores").describe())
        .isEqualTo("relation kind \"restores\"");
    assertThat(new Place.Declaration(Place.Vocabulary.RELATION_KIND).describe())
        .isEqualTo("declaration of relation kinds");
    assertThat(new Place.OfTheme("Carers' rest").describe()).isEqualTo("theme \"Carers' rest\"");
    assertThat(new Place.OfInterpretation("Rest renews").describe())
        .isEqualTo("interpretation \"Rest renews\"");
    assertThat(new Place.OfNode("Dread").describe()).isEqualTo("\"Dread\"");
    assertThat(new Place.TranslationOf("Guilt").describe())
        .isEqualTo("translation of concept \"Guilt\"");
    assertThat(new Place.Detached("perspective").describe()).isEqualTo("perspective");
    assertThat(new Place.Detached("").describe()).isEmpty();
  }

  @Test
  void vocabularies_nameTheirTerms() {
    assertThat(Place.Vocabulary.STAKEHOLDER.word()).isEqualTo("stakeholder");
    assertThat(Place.Vocabulary.PHASE.word()).isEqualTo("phase");
    assertThat(Place.Vocabulary.REVIEWER.word()).isEqualTo("reviewer");
    assertThat(Place.Vocabulary.CONDITION.word()).isEqualTo("condition");
    assertThat(Place.Vocabulary.FORMAT.word()).isEqualTo("format");
    assertThat(Place.Vocabulary.EXCLUSION_REASON.word()).isEqualTo("exclusion reason");
    assertThat(Place.Vocabulary.RELATION_KIND.word()).isEqualTo("relation kind");
  }

  @Test
  void newPlaces_showControlCharactersAsCodePoints() {
    assertThat(new Place.OfTheme("Lo\rss").describe()).isEqualTo("theme \"Lo<U+000D>ss\"");
    assertThat(new Place.OfInterpretation("Lo\rss").describe())
        .isEqualTo("interpretation \"Lo<U+000D>ss\"");
    assertThat(new Place.OfNode("Lo\rss").describe()).isEqualTo("\"Lo<U+000D>ss\"");
    assertThat(new Place.TranslationOf("Lo\rss").describe())
        .isEqualTo("translation of concept \"Lo<U+000D>ss\"");
  }

  @Test
  void ofWithValue_carriesTheValue_andNoReference() {
    ReviewProblem problem =
        ReviewProblem.of(
            new Place.OfPaper(THREE),
            ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
            2020,
            "year is set twice, first to \"2019\" and then to \"2020\"");
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(THREE));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.INCOMPLETE_DESCRIPTION);
    assertThat(problem.value()).contains("2020");
    assertThat(problem.reference()).isEmpty();
    assertThat(problem.message())
        .isEqualTo("paper [3]: year is set twice, first to \"2019\" and then to \"2020\"");
    assertThat(problem)
        .isNotEqualTo(
            ReviewProblem.of(
                new Place.OfPaper(THREE),
                ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
                "year is set twice, first to \"2019\" and then to \"2020\""));
  }

  @Test
  void unresolved_ofANode_carriesItsName() {
    ReviewProblem problem =
        ReviewProblem.unresolved(
            new Place.OfRelation("Respite", "restores", "Dread"),
            new Place.OfNode("Dread"),
            "names \"Dread\", which is no key concept, theme or interpretation of the review");
    assertThat(problem.reference()).contains(new Place.OfNode("Dread"));
    assertThat(problem.value()).contains("\"Dread\"");
    assertThat(problem.message())
        .isEqualTo(
            "relation Respite --restores--> Dread: names \"Dread\", which is no key concept, theme"
                + " or interpretation of the review");
  }

  @Test
  void message_isThePlaceThenTheDetail() {
    ReviewProblem problem =
        ReviewProblem.of(new Place.OfConcept("Guilt"), ReviewProblem.Rule.DUPLICATE, "given 2 times");
    assertThat(problem.message()).isEqualTo("concept \"Guilt\": given 2 times");
    assertThat(problem).hasToString("concept \"Guilt\": given 2 times");
  }

  @Test
  void message_ofTheReview_isTheDetailAlone() {
    ReviewProblem problem =
        ReviewProblem.of(Place.review(), ReviewProblem.Rule.COUNT_OVERFLOW, "too many records");
    assertThat(problem.message()).isEqualTo("too many records");
  }

  @Test
  void message_ofAnUndescribedDetachedValue_isTheDetailAlone() {
    ReviewProblem problem =
        ReviewProblem.invalid(new Place.Detached(""), "", "stakeholder name must not be blank");
    assertThat(problem.message()).isEqualTo("stakeholder name must not be blank");
  }

  @Test
  void message_ofADescribedDetachedValue_namesTheValue() {
    ReviewProblem problem =
        ReviewProblem.invalid(new Place.Detached("evidence"), " ", "quotation must not be blank");
    assertThat(problem.message()).isEqualTo("evidence: quotation must not be blank");
  }

  @Test
  void of_hasNoValueAndNoReference() {
    ReviewProblem problem =
        ReviewProblem.of(new Place.OfPaper(THREE), ReviewProblem.Rule.DUPLICATE, "given 2 times");
    assertThat(problem.place()).isEqualTo(new Place.OfPaper(THREE));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.DUPLICATE);
    assertThat(problem.detail()).isEqualTo("given 2 times");
    assertThat(problem.value()).isEmpty();
    assertThat(problem.reference()).isEmpty();
  }

  @Test
  void invalid_carriesTheOffendingValueAsText() {
    ReviewProblem problem =
        ReviewProblem.invalid(new Place.OfPaper(THREE), 19, "year (19) must have four digits");
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.INVALID_VALUE);
    assertThat(problem.value()).contains("19");
    assertThat(problem.reference()).isEmpty();
    assertThat(problem.message()).isEqualTo("paper [3]: year (19) must have four digits");
  }

  @Test
  void unresolved_carriesThePlaceItNames() {
    Place named = new Place.OfKeyConcept("Rest");
    ReviewProblem problem =
        ReviewProblem.unresolved(
            new Place.Cell(THREE, "Rest"),
            named,
            "names key concept \"Rest\", which the review does not define");
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.UNRESOLVED_REFERENCE);
    assertThat(problem.reference()).contains(named);
    assertThat(problem.value()).contains("key concept \"Rest\"");
    assertThat(problem.message())
        .isEqualTo("grid cell [3] Rest: names key concept \"Rest\", which the review does not define");
  }

  @Test
  void placedAt_movesTheProblem_keepingItsOtherParts() {
    ReviewProblem own =
        ReviewProblem.invalid(new Place.OfConcept("Guilt"), " ", "definition must not be blank");
    Place elsewhere = new Place.OfKeyConcept("Respite");
    ReviewProblem moved = own.placedAt(elsewhere);
    assertThat(moved.place()).isEqualTo(elsewhere);
    assertThat(moved.rule()).isEqualTo(ReviewProblem.Rule.INVALID_VALUE);
    assertThat(moved.value()).contains(" ");
    assertThat(moved.detail()).isEqualTo("definition must not be blank");
    assertThat(moved.message()).isEqualTo("key concept \"Respite\": definition must not be blank");
  }

  @Test
  void placedAt_ofADescribedDetachedValue_keepsWhatItIsInTheDetail() {
    ReviewProblem detached =
        ReviewProblem.invalid(
            new Place.Detached("perspective"), "[]", "must name at least one stakeholder");
    ReviewProblem placed = detached.placedAt(new Place.OfPaper(THREE));
    assertThat(placed.detail()).isEqualTo("perspective: must name at least one stakeholder");
    assertThat(placed.message())
        .isEqualTo("paper [3]: perspective: must name at least one stakeholder");
    assertThat(placed.value()).contains("[]");
  }

  @Test
  void placedAt_ofAnUndescribedDetachedValue_keepsTheDetail() {
    ReviewProblem detached =
        ReviewProblem.invalid(new Place.Detached(""), "", "stakeholder name must not be blank");
    ReviewProblem placed = detached.placedAt(new Place.Declaration(Place.Vocabulary.STAKEHOLDER));
    assertThat(placed.detail()).isEqualTo("stakeholder name must not be blank");
    assertThat(placed.message())
        .isEqualTo("declaration of stakeholders: stakeholder name must not be blank");
  }

  @Test
  void placedAt_itsOwnPlace_changesNothing() {
    ReviewProblem detached =
        ReviewProblem.invalid(new Place.Detached("perspective"), "[]", "must name a stakeholder");
    assertThat(detached.placedAt(new Place.Detached("perspective"))).isEqualTo(detached);
    assertThat(detached.placedAt(new Place.Detached("perspective")).detail())
        .isEqualTo("must name a stakeholder");
  }

  @Test
  void placedAt_theReview_isTheDetailAlone() {
    ReviewProblem own =
        ReviewProblem.invalid(new Place.OfConcept("Guilt"), " ", "definition must not be blank");
    assertThat(own.placedAt(Place.review()).message()).isEqualTo("definition must not be blank");
  }

  @Test
  void problemsOfAValue_arePartsNotText() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> Fixtures.paperBuilder(7, "Carers").year(19).journal("").build());
    assertThat(e.problems())
        .extracting(ReviewProblem::place)
        .containsOnly(new Place.OfPaper(Citation.of(7)));
    assertThat(e.problems())
        .extracting(ReviewProblem::value)
        .containsExactly(Optional.of("19"), Optional.of(""));
    assertThat(e.problems())
        .extracting(ReviewProblem::detail)
        .containsExactly("year (19) must have four digits", "journal must not be blank");
    assertThat(e)
        .hasMessage("paper [7]: year (19) must have four digits; paper [7]: journal must not be blank");
  }

  @Test
  void invalidValueException_withoutProblems_isRefused() {
    assertThatThrownBy(() -> new InvalidValueException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an invalid value must have at least one problem");
  }

  @Test
  void invalidReviewException_listsItsProblemsAndMessages() {
    ReviewProblem first =
        ReviewProblem.of(new Place.OfPaper(THREE), ReviewProblem.Rule.DUPLICATE, "given 2 times");
    ReviewProblem second =
        ReviewProblem.of(Place.review(), ReviewProblem.Rule.COUNT_OVERFLOW, "too many records");
    InvalidReviewException e = new InvalidReviewException("Respite care", List.of(first, second));
    assertThat(e.problems()).containsExactly(first, second);
    assertThat(e.messages()).containsExactly("paper [3]: given 2 times", "too many records");
    assertThat(e.review()).isEqualTo("Respite care");
    assertThat(e)
        .hasMessage(
            "review \"Respite care\" has 2 problems:\n"
                + "  - paper [3]: given 2 times\n"
                + "  - too many records");
  }
}

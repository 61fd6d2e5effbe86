package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Levels of interpretation: themes grouping key concepts, third-order interpretations, the relation
 * kinds a review declares, and the rules a review checks across them, with the exact messages.
 */
final class ThemeTest {
  /** "Répit" with a combining acute accent (two code points for the é). */
  private static final String DECOMPOSED = "Re\u0301pit";

  /** "Répit" with the precomposed é (U+00E9). */
  private static final String PRECOMPOSED = "R\u00E9pit";

  private static List<ReviewProblem> problems(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build).problems();
  }

  private static List<String> messages(Review.Builder review) {
    return catchThrowableOfType(InvalidReviewException.class, review::build).messages();
  }

  private static LineOfArgument relations(Relation... relations) {
    return LineOfArgument.builder().addRelations(relations).build();
  }

  /**
   * The valid review with a theme grouping both key concepts, an interpretation, and relations
   * between a key concept, the theme and the interpretation.
   */
  private static Review.Builder themedReview() {
    return Fixtures.validReview()
        .addThemes(
            Theme.builder()
                .name("Carers' rest")
                .definition("What a break gives the carer")
                .addKeyConcepts("Respite", "Renewal")
                .build())
        .addInterpretations(
            Interpretation.of("Rest renews", "A break from caring renews the will to care"))
        .addRelationKinds(RelationKind.of("grounds"))
        .lineOfArgument(
            relations(
                Relation.of("Respite", "restores", "Renewal"),
                Relation.of("Carers' rest", "grounds", "Rest renews")));
  }

  // ---------------------------------------------------------------------------------------------
  // Theme
  // ---------------------------------------------------------------------------------------------

  @Test
  void theme_keepsItsNameDefinitionAndKeyConcepts_inTheOrderGiven() {
    Theme theme =
        Theme.builder()
            .name("Carers' rest")
            .definition("What a break gives the carer")
            .addKeyConcepts("Renewal", "Respite")
            .build();
    assertThat(theme.name()).isEqualTo("Carers' rest");
    assertThat(theme.definition()).contains("What a break gives the carer");
    assertThat(theme.keyConcepts()).containsExactly("Renewal", "Respite");
    assertThat(theme).hasToString("Carers' rest");
  }

  @Test
  void theme_of_hasNoDefinition() {
    Theme theme = Theme.of("Carers' rest", "Respite", "Renewal");
    assertThat(theme.definition()).isEmpty();
    assertThat(theme.keyConcepts()).containsExactly("Respite", "Renewal");
    assertThat(theme)
        .isEqualTo(Theme.builder().name("Carers' rest").addKeyConcepts("Respite", "Renewal").build());
  }

  @Test
  void theme_withoutKeyConcepts_isRejectedAtTheTheme() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Theme.of("Carers' rest"));
    assertThat(e).hasMessage("theme \"Carers' rest\": must group at least one key concept");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule)
        .containsExactly(
            tuple(new Place.OfTheme("Carers' rest"), ReviewProblem.Rule.INVALID_VALUE));
  }

  @Test
  void theme_repeatingAKeyConcept_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> Theme.of("Carers' rest", "Respite", "Respite"));
    assertThat(e).hasMessage("theme \"Carers' rest\": names key concept \"Respite\" more than once");
    assertThat(e.problems())
        .extracting(ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(tuple(ReviewProblem.Rule.DUPLICATE, Optional.of("Respite")));
  }

  @Test
  void theme_namingOneKeyConceptInTwoSpellings_namesItTwice() {
    assertThatThrownBy(() -> Theme.of("Carers' rest", DECOMPOSED, PRECOMPOSED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "theme \"Carers' rest\": names key concept \"" + PRECOMPOSED + "\" more than once");
  }

  @Test
  void theme_namesFollowTheRulesOfNames() {
    assertThatThrownBy(() -> Theme.of(" ", "Respite"))
        .hasMessage("theme \" \": theme name must not be blank");
    assertThatThrownBy(() -> Theme.of("Carers' rest\u200B", "Respite"))
        .hasMessage(
            "theme \"Carers' rest\u200B\": theme name \"Carers' rest\u200B\" must not begin or end"
                + " with whitespace (U+200B)");
    assertThatThrownBy(() -> Theme.of("Carers' rest", "Res\rpite"))
        .hasMessage(
            "theme \"Carers' rest\": key concept name \"Res<U+000D>pite\" must not contain the"
                + " control character U+000D");
  }

  @Test
  void theme_blankDefinition_isRejected() {
    assertThatThrownBy(
            () -> Theme.builder().name("Carers' rest").definition(" ").addKeyConcepts("Respite").build())
        .hasMessage("theme \"Carers' rest\": definition must not be blank");
  }

  @Test
  void theme_isNamedInNfc() {
    Theme theme = Theme.of(DECOMPOSED, "Te\u0301moin");
    assertThat(theme.name()).isEqualTo(PRECOMPOSED);
    assertThat(theme.keyConcepts()).containsExactly("T\u00E9moin");
    assertThat(theme).isEqualTo(Theme.of(PRECOMPOSED, "T\u00E9moin"));
  }

  // ---------------------------------------------------------------------------------------------
  // Interpretation
  // ---------------------------------------------------------------------------------------------

  @Test
  void interpretation_keepsItsNameAndStatement() {
    Interpretation rest =
        Interpretation.of("Rest renews", "A break from caring renews the will to care");
    assertThat(rest.name()).isEqualTo("Rest renews");
    assertThat(rest.statement()).isEqualTo("A break from caring renews the will to care");
    assertThat(rest).hasToString("Rest renews");
  }

  @Test
  void interpretation_blankStatement_isRejectedAtTheInterpretation() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> Interpretation.of("Rest renews", " "));
    assertThat(e).hasMessage("interpretation \"Rest renews\": statement must not be blank");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(
                new Place.OfInterpretation("Rest renews"),
                ReviewProblem.Rule.INVALID_VALUE,
                Optional.of(" ")));
  }

  @Test
  void interpretation_badNameAndStatement_reportsBoth() {
    assertThatThrownBy(() -> Interpretation.of("\u00A0Rest", ""))
        .hasMessage(
            "interpretation \"\u00A0Rest\": interpretation name \"\u00A0Rest\" must not begin or end"
                + " with whitespace (U+00A0); interpretation \"\u00A0Rest\": statement must not be"
                + " blank");
  }

  @Test
  void interpretation_isNamedInNfc() {
    assertThat(Interpretation.of(DECOMPOSED, "x").name()).isEqualTo(PRECOMPOSED);
    assertThat(Interpretation.of(DECOMPOSED, "x")).isEqualTo(Interpretation.of(PRECOMPOSED, "x"));
  }

  // ---------------------------------------------------------------------------------------------
  // RelationKind
  // ---------------------------------------------------------------------------------------------

  @Test
  void relationKind_isEqualByName() {
    assertThat(RelationKind.of("restores")).isEqualTo(RelationKind.of("restores"));
    assertThat(RelationKind.of("restores")).isNotEqualTo(RelationKind.of("eases"));
    assertThat(RelationKind.of("restores").name()).isEqualTo("restores");
    assertThat(RelationKind.of("restores")).hasToString("restores");
    assertThat(RelationKind.of(DECOMPOSED)).isEqualTo(RelationKind.of(PRECOMPOSED));
    assertThat(RelationKind.of(DECOMPOSED).name()).isEqualTo(PRECOMPOSED);
  }

  @Test
  void relationKind_badName_isRejected_detached() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> RelationKind.of(" "));
    assertThat(e).hasMessage("relation kind name must not be blank");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.Detached(""), ReviewProblem.Rule.INVALID_VALUE, Optional.of(" ")));
    assertThatThrownBy(() -> RelationKind.of("eases\u00A0"))
        .hasMessage(
            "relation kind name \"eases\u00A0\" must not begin or end with whitespace (U+00A0)");
    assertThatThrownBy(() -> RelationKind.of("ea\rses"))
        .hasMessage(
            "relation kind name \"ea<U+000D>ses\" must not contain the control character U+000D");
  }

  // ---------------------------------------------------------------------------------------------
  // A review with themes and interpretations
  // ---------------------------------------------------------------------------------------------

  @Test
  void themedReview_builds_andLooksUpItsThemesAndInterpretations() {
    Review review = themedReview().build();
    Theme rest = review.themes().get(0);
    assertThat(review.themes()).extracting(Theme::name).containsExactly("Carers' rest");
    assertThat(review.theme("Carers' rest")).contains(rest);
    assertThat(review.theme("carers' rest")).isEmpty();
    assertThat(review.theme("Respite")).isEmpty();
    assertThat(review.themeOf(review.keyConcept("Respite").orElseThrow())).contains(rest);
    assertThat(review.themeOf(review.keyConcept("Renewal").orElseThrow())).contains(rest);
    assertThat(review.interpretations()).extracting(Interpretation::name).containsExactly("Rest renews");
    assertThat(review.interpretation("Rest renews"))
        .map(Interpretation::statement)
        .contains("A break from caring renews the will to care");
    assertThat(review.interpretation("Carers' rest")).isEmpty();
    assertThat(review.relationKinds())
        .containsExactly(RelationKind.of("restores"), RelationKind.of("grounds"));
  }

  @Test
  void review_withoutThemes_hasNoThemeOfAKeyConcept() {
    Review review = Fixtures.validReview().build();
    assertThat(review.themes()).isEmpty();
    assertThat(review.interpretations()).isEmpty();
    assertThat(review.themeOf(review.keyConcept("Respite").orElseThrow())).isEmpty();
  }

  @Test
  void keyConceptInNoTheme_hasNoTheme() {
    Review review =
        Fixtures.validReview().addThemes(Theme.of("Carers' rest", "Respite")).build();
    assertThat(review.themeOf(review.keyConcept("Renewal").orElseThrow())).isEmpty();
    assertThat(review.themeOf(review.keyConcept("Respite").orElseThrow()))
        .map(Theme::name)
        .contains("Carers' rest");
  }

  @Test
  void review_looksUpThemesAndInterpretations_inEitherSpelling() {
    Review review =
        Fixtures.validReview()
            .addThemes(Theme.of(DECOMPOSED, "Respite"))
            .addInterpretations(Interpretation.of("Te\u0301moin", "x"))
            .build();
    assertThat(review.theme(DECOMPOSED)).map(Theme::name).contains(PRECOMPOSED);
    assertThat(review.theme(PRECOMPOSED)).map(Theme::name).contains(PRECOMPOSED);
    assertThat(review.interpretation("T\u00E9moin")).isPresent();
    assertThat(review.interpretation("Te\u0301moin")).isPresent();
  }

  @Test
  void relations_mayJoinKeyConceptsThemesAndInterpretations_eitherWay() {
    Review review =
        themedReview()
            .lineOfArgument(
                relations(
                    Relation.of("Rest renews", "grounds", "Respite"),
                    Relation.of("Renewal", "restores", "Carers' rest"),
                    Relation.of("Carers' rest", "grounds", "Rest renews")))
            .build();
    assertThat(review.lineOfArgument().relations()).hasSize(3);
  }

  // ---------------------------------------------------------------------------------------------
  // Relation kinds: declared, unique
  // ---------------------------------------------------------------------------------------------

  @Test
  void relation_ofUndeclaredKind_isReportedAtTheRelation() {
    Review.Builder review =
        Fixtures.validReview().lineOfArgument(relations(Relation.of("Respite", "eases", "Renewal")));
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place,
            ReviewProblem::rule,
            ReviewProblem::reference,
            ReviewProblem::value,
            ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfRelation("Respite", "eases", "Renewal"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.Term(Place.Vocabulary.RELATION_KIND, "eases")),
                Optional.of("relation kind \"eases\""),
                "relation Respite --eases--> Renewal: is of relation kind \"eases\", which the review"
                    + " does not declare; declared relation kinds are [restores]"));
  }

  @Test
  void relation_inAReviewDeclaringNoRelationKind_isReported() {
    Review.Builder review = Fixtures.validReview().relationKinds(List.of());
    assertThat(messages(review))
        .containsExactly(
            "relation Respite --restores--> Renewal: is of relation kind \"restores\", which the"
                + " review does not declare; declared relation kinds are []");
  }

  @Test
  void relationKinds_mayBeDeclaredWithoutRelations() {
    Review review =
        Fixtures.validReview()
            .lineOfArgument(LineOfArgument.none())
            .addRelationKinds(RelationKind.of("eases"))
            .build();
    assertThat(review.relationKinds())
        .containsExactly(RelationKind.of("restores"), RelationKind.of("eases"));
  }

  @Test
  void relationKind_declaredTwice_isReported() {
    Review.Builder review = Fixtures.validReview().addRelationKinds(RelationKind.of("restores"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.Term(Place.Vocabulary.RELATION_KIND, "restores"),
                ReviewProblem.Rule.DUPLICATE,
                "relation kind \"restores\": given 2 times; relation kind names must be unique"));
  }

  @Test
  void relationKinds_differingOnlyInCase_areReportedAtTheLaterOne() {
    Review.Builder review = Fixtures.validReview().addRelationKinds(RelationKind.of("Restores"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.Term(Place.Vocabulary.RELATION_KIND, "Restores"),
                ReviewProblem.Rule.CASE_VARIANT,
                "relation kind \"Restores\": differs only in case from \"restores\"; relation kind"
                    + " names must differ by more than case"));
  }

  // ---------------------------------------------------------------------------------------------
  // Relation ends
  // ---------------------------------------------------------------------------------------------

  @Test
  void relation_fromANameThatIsNoKeyConceptThemeOrInterpretation_isReported() {
    Review.Builder review =
        themedReview().lineOfArgument(relations(Relation.of("Dread", "grounds", "Rest renews")));
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place,
            ReviewProblem::rule,
            ReviewProblem::reference,
            ReviewProblem::value,
            ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfRelation("Dread", "grounds", "Rest renews"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfNode("Dread")),
                Optional.of("\"Dread\""),
                "relation Dread --grounds--> Rest renews: names \"Dread\", which is no key concept,"
                    + " theme or interpretation of the review"));
  }

  @Test
  void relation_toARawConcept_isReported() {
    // A raw concept is not a node of the line of argument.
    Review.Builder review =
        Fixtures.validReview()
            .lineOfArgument(relations(Relation.of("Respite", "restores", "Feeling new")));
    assertThat(messages(review))
        .containsExactly(
            "relation Respite --restores--> Feeling new: names \"Feeling new\", which is no key"
                + " concept, theme or interpretation of the review");
  }

  @Test
  void relation_namingAnEndInAnotherSpelling_resolves() {
    Review review =
        Fixtures.validReview()
            .addThemes(Theme.of(DECOMPOSED, "Respite"))
            .lineOfArgument(relations(Relation.of("Renewal", "restores", PRECOMPOSED)))
            .build();
    assertThat(review.lineOfArgument().relations().get(0).target()).isEqualTo(PRECOMPOSED);
  }

  // ---------------------------------------------------------------------------------------------
  // Names of key concepts, themes and interpretations
  // ---------------------------------------------------------------------------------------------

  @Test
  void theme_withTheNameOfAKeyConcept_isReportedAtTheTheme() {
    Review.Builder review = Fixtures.validReview().addThemes(Theme.of("Respite", "Renewal"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTheme("Respite"),
                ReviewProblem.Rule.DUPLICATE,
                "theme \"Respite\": has the name of a key concept; key concepts, themes and"
                    + " interpretations must have distinct names, since relations name them"));
  }

  @Test
  void interpretation_withTheNameOfAKeyConcept_isReportedAtTheInterpretation() {
    Review.Builder review =
        Fixtures.validReview().addInterpretations(Interpretation.of("Renewal", "x"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfInterpretation("Renewal"),
                ReviewProblem.Rule.DUPLICATE,
                "interpretation \"Renewal\": has the name of a key concept; key concepts, themes"
                    + " and interpretations must have distinct names, since relations name them"));
  }

  @Test
  void interpretation_withTheNameOfATheme_isReportedAtTheInterpretation() {
    Review.Builder review =
        themedReview().addInterpretations(Interpretation.of("Carers' rest", "x"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfInterpretation("Carers' rest"),
                ReviewProblem.Rule.DUPLICATE,
                "interpretation \"Carers' rest\": has the name of a theme; key concepts, themes"
                    + " and interpretations must have distinct names, since relations name them"));
  }

  @Test
  void theme_givenTwice_isReported() {
    Review.Builder review =
        Fixtures.validReview()
            .addThemes(Theme.of("Carers' rest", "Respite"), Theme.of("Carers' rest", "Renewal"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTheme("Carers' rest"),
                ReviewProblem.Rule.DUPLICATE,
                "theme \"Carers' rest\": given 2 times; theme names must be unique"));
  }

  @Test
  void themes_differingOnlyInCase_areReportedAtTheLaterOne() {
    Review.Builder review =
        Fixtures.validReview()
            .addThemes(Theme.of("Carers' rest", "Respite"), Theme.of("carers' rest", "Renewal"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTheme("carers' rest"),
                ReviewProblem.Rule.CASE_VARIANT,
                "theme \"carers' rest\": differs only in case from \"Carers' rest\"; theme names"
                    + " must differ by more than case"));
  }

  @Test
  void interpretation_givenTwice_isReported() {
    Review.Builder review =
        themedReview().addInterpretations(Interpretation.of("Rest renews", "Said again"));
    assertThat(messages(review))
        .containsExactly(
            "interpretation \"Rest renews\": given 2 times; interpretation names must be unique");
  }

  @Test
  void interpretations_differingOnlyInCase_areReportedAtTheLaterOne() {
    Review.Builder review = themedReview().addInterpretations(Interpretation.of("REST RENEWS", "x"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfInterpretation("REST RENEWS"),
                ReviewProblem.Rule.CASE_VARIANT,
                "interpretation \"REST RENEWS\": differs only in case from \"Rest renews\";"
                    + " interpretation names must differ by more than case"));
  }

  // ---------------------------------------------------------------------------------------------
  // The key concepts of themes
  // ---------------------------------------------------------------------------------------------

  @Test
  void theme_namingAnUndefinedKeyConcept_isReported() {
    Review.Builder review =
        Fixtures.validReview().addThemes(Theme.of("Carers' rest", "Respite", "Dread"));
    assertThat(problems(review))
        .extracting(
            ReviewProblem::place,
            ReviewProblem::rule,
            ReviewProblem::reference,
            ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTheme("Carers' rest"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfKeyConcept("Dread")),
                "theme \"Carers' rest\": names key concept \"Dread\", which the review does not"
                    + " define"));
  }

  @Test
  void keyConcept_inTwoThemes_isReportedAtTheLaterTheme() {
    Review.Builder review =
        Fixtures.validReview()
            .addThemes(
                Theme.of("Carers' rest", "Respite"), Theme.of("Coming back", "Renewal", "Respite"));
    assertThat(problems(review))
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::message)
        .containsExactly(
            tuple(
                new Place.OfTheme("Coming back"),
                ReviewProblem.Rule.DUPLICATE,
                "theme \"Coming back\": groups key concept \"Respite\", which theme \"Carers'"
                    + " rest\" already groups; a key concept belongs to at most one theme"));
  }

  @Test
  void keyConcept_inThreeThemes_isReportedAtEachLaterTheme_againstTheFirst() {
    Review.Builder review =
        Fixtures.validReview()
            .addThemes(
                Theme.of("A", "Respite"), Theme.of("B", "Respite"), Theme.of("C", "Respite"));
    assertThat(messages(review))
        .containsExactly(
            "theme \"B\": groups key concept \"Respite\", which theme \"A\" already groups; a key"
                + " concept belongs to at most one theme",
            "theme \"C\": groups key concept \"Respite\", which theme \"A\" already groups; a key"
                + " concept belongs to at most one theme");
  }

  @Test
  void themes_mayLeaveKeyConceptsUngrouped() {
    Review review = Fixtures.validReview().addThemes(Theme.of("Carers' rest", "Respite")).build();
    assertThat(review.themes()).hasSize(1);
  }
}

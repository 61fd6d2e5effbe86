package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Theme;

/**
 * Themes, third-order interpretations and key concepts of several phases in the conceptual model.
 *
 * <p>Phases early and late, declared in that order; stakeholder Carers. Key concepts in review
 * order: Respite (Carers; given phases late and early, out of declared order), Renewal (Carers;
 * early), Burden (no stakeholder, no phase), Routine (Carers; late). Theme Coping groups Renewal
 * and Respite; theme Strain groups Routine; Burden is in no theme. Interpretations Recovery and
 * Balance. Relation kind "leads to"; relations Burden leads to Coping (a key concept to a theme),
 * Coping leads to Recovery (a theme to an interpretation).
 *
 * <p>Worked by hand: Respite's phases in declared order are early, late; it is placed in early, the
 * first of them in declared order (not late, the first given). So early holds Respite and Renewal
 * for Carers, late holds Routine, and no phase holds Burden.
 */
final class ThemesAndInterpretationsTest {
  private static final Stakeholder CARERS = Stakeholder.of("Carers");
  private static final Phase EARLY = Phase.of("early");
  private static final Phase LATE = Phase.of("late");

  private static KeyConcept keyConcept(
      String name, List<Phase> phases, List<Stakeholder> stakeholders) {
    return KeyConcept.builder().name(name).phases(phases).stakeholders(stakeholders).build();
  }

  private static final KeyConcept RESPITE =
      keyConcept("Respite", List.of(LATE, EARLY), List.of(CARERS));
  private static final KeyConcept RENEWAL = keyConcept("Renewal", List.of(EARLY), List.of(CARERS));
  private static final KeyConcept BURDEN = keyConcept("Burden", List.of(), List.of());
  private static final KeyConcept ROUTINE = keyConcept("Routine", List.of(LATE), List.of(CARERS));
  private static final Theme COPING =
      Theme.builder()
          .name("Coping")
          .definition("Ways of going on")
          .addKeyConcepts("Renewal", "Respite")
          .build();
  private static final Theme STRAIN = Theme.of("Strain", "Routine");
  private static final Interpretation RECOVERY =
      Interpretation.of("Recovery", "Respite makes recovery possible");
  private static final Interpretation BALANCE =
      Interpretation.of("Balance", "Carers balance their needs against the patient's");
  private static final List<Relation> RELATIONS =
      List.of(
          Relation.of("Burden", "leads to", "Coping"),
          Relation.of("Coping", "leads to", "Recovery"));

  private static Review.Builder review() {
    return Review.builder()
        .title("Respite care")
        .addStakeholders(CARERS)
        .addPhases(EARLY, LATE)
        .addKeyConcepts(RESPITE, RENEWAL, BURDEN, ROUTINE)
        .addThemes(COPING, STRAIN)
        .addInterpretations(RECOVERY, BALANCE)
        .addRelationKinds(RelationKind.of("leads to"))
        .lineOfArgument(LineOfArgument.builder().addAllRelations(RELATIONS).build());
  }

  private final ConceptualModel model = Synthesis.of(review().build()).conceptualModel();

  @Test
  void themes_areTheReviewsThemes_inOrder() {
    assertThat(model.themes()).containsExactly(COPING, STRAIN);
  }

  @Test
  void themeOf_isTheThemeThatGroupsTheKeyConcept() {
    assertThat(model.themeOf(RESPITE)).contains(COPING);
    assertThat(model.themeOf(RENEWAL)).contains(COPING);
    assertThat(model.themeOf(ROUTINE)).contains(STRAIN);
    assertThat(model.themeOf(BURDEN)).isEmpty();
    assertThat(model.themeOf(Examples.bareKeyConcept("Dread"))).isEmpty();
  }

  @Test
  void phasesOf_areTheKeyConceptsPhases_inDeclaredOrder() {
    assertThat(model.phasesOf(RESPITE)).containsExactly(EARLY, LATE);
    assertThat(model.phasesOf(RENEWAL)).containsExactly(EARLY);
    assertThat(model.phasesOf(ROUTINE)).containsExactly(LATE);
    assertThat(model.phasesOf(BURDEN)).isEmpty();
    assertThat(model.phasesOf(Examples.bareKeyConcept("Dread"))).isEmpty();
  }

  @Test
  void aKeyConceptOfSeveralPhases_isPlacedOnce_inTheFirstInDeclaredOrder() {
    assertThat(model.phases())
        .containsExactly(Optional.of(EARLY), Optional.of(LATE), Optional.empty());
    assertThat(model.keyConcepts(Optional.of(EARLY), Set.of(CARERS)))
        .containsExactly(RESPITE, RENEWAL);
    assertThat(model.keyConcepts(Optional.of(LATE), Set.of(CARERS))).containsExactly(ROUTINE);
    assertThat(model.keyConcepts(Optional.empty(), Set.of())).containsExactly(BURDEN);
  }

  @Test
  void interpretations_areTheReviewsInterpretations_inOrder() {
    assertThat(model.interpretations()).containsExactly(RECOVERY, BALANCE);
  }

  @Test
  void relations_mayJoinKeyConceptsThemesAndInterpretations() {
    assertThat(model.relations()).containsExactlyElementsOf(RELATIONS);
  }

  @Test
  void reviewWithoutThemesOrInterpretations_hasNone() {
    ConceptualModel plain =
        ConceptualModel.of(
            review()
                .themes(List.of())
                .interpretations(List.of())
                .lineOfArgument(LineOfArgument.builder().build())
                .build());
    assertThat(plain.themes()).isEmpty();
    assertThat(plain.interpretations()).isEmpty();
    assertThat(plain.themeOf(RESPITE)).isEmpty();
    assertThat(plain.phasesOf(RESPITE)).containsExactly(EARLY, LATE);
  }

  @Test
  void models_differByThemesInterpretationsAndPhases() {
    Review review = review().build();
    // Respite in early alone is placed where it was, but drawn with other phases.
    KeyConcept respiteEarly = keyConcept("Respite", List.of(EARLY), List.of(CARERS));
    new EqualsTester()
        .addEqualityGroup(model, ConceptualModel.of(review))
        .addEqualityGroup(
            ConceptualModel.of(Review.builder().from(review).themes(List.of(COPING)).build()))
        .addEqualityGroup(
            ConceptualModel.of(
                Review.builder().from(review).interpretations(List.of(RECOVERY)).build()))
        .addEqualityGroup(
            ConceptualModel.of(
                Review.builder()
                    .from(review)
                    .keyConcepts(List.of(respiteEarly, RENEWAL, BURDEN, ROUTINE))
                    .build()))
        .testEquals();
  }
}

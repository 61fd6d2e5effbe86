package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;

/**
 * The conceptual model of reviews with no phases, and of key concepts with no phase or stakeholder.
 */
final class ConceptualModelTest {
  private static final Stakeholder PATIENTS = Stakeholder.of("Patients");
  private static final Stakeholder CARERS = Stakeholder.of("Carers");
  private static final Phase BEFORE = Phase.of("before");
  private static final Phase DURING = Phase.of("during");
  private static final Phase AFTER = Phase.of("after");

  private static KeyConcept keyConcept(
      String name, List<Phase> phases, List<Stakeholder> stakeholders) {
    return KeyConcept.builder().name(name).phases(phases).stakeholders(stakeholders).build();
  }

  /**
   * A review without phases: Loss (Patients), Coping (no stakeholder), Strain (Carers), Hope
   * (Patients), Renewal (no stakeholder). By hand: one place, no phase; its groups in order of
   * their first key concept are {Patients}, {}, {Carers}.
   */
  private static Review withoutPhases() {
    return Review.builder()
        .title("Living with frailty")
        .addStakeholders(PATIENTS, CARERS)
        .addKeyConcepts(
            keyConcept("Loss", List.of(), List.of(PATIENTS)),
            keyConcept("Coping", List.of(), List.of()),
            keyConcept("Strain", List.of(), List.of(CARERS)),
            keyConcept("Hope", List.of(), List.of(PATIENTS)),
            keyConcept("Renewal", List.of(), List.of()))
        .build();
  }

  @Test
  void reviewWithoutPhases_placesEveryKeyConceptInNoPhase() {
    ConceptualModel model = ConceptualModel.of(withoutPhases());
    assertThat(model.phases()).containsExactly(Optional.empty());
    assertThat(model.groups(Optional.empty()))
        .containsExactly(ImmutableSet.of(PATIENTS), ImmutableSet.of(), ImmutableSet.of(CARERS));
    assertThat(model.keyConcepts(Optional.empty(), Set.of(PATIENTS)))
        .extracting(KeyConcept::name)
        .containsExactly("Loss", "Hope");
    assertThat(model.keyConcepts(Optional.empty(), Set.of(CARERS)))
        .extracting(KeyConcept::name)
        .containsExactly("Strain");
    assertThat(model.relations()).isEmpty();
    assertThat(model.statement()).isEmpty();
    assertThat(model.note()).isEmpty();
  }

  @Test
  void keyConceptsWithoutStakeholders_formAnEmptyGroup() {
    ConceptualModel model = ConceptualModel.of(withoutPhases());
    assertThat(model.keyConcepts(Optional.empty(), Set.of()))
        .extracting(KeyConcept::name)
        .containsExactly("Coping", "Renewal");
  }

  /**
   * Phases before, during and after are declared; Adjusting (after; Patients), Connecting (during
   * and after; Patients), Drifting (no phase; Patients), Coping (during; no stakeholder). By hand:
   * the model's phases are during and after in declared order (before holds nothing), then no
   * phase; Connecting sits in during, the first it is declared to belong to.
   */
  @Test
  void keyConceptsWithoutPhase_comeLast_afterTheDeclaredPhasesThatHoldAKeyConcept() {
    Review review =
        Review.builder()
            .title("Living with frailty")
            .addStakeholders(PATIENTS, CARERS)
            .addPhases(BEFORE, DURING, AFTER)
            .addKeyConcepts(
                keyConcept("Adjusting", List.of(AFTER), List.of(PATIENTS)),
                keyConcept("Connecting", List.of(DURING, AFTER), List.of(PATIENTS)),
                keyConcept("Drifting", List.of(), List.of(PATIENTS)),
                keyConcept("Coping", List.of(DURING), List.of()))
            .build();
    ConceptualModel model = Synthesis.of(review).conceptualModel();
    assertThat(model.phases())
        .containsExactly(Optional.of(DURING), Optional.of(AFTER), Optional.empty());
    assertThat(model.groups(Optional.of(DURING)))
        .containsExactly(ImmutableSet.of(PATIENTS), ImmutableSet.of());
    assertThat(model.groups(Optional.of(AFTER))).containsExactly(ImmutableSet.of(PATIENTS));
    assertThat(model.groups(Optional.empty())).containsExactly(ImmutableSet.of(PATIENTS));
    assertThat(model.groups(Optional.of(BEFORE))).isEmpty();
    assertThat(model.keyConcepts(Optional.of(DURING), Set.of(PATIENTS)))
        .extracting(KeyConcept::name)
        .containsExactly("Connecting");
    assertThat(model.keyConcepts(Optional.of(DURING), Set.of()))
        .extracting(KeyConcept::name)
        .containsExactly("Coping");
    assertThat(model.keyConcepts(Optional.of(AFTER), Set.of(PATIENTS)))
        .extracting(KeyConcept::name)
        .containsExactly("Adjusting");
    assertThat(model.keyConcepts(Optional.empty(), Set.of(PATIENTS)))
        .extracting(KeyConcept::name)
        .containsExactly("Drifting");
    assertThat(model.keyConcepts(Optional.of(BEFORE), Set.of(PATIENTS))).isEmpty();
  }

  @Test
  void reviewWithPhasesButNoKeyConceptWithoutPhase_hasNoEmptyPhase() {
    Review review =
        Review.builder()
            .title("Living with frailty")
            .addStakeholders(PATIENTS)
            .addPhases(DURING)
            .addKeyConcepts(keyConcept("Connecting", List.of(DURING), List.of(PATIENTS)))
            .build();
    assertThat(ConceptualModel.of(review).phases()).containsExactly(Optional.of(DURING));
  }

  @Test
  void models_areEqualByPlacement() {
    Review review = withoutPhases();
    new EqualsTester()
        .addEqualityGroup(ConceptualModel.of(review), ConceptualModel.of(withoutPhases()))
        .addEqualityGroup(
            ConceptualModel.of(
                Review.builder()
                    .from(review)
                    .keyConcepts(
                        List.of(
                            keyConcept("Loss", List.of(), List.of(PATIENTS)),
                            keyConcept("Coping", List.of(), List.of(CARERS)),
                            keyConcept("Strain", List.of(), List.of(CARERS)),
                            keyConcept("Hope", List.of(), List.of(PATIENTS)),
                            keyConcept("Renewal", List.of(), List.of())))
                    .build()))
        .testEquals();
  }
}

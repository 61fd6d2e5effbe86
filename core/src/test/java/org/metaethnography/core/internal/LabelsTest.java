package org.metaethnography.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Category;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.ValenceProfile;

/** The words tables write, worked out by hand from the rules in {@link Labels}. */
final class LabelsTest {
  private final Stakeholder patients = Stakeholder.of("Patients");
  private final Stakeholder carers = Stakeholder.of("Carers");
  private final Stakeholder gps = Stakeholder.of("GPs");

  @Test
  void perspective_joinsNamesInSentenceCase_keepingAcronyms() {
    assertThat(Labels.perspective(Perspective.of(patients))).isEqualTo("Patients");
    assertThat(Labels.perspective(Perspective.of(patients, carers)))
        .isEqualTo("Patients and carers");
    assertThat(Labels.perspective(Perspective.of(carers, gps, patients)))
        .isEqualTo("Carers, GPs and patients");
    assertThat(Labels.perspective(Perspective.undesignated("Pairs of peers")))
        .isEqualTo("Pairs of peers");
  }

  @Test
  void perspective_withTheDeclaredStakeholders_writesThemInDeclaredOrder() {
    java.util.List<Stakeholder> declared = java.util.List.of(patients, carers, gps);
    assertThat(Labels.perspective(Perspective.of(gps, patients), declared))
        .isEqualTo("Patients and GPs");
    assertThat(Labels.perspective(Perspective.of(carers, gps, patients), declared))
        .isEqualTo("Patients, carers and GPs");
    assertThat(Labels.perspective(Perspective.undesignated("Pairs of peers"), declared))
        .isEqualTo("Pairs of peers");
  }

  @Test
  void category_writesGroupsPhasesAndValence_andNoneForNothing() {
    assertThat(Labels.category(new Category.Group(ImmutableSet.of(carers, patients))))
        .isEqualTo("Carers and patients");
    assertThat(Labels.category(new Category.Group(ImmutableSet.of()))).isEqualTo("none");
    assertThat(Labels.category(new Category.InPhase(Optional.of(Phase.of("After respite")))))
        .isEqualTo("After respite");
    assertThat(Labels.category(new Category.InPhase(Optional.empty()))).isEqualTo("none");
    assertThat(Labels.category(new Category.OfValence(ValenceProfile.MIXED))).isEqualTo("mixed");
    assertThat(Labels.category(new Category.OfValence(ValenceProfile.BOTH))).isEqualTo("both");
  }

  @Test
  void words_andCitations() {
    assertThat(Labels.words(Finding.Kind.PAPER_WITHOUT_KEY_CONCEPT))
        .isEqualTo("paper without key concept");
    assertThat(Labels.words(TranslationKind.REFUTATIONAL)).isEqualTo("refutational");
    assertThat(Labels.reference(Citation.of(34))).isEqualTo("34");
    assertThat(Labels.reference(Citation.of("Sav 2013"))).isEqualTo("Sav 2013");
    assertThat(Citation.inMessages(java.util.List.of(Citation.of(12), Citation.of("Sav 2012"))))
        .isEqualTo("[12, \"Sav 2012\"]");
  }
}

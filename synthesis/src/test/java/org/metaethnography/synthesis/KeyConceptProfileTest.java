package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.model.Valence;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * Profiles of key concepts whose raw concepts report only some of perspective, phase and valence,
 * on a review of living with frailty written for this test.
 *
 * <p>Stakeholders Patients and Carers; one phase, early. Papers 1 to 4, of which nothing but the
 * citation is reported. Key concepts and the raw concepts translated into them:
 *
 * <ul>
 *   <li>Hope (declared: Patients, early): "Looking ahead" (positive), "Fearing the worst" (mixed);
 *       neither reports a perspective or phase.
 *   <li>Burden (nothing declared): "Tiredness" (negative, Carers), "Pride in caring" (positive,
 *       Carers, early).
 *   <li>Change (declared: Patients, early): "Physical changes" and "Routine", of which only the
 *       names are reported.
 *   <li>Ambivalence (declared: Patients): "Relief and loss" (mixed, Patients), "Mutual support"
 *       (negative, undesignated perspective).
 *   <li>Silence (nothing declared): "Unspoken" (Carers, valence unreported), "Withdrawn"
 *       (negative).
 * </ul>
 *
 * <p>Extractions: Looking ahead in 1; Tiredness in 2; Physical changes in 1 and 3; Relief and loss
 * in 4; Unspoken in 2.
 *
 * <p>Worked by hand: valence is mixed for Hope and Ambivalence (a mixed raw concept), both for
 * Burden (positive and negative), none for Change (nothing reported), negative for Silence (the
 * unreported valence adds nothing). Derived stakeholders: Hope none, Burden Carers, Change none,
 * Ambivalence Patients (the undesignated perspective adds no one), Silence Carers. Derived phases:
 * Burden early, the others none. Nothing derived contradicts anything declared, so every profile
 * agrees and the audit finds no difference. Papers: Hope 1 ([1]), Burden 1 ([2]), Change 2 ([1],
 * [3]), Ambivalence 1 ([4]), Silence 1 ([2]).
 */
final class KeyConceptProfileTest {
  private static final Stakeholder PATIENTS = Stakeholder.of("Patients");
  private static final Stakeholder CARERS = Stakeholder.of("Carers");
  private static final Phase EARLY = Phase.of("early");

  private static final KeyConcept HOPE =
      KeyConcept.builder().name("Hope").addStakeholders(PATIENTS).addPhases(EARLY).build();
  private static final KeyConcept BURDEN = KeyConcept.builder().name("Burden").build();
  private static final KeyConcept CHANGE =
      KeyConcept.builder().name("Change").addStakeholders(PATIENTS).addPhases(EARLY).build();
  private static final KeyConcept AMBIVALENCE =
      KeyConcept.builder().name("Ambivalence").addStakeholders(PATIENTS).build();
  private static final KeyConcept SILENCE = KeyConcept.builder().name("Silence").build();

  private static Extraction found(String concept, int paper) {
    return Extraction.builder().concept(concept).paper(paper).build();
  }

  private static final Review REVIEW =
      Review.builder()
          .title("Living with frailty")
          .addStakeholders(PATIENTS, CARERS)
          .addPhases(EARLY)
          .addPapers(Examples.bare(1), Examples.bare(2), Examples.bare(3), Examples.bare(4))
          .addKeyConcepts(HOPE, BURDEN, CHANGE, AMBIVALENCE, SILENCE)
          .addConcepts(
              Concept.builder().name("Looking ahead").valence(Valence.POSITIVE).build(),
              Concept.builder().name("Fearing the worst").valence(Valence.MIXED).build(),
              Concept.builder()
                  .name("Tiredness")
                  .valence(Valence.NEGATIVE)
                  .perspective(Perspective.of(CARERS))
                  .build(),
              Concept.builder()
                  .name("Pride in caring")
                  .valence(Valence.POSITIVE)
                  .perspective(Perspective.of(CARERS))
                  .phase(EARLY)
                  .build(),
              Concept.builder().name("Physical changes").build(),
              Concept.builder().name("Routine").build(),
              Concept.builder()
                  .name("Relief and loss")
                  .valence(Valence.MIXED)
                  .perspective(Perspective.of(PATIENTS))
                  .build(),
              Concept.builder()
                  .name("Mutual support")
                  .valence(Valence.NEGATIVE)
                  .perspective(Perspective.undesignated("Dyads of patient and carer"))
                  .build(),
              Concept.builder().name("Unspoken").perspective(Perspective.of(CARERS)).build(),
              Concept.builder().name("Withdrawn").valence(Valence.NEGATIVE).build())
          .extractions(
              java.util.List.of(
                  found("Looking ahead", 1),
                  found("Tiredness", 2),
                  found("Physical changes", 1),
                  found("Physical changes", 3),
                  found("Relief and loss", 4),
                  found("Unspoken", 2)))
          .addTranslations(
              Translation.of(
                  "Hope", TranslationKind.RECIPROCAL, "Looking ahead", "Fearing the worst"),
              Translation.of("Burden", TranslationKind.RECIPROCAL, "Tiredness", "Pride in caring"),
              Translation.of("Change", TranslationKind.RECIPROCAL, "Physical changes", "Routine"),
              Translation.of(
                  "Ambivalence", TranslationKind.REFUTATIONAL, "Relief and loss", "Mutual support"),
              Translation.of("Silence", TranslationKind.RECIPROCAL, "Unspoken", "Withdrawn"))
          .build();

  private final Synthesis synthesis = Synthesis.of(REVIEW);

  private KeyConceptProfile profile(KeyConcept keyConcept) {
    return synthesis.profile(keyConcept).orElseThrow();
  }

  @Test
  void valence_isMixed_whereAnyRawConceptIsMixed() {
    assertThat(profile(HOPE).valence()).isEqualTo(ValenceProfile.MIXED);
    // Mixed even beside a negative raw concept: mixed is not the same as both.
    assertThat(profile(AMBIVALENCE).valence()).isEqualTo(ValenceProfile.MIXED);
  }

  @Test
  void valence_isBoth_whereRawConceptsArePositiveAndNegative() {
    assertThat(profile(BURDEN).valence()).isEqualTo(ValenceProfile.BOTH);
  }

  @Test
  void valence_isNone_whereNoRawConceptReportsOne() {
    assertThat(profile(CHANGE).valence()).isEqualTo(ValenceProfile.NONE);
  }

  @Test
  void valence_ignoresRawConceptsThatDoNotReportOne() {
    assertThat(profile(SILENCE).valence()).isEqualTo(ValenceProfile.NEGATIVE);
  }

  @Test
  void rawConceptsWithoutPerspectivePhaseOrValence_deriveNothing() {
    KeyConceptProfile change = profile(CHANGE);
    assertThat(change.rawConcepts())
        .extracting(Concept::name)
        .containsExactly("Physical changes", "Routine");
    assertThat(change.isDerived()).isTrue();
    assertThat(change.stakeholders()).isEmpty();
    assertThat(change.phases()).isEmpty();
    assertThat(change.declaredStakeholders()).containsExactly(PATIENTS);
    assertThat(change.declaredPhases()).containsExactly(EARLY);
    assertThat(change.papers()).isEqualTo(2);
    KeyConceptProfile hope = profile(HOPE);
    assertThat(hope.stakeholders()).isEmpty();
    assertThat(hope.phases()).isEmpty();
  }

  @Test
  void undesignatedPerspective_addsNoStakeholder() {
    assertThat(profile(AMBIVALENCE).stakeholders()).containsExactly(PATIENTS);
    assertThat(profile(AMBIVALENCE).stakeholdersAgree()).isTrue();
  }

  @Test
  void agreement_holds_whereNothingIsDerivedToCompare() {
    assertThat(profile(CHANGE).stakeholdersAgree()).isTrue();
    assertThat(profile(CHANGE).phasesAgree()).isTrue();
    assertThat(profile(HOPE).stakeholdersAgree()).isTrue();
    assertThat(profile(HOPE).phasesAgree()).isTrue();
  }

  @Test
  void agreement_holds_whereNothingIsDeclaredToCompare() {
    KeyConceptProfile burden = profile(BURDEN);
    assertThat(burden.stakeholders()).containsExactly(CARERS);
    assertThat(burden.phases()).containsExactly(EARLY);
    assertThat(burden.declaredStakeholders()).isEmpty();
    assertThat(burden.declaredPhases()).isEmpty();
    assertThat(burden.stakeholdersAgree()).isTrue();
    assertThat(burden.phasesAgree()).isTrue();
  }

  @Test
  void papers_countTheGridOfRecord() {
    assertThat(synthesis.profiles())
        .extracting(KeyConceptProfile::papers)
        .containsExactly(1, 1, 2, 1, 1);
  }

  @Test
  void audit_findsNoDifference_whereNothingContradictsTheDeclaredClassification() {
    assertThat(synthesis.audit().findings(Kind.DECLARED_DIFFERS_FROM_DERIVED)).isEmpty();
  }

  @Test
  void audit_findsSinglePapers_andLastTheRawConceptsFoundInNoPaper() {
    // By hand: Hope, Burden, Ambivalence and Silence each rest on one paper; no paper lies
    // outside declared stakeholders (none reports a perspective) and every paper expresses a key
    // concept. Five raw concepts are extracted from no paper, listed in the review's order.
    assertThat(synthesis.audit().findings())
        .extracting(Finding::kind, Finding::message)
        .containsExactly(
            tuple(Kind.SINGLE_PAPER, "key concept \"Hope\" rests on a single paper, [1]"),
            tuple(Kind.SINGLE_PAPER, "key concept \"Burden\" rests on a single paper, [2]"),
            tuple(Kind.SINGLE_PAPER, "key concept \"Ambivalence\" rests on a single paper, [4]"),
            tuple(Kind.SINGLE_PAPER, "key concept \"Silence\" rests on a single paper, [2]"),
            tuple(
                Kind.CONCEPTS_NOT_FOUND,
                "5 raw concepts are found in no paper: Fearing the worst, Pride in caring,"
                    + " Routine, Mutual support, Withdrawn"));
    assertThat(synthesis.audit().findings(Kind.CONCEPTS_NOT_FOUND).get(0).concepts())
        .containsExactly(
            "Fearing the worst", "Pride in caring", "Routine", "Mutual support", "Withdrawn");
  }

  @Test
  void distributions_byValence_countMixedAndNone() {
    // Hope mixed, Burden both, Change none, Ambivalence mixed, Silence negative.
    assertThat(synthesis.distributions().by(Dimension.VALENCE).asMap())
        .containsExactly(
            Map.entry(new Category.OfValence(ValenceProfile.MIXED), List.of(HOPE, AMBIVALENCE)),
            Map.entry(new Category.OfValence(ValenceProfile.BOTH), List.of(BURDEN)),
            Map.entry(new Category.OfValence(ValenceProfile.NONE), List.of(CHANGE)),
            Map.entry(new Category.OfValence(ValenceProfile.NEGATIVE), List.of(SILENCE)));
  }

  @Test
  void distributions_countOnlyReportedStakeholders() {
    Distributions derived = synthesis.distributions();
    assertThat(derived.classification()).isEqualTo(Classification.DERIVED);
    assertThat(derived.specificTo(CARERS)).containsExactly(BURDEN, SILENCE);
    assertThat(derived.specificTo(PATIENTS)).containsExactly(AMBIVALENCE);
    assertThat(derived.shared()).isEmpty();
    Distributions declared = synthesis.distributions(Classification.DECLARED);
    assertThat(declared.specificTo(PATIENTS)).containsExactly(HOPE, CHANGE, AMBIVALENCE);
    assertThat(declared.specificTo(CARERS)).isEmpty();
  }
}

package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Order;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.model.Valence;
import org.metaethnography.synthesis.Finding.Aspect;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * From raw concepts to key concepts on a small review of respite care written for this test.
 *
 * <p>Stakeholders Carers and Staff; phases during and after. Papers 2, 5, 9 (Carers), 7 (Carers),
 * 11 (Staff). Key concepts: Respite (during; Carers) and Guilt (during; Carers and Staff). Raw
 * concepts: "Time off" (first order, Carers, positive, during) and "Rest" (second, Carers,
 * positive, after) into Respite; "Unease" (second, Staff, negative, during) into Guilt; "Stray" set
 * aside. Extractions: Time off in 2 by AO, Rest in 2 by SL, Time off in 5 by SL, Time off in 11 by
 * AO, Unease in 9 by AO and SL, Stray in 5 by AO.
 *
 * <p>Worked by hand: the aggregated grid ticks Respite in 2, 5, 11 and Guilt in 9; paper 7
 * expresses nothing. Cell [2] Respite rests on Rest and Time off, orders first and second,
 * reviewers AO and SL. Respite's raw concepts voice Carers, belong to during and after, all
 * positive; Guilt's voice Staff only, belong to during, negative.
 */
final class RawConceptSynthesisTest {
  private static final Stakeholder CARERS = Stakeholder.of("Carers");
  private static final Stakeholder STAFF = Stakeholder.of("Staff");
  private static final Phase DURING = Phase.of("during");
  private static final Phase AFTER = Phase.of("after");

  private static Paper paper(int reference, Stakeholder stakeholder) {
    return Paper.builder()
        .from(Examples.paper(reference, "dementia", "group"))
        .perspective(Perspective.of(stakeholder))
        .build();
  }

  private static Concept concept(
      String name, Order order, Stakeholder voice, Valence valence, Phase phase) {
    return Concept.builder()
        .name(name)
        .order(order)
        .perspective(Perspective.of(voice))
        .valence(valence)
        .phase(phase)
        .definition("Definition of " + name)
        .build();
  }

  private static Extraction found(String concept, int paper, String... reviewers) {
    Extraction.Builder extraction = Extraction.builder().concept(concept).paper(paper);
    for (String reviewer : reviewers) {
      extraction.addReviewers(Reviewer.of(reviewer));
    }
    return extraction.build();
  }

  private static final KeyConcept RESPITE =
      KeyConcept.builder()
          .name("Respite")
          .definition("Time away that restores")
          .addPhases(DURING)
          .addStakeholders(CARERS)
          .build();
  private static final KeyConcept GUILT =
      KeyConcept.builder()
          .name("Guilt")
          .definition("Unease at handing over")
          .addPhases(DURING)
          .addStakeholders(CARERS, STAFF)
          .build();

  private static Review.Builder review() {
    return Review.builder()
        .title("Respite")
        .addStakeholders(CARERS, STAFF)
        .addPhases(DURING, AFTER)
        .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"))
        .addPapers(
            paper(2, CARERS),
            paper(5, CARERS),
            paper(7, CARERS),
            paper(9, CARERS),
            paper(11, STAFF))
        .addKeyConcepts(RESPITE, GUILT)
        .addConcepts(
            concept("Time off", Order.FIRST, CARERS, Valence.POSITIVE, DURING),
            concept("Rest", Order.SECOND, CARERS, Valence.POSITIVE, AFTER),
            concept("Unease", Order.SECOND, STAFF, Valence.NEGATIVE, DURING),
            concept("Stray", Order.SECOND, CARERS, Valence.NEGATIVE, DURING))
        .extractions(
            java.util.List.of(
                found("Time off", 2, "AO"),
                found("Rest", 2, "SL"),
                found("Time off", 5, "SL"),
                found("Time off", 11, "AO"),
                found("Unease", 9, "AO", "SL"),
                found("Stray", 5, "AO")))
        .addTranslations(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time off", "Rest"),
            Translation.of("Guilt", TranslationKind.RECIPROCAL, "Unease"))
        .addSetAside(SetAside.of("Stray", "Not about respite"))
        .addRelationKinds(RelationKind.of("eases"))
        .lineOfArgument(
            LineOfArgument.builder()
                .statement("Respite eases guilt.")
                .addRelations(Relation.of("Respite", "eases", "Guilt"))
                .build());
  }

  private final Review review = review().build();
  private final Synthesis synthesis = Synthesis.of(review);

  private Paper paper(int reference) {
    return review.paper(reference).orElseThrow();
  }

  private static List<Citation> cited(int... references) {
    return java.util.Arrays.stream(references)
        .mapToObj(Citation::of)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aggregation_ticksEveryPaperWhereATranslatedConceptWasFound() {
    ConceptGrid grid = synthesis.aggregation().grid();
    assertThat(grid.papersWith(RESPITE))
        .extracting(Paper::citation)
        .containsExactlyElementsOf(cited(2, 5, 11));
    assertThat(grid.papersWith(GUILT))
        .extracting(Paper::citation)
        .containsExactlyElementsOf(cited(9));
    assertThat(grid.keyConceptsOf(paper(7))).isEmpty();
    assertThat(grid.incidenceCount()).isEqualTo(4);
    // No grid is ticked in the review, so the aggregated grid is the grid of record.
    assertThat(synthesis.grid()).isEqualTo(grid);
  }

  @Test
  void aggregation_keepsTheProvenanceOfEveryCell() {
    Aggregation aggregation = synthesis.aggregation();
    Support cell = aggregation.support(paper(2), RESPITE).orElseThrow();
    assertThat(cell.concepts()).containsExactly("Rest", "Time off");
    assertThat(cell.orders()).containsExactly(Order.FIRST, Order.SECOND);
    assertThat(cell.reviewers()).containsExactly("AO", "SL");
    assertThat(aggregation.support(paper(9), GUILT).orElseThrow().reviewers())
        .containsExactly("AO", "SL");
    assertThat(aggregation.support(paper(5), GUILT)).isEmpty();
    // "Stray" was found in 5 but is set aside: it supports nothing.
    assertThat(aggregation.support(paper(5), RESPITE).orElseThrow().concepts())
        .containsExactly("Time off");
    assertThat(aggregation.support(paper(7), RESPITE)).isEmpty();
    assertThat(aggregation.papers())
        .extracting(Paper::citation)
        .containsExactlyElementsOf(cited(2, 5, 7, 9, 11));
    assertThat(aggregation.supports().keySet())
        .containsExactly(
            Incidence.of(2, "Respite"),
            Incidence.of(5, "Respite"),
            Incidence.of(9, "Guilt"),
            Incidence.of(11, "Respite"));
  }

  @Test
  void synthesisConveniences_lookUpByCitationAndName() {
    Aggregation aggregation = synthesis.aggregation();
    assertThat(synthesis.support(Citation.of(2), "Respite"))
        .isEqualTo(aggregation.support(paper(2), RESPITE))
        .isPresent();
    assertThat(synthesis.support(2, "Respite")).isEqualTo(aggregation.support(paper(2), RESPITE));
    assertThat(synthesis.support(9, "Guilt").orElseThrow().concepts()).containsExactly("Unease");
    assertThat(synthesis.support(5, "Guilt")).isEmpty();
    assertThat(synthesis.support(4, "Respite")).isEmpty();
    assertThat(synthesis.support(0, "Respite")).isEmpty();
    assertThat(synthesis.support(Citation.of("Author2 2002"), "Respite")).isEmpty();
    assertThat(synthesis.support(2, "Rest")).isEmpty();
    assertThat(synthesis.profile("Guilt")).isEqualTo(synthesis.profile(GUILT)).isPresent();
    assertThat(synthesis.profile("Dread")).isEmpty();
    assertThat(synthesis.profile(Examples.keyConcept("Dread"))).isEmpty();
  }

  @Test
  void profiles_deriveStakeholdersPhasesAndValenceFromRawConcepts() {
    KeyConceptProfile respite = synthesis.profile(RESPITE).orElseThrow();
    assertThat(respite.stakeholders()).containsExactly(CARERS);
    assertThat(respite.phases()).containsExactly(DURING, AFTER);
    assertThat(respite.valence()).isEqualTo(ValenceProfile.POSITIVE);
    assertThat(respite.papers()).isEqualTo(3);
    assertThat(respite.rawConcepts()).extracting(Concept::name).containsExactly("Time off", "Rest");
    assertThat(respite.stakeholdersAgree()).isTrue();
    assertThat(respite.phasesAgree()).isFalse();
    assertThat(respite.isDerived()).isTrue();
    assertThat(respite.declaredStakeholders()).containsExactly(CARERS);
    assertThat(respite.declaredPhases()).containsExactly(DURING);
    KeyConceptProfile guilt = synthesis.profile(GUILT).orElseThrow();
    assertThat(guilt.stakeholders()).containsExactly(STAFF);
    assertThat(guilt.valence()).isEqualTo(ValenceProfile.NEGATIVE);
    assertThat(guilt.stakeholdersAgree()).isFalse();
    assertThat(guilt.phasesAgree()).isTrue();
  }

  @Test
  void distributions_countDerivedOrDeclaredClassification() {
    Distributions derived = synthesis.distributions();
    assertThat(derived.classification()).isEqualTo(Classification.DERIVED);
    assertThat(derived.specificTo(CARERS)).containsExactly(RESPITE);
    assertThat(derived.specificTo(STAFF)).containsExactly(GUILT);
    assertThat(derived.shared()).isEmpty();
    Distributions declared = synthesis.distributions(Classification.DECLARED);
    assertThat(declared.specificTo(STAFF)).isEmpty();
    assertThat(declared.shared()).containsExactly(GUILT);
    assertThat(derived.by(Dimension.PHASE).asMap())
        .containsExactly(
            java.util.Map.entry(inPhase("during"), List.of(RESPITE, GUILT)),
            java.util.Map.entry(inPhase("after"), List.of(RESPITE)));
    CrossTab crossTab = derived.crossTab(Dimension.STAKEHOLDERS, Dimension.VALENCE);
    Category carers = new Category.Group(ImmutableSet.of(CARERS));
    Category staff = new Category.Group(ImmutableSet.of(STAFF));
    Category positive = new Category.OfValence(ValenceProfile.POSITIVE);
    Category negative = new Category.OfValence(ValenceProfile.NEGATIVE);
    assertThat(crossTab.rows()).containsExactly(carers, staff);
    assertThat(crossTab.columns()).containsExactly(positive, negative);
    assertThat(crossTab.count(carers, positive)).isEqualTo(1);
    assertThat(crossTab.count(carers, negative)).isZero();
    assertThat(crossTab.count(staff, negative)).isEqualTo(1);
  }

  @Test
  void audit_findsWhatAMethodologistWouldLookAtAgain() {
    // Every raw concept is found in some paper: no finding of concepts found in no paper.
    assertThat(synthesis.audit().findings())
        .extracting(Finding::kind, Finding::keyConcept, Finding::papers)
        .containsExactly(
            tuple(Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS, Optional.of("Respite"), cited(11)),
            // "Rest" (after) was found in 2; Guilt lacks a concept, so no paper is behind it.
            tuple(Kind.DECLARED_DIFFERS_FROM_DERIVED, Optional.of("Respite"), cited(2)),
            tuple(Kind.DECLARED_DIFFERS_FROM_DERIVED, Optional.of("Guilt"), cited()),
            tuple(Kind.SINGLE_PAPER, Optional.of("Guilt"), cited(9)),
            tuple(Kind.PAPER_WITHOUT_KEY_CONCEPT, Optional.empty(), cited(7)),
            tuple(Kind.UNTRANSLATED_CONCEPT, Optional.empty(), cited(5)));
    assertThat(synthesis.audit().findings(Kind.DECLARED_DIFFERS_FROM_DERIVED))
        .extracting(Finding::message)
        .containsExactly(
            "key concept \"Respite\" is declared to belong to [during], but its raw concepts belong"
                + " to [during, after]",
            "key concept \"Guilt\" is declared to concern [Carers, Staff], but its raw concepts"
                + " voice [Staff]");
    assertThat(synthesis.audit().findings(Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS))
        .extracting(Finding::message)
        .containsExactly(
            "key concept \"Respite\" concerns [Carers], but papers [11] report none of them");
    assertThat(synthesis.audit().findings(Kind.SINGLE_PAPER))
        .extracting(Finding::message)
        .containsExactly("key concept \"Guilt\" rests on a single paper, [9]");
    assertThat(synthesis.audit().findings(Kind.UNTRANSLATED_CONCEPT))
        .extracting(Finding::message)
        .containsExactly("concept \"Stray\" is set aside, not translated: Not about respite");
  }

  @Test
  void findings_carryTheirSubjectsAsTypedFields() {
    assertThat(synthesis.audit().findings())
        .extracting(Finding::kind, Finding::keyConcept, Finding::concept, Finding::aspect)
        .containsExactly(
            tuple(
                Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                Optional.of("Respite"),
                Optional.empty(),
                Optional.empty()),
            // Respite's phases differ (during declared; during and after derived) ...
            tuple(
                Kind.DECLARED_DIFFERS_FROM_DERIVED,
                Optional.of("Respite"),
                Optional.empty(),
                Optional.of(Aspect.PHASES)),
            // ... and Guilt's stakeholders (Carers and Staff declared; Staff derived).
            tuple(
                Kind.DECLARED_DIFFERS_FROM_DERIVED,
                Optional.of("Guilt"),
                Optional.empty(),
                Optional.of(Aspect.STAKEHOLDERS)),
            tuple(Kind.SINGLE_PAPER, Optional.of("Guilt"), Optional.empty(), Optional.empty()),
            tuple(
                Kind.PAPER_WITHOUT_KEY_CONCEPT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            // The set-aside concept is named; it concerns no key concept.
            tuple(
                Kind.UNTRANSLATED_CONCEPT,
                Optional.empty(),
                Optional.of("Stray"),
                Optional.empty()));
  }

  @Test
  void declaredDiffersFromDerived_inBothAspects_givesOneFindingPerAspect() {
    // Guilt declared during and for Carers only: derived phases [during] agree, derived
    // stakeholders [Staff] do not; Unease (Staff) found in 9 is behind the difference.
    // Declared after instead: the phases differ too, again because of Unease found in 9.
    KeyConcept guiltAfter =
        KeyConcept.builder()
            .from(GUILT)
            .phases(List.of(AFTER))
            .stakeholders(List.of(CARERS))
            .build();
    Synthesis both = Synthesis.of(review().keyConcepts(List.of(RESPITE, guiltAfter)).build());
    assertThat(both.audit().findings(Kind.DECLARED_DIFFERS_FROM_DERIVED))
        .extracting(Finding::keyConcept, Finding::aspect, Finding::papers)
        .containsExactly(
            tuple(Optional.of("Respite"), Optional.of(Aspect.PHASES), cited(2)),
            tuple(Optional.of("Guilt"), Optional.of(Aspect.STAKEHOLDERS), cited(9)),
            tuple(Optional.of("Guilt"), Optional.of(Aspect.PHASES), cited(9)));
  }

  @Test
  void audit_neverCountsAPaperWithoutDesignatedPerspective_asOutsideTheDeclaredStakeholders() {
    // Paper 13 reports no perspective and paper 14 an undesignated one; Time off (Respite) was
    // found in both. Respite's only paper outside its declared Carers is still 11 (Staff).
    Paper thirteen = Examples.bare(13);
    Paper fourteen =
        Paper.builder().reference(14).perspective(Perspective.undesignated("Dyads")).build();
    Synthesis wider =
        Synthesis.of(
            review()
                .addPapers(thirteen, fourteen)
                .extractions(
                    andFound(
                        review().build(), found("Time off", 13, "AO"), found("Time off", 14, "SL")))
                .build());
    assertThat(wider.grid().papersWith(RESPITE))
        .extracting(Paper::citation)
        .containsExactlyElementsOf(cited(2, 5, 11, 13, 14));
    assertThat(wider.audit().findings(Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS))
        .extracting(Finding::keyConcept, Finding::papers)
        .containsExactly(tuple(Optional.of("Respite"), cited(11)));
  }

  @Test
  void audit_reportsAKeyConceptThatNoPaperExpresses() {
    Synthesis withEmpty =
        Synthesis.of(
            review()
                .addKeyConcepts(
                    KeyConcept.builder()
                        .name("Dread")
                        .definition("Fear of the end of respite")
                        .addPhases(AFTER)
                        .addStakeholders(CARERS)
                        .build())
                .addConcepts(
                    concept("Counting days", Order.SECOND, CARERS, Valence.NEGATIVE, AFTER))
                .addTranslations(
                    Translation.of("Dread", TranslationKind.RECIPROCAL, "Counting days"))
                .build());
    assertThat(withEmpty.audit().findings(Kind.NO_PAPER))
        .extracting(Finding::message)
        .containsExactly("key concept \"Dread\" is expressed by no paper");
    // By hand: the findings of the review as before, Dread's (its declared after and Carers agree
    // with Counting days), and last Counting days, which no extraction finds.
    assertThat(withEmpty.audit().findings())
        .extracting(Finding::kind, Finding::keyConcept, Finding::concepts, Finding::papers)
        .containsExactly(
            tuple(
                Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                Optional.of("Respite"),
                List.of(),
                cited(11)),
            tuple(Kind.DECLARED_DIFFERS_FROM_DERIVED, Optional.of("Respite"), List.of(), cited(2)),
            tuple(Kind.DECLARED_DIFFERS_FROM_DERIVED, Optional.of("Guilt"), List.of(), cited()),
            tuple(Kind.SINGLE_PAPER, Optional.of("Guilt"), List.of(), cited(9)),
            tuple(Kind.NO_PAPER, Optional.of("Dread"), List.of(), cited()),
            tuple(Kind.PAPER_WITHOUT_KEY_CONCEPT, Optional.empty(), List.of(), cited(7)),
            tuple(Kind.UNTRANSLATED_CONCEPT, Optional.empty(), List.of("Stray"), cited(5)),
            tuple(Kind.CONCEPTS_NOT_FOUND, Optional.empty(), List.of("Counting days"), cited()));
    assertThat(withEmpty.audit().findings(Kind.CONCEPTS_NOT_FOUND))
        .extracting(Finding::message)
        .containsExactly("1 raw concept is found in no paper: Counting days");
  }

  @Test
  void declaredClassification_isReadInTheReviewsOrder_whateverOrderTheKeyConceptGivesIt() {
    KeyConcept guiltReversed =
        KeyConcept.builder().from(GUILT).stakeholders(List.of(STAFF, CARERS)).build();
    Synthesis reversed =
        Synthesis.of(review().keyConcepts(List.of(RESPITE, guiltReversed)).build());
    assertThat(reversed.distributions(Classification.DECLARED).by(Dimension.STAKEHOLDERS).keySet())
        .containsExactly(
            new Category.Group(ImmutableSet.of(CARERS)),
            new Category.Group(ImmutableSet.of(CARERS, STAFF)));
    Category.Group both =
        (Category.Group)
            reversed
                .distributions(Classification.DECLARED)
                .by(Dimension.STAKEHOLDERS)
                .keySet()
                .asList()
                .get(1);
    assertThat(both.stakeholders()).containsExactly(CARERS, STAFF);
    assertThat(reversed.profile(guiltReversed).orElseThrow().declaredStakeholders())
        .containsExactly(CARERS, STAFF);
  }

  private com.google.common.testing.NullPointerTester nullPointerTester() {
    return new com.google.common.testing.NullPointerTester()
        .setDefault(KeyConcept.class, RESPITE)
        .setDefault(Phase.class, DURING)
        .setDefault(Stakeholder.class, CARERS)
        .setDefault(Dimension.class, Dimension.PHASE)
        .setDefault(Classification.class, Classification.DERIVED)
        .setDefault(Finding.Kind.class, Kind.SINGLE_PAPER)
        .setDefault(Review.class, review().build())
        .setDefault(Citation.class, Citation.of(2))
        .setDefault(Paper.class, paper(2))
        .setDefault(Aggregation.class, synthesis.aggregation())
        .setDefault(Category.class, new Category.OfValence(ValenceProfile.POSITIVE));
  }

  @Test
  void synthesisValues_rejectNulls() {
    com.google.common.testing.NullPointerTester tester = nullPointerTester();
    for (Object value :
        List.of(
            synthesis.aggregation(),
            synthesis.aggregation().support(paper(2), RESPITE).orElseThrow(),
            synthesis.profiles().get(0),
            synthesis.distributions(),
            synthesis.distributions().crossTab(Dimension.PHASE, Dimension.VALENCE),
            synthesis.audit(),
            synthesis.audit().findings().get(0))) {
      tester.testAllPublicInstanceMethods(value);
    }
    tester.testAllPublicStaticMethods(Aggregation.class);
    tester.testAllPublicStaticMethods(Support.class);
    tester.testAllPublicStaticMethods(Distributions.class);
    tester.testAllPublicStaticMethods(ConceptualModel.class);
  }

  @Test
  void conceptualModel_rejectsNulls() throws NoSuchMethodException {
    nullPointerTester()
        .ignore(ConceptualModel.class.getMethod("keyConcepts", Optional.class, Set.class))
        .testAllPublicInstanceMethods(synthesis.conceptualModel());
  }

  @Test
  void conceptualModelKeyConcepts_rejectsANullPhase() {
    ConceptualModel model = synthesis.conceptualModel();
    assertThatThrownBy(() -> model.keyConcepts(null, Set.of(CARERS)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> model.keyConcepts(Optional.of(DURING), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void synthesis_rejectsNulls() throws NoSuchMethodException {
    nullPointerTester()
        .ignore(Synthesis.class.getMethod("support", int.class, String.class))
        .testAllPublicInstanceMethods(synthesis);
  }

  @Test
  void supportByReferenceNumber_rejectsANullKeyConcept_whateverTheNumber() {
    assertThatThrownBy(() -> synthesis.support(2, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> synthesis.support(0, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void synthesisValues_areEqualByValue() {
    Synthesis again = Synthesis.of(review().build());
    new EqualsTester()
        .addEqualityGroup(synthesis.profiles().get(0), again.profiles().get(0))
        .addEqualityGroup(synthesis.profiles().get(1))
        .addEqualityGroup(synthesis.distributions(), again.distributions())
        .addEqualityGroup(synthesis.distributions(Classification.DECLARED))
        .addEqualityGroup(
            synthesis.distributions().crossTab(Dimension.PHASE, Dimension.VALENCE),
            again.distributions().crossTab(Dimension.PHASE, Dimension.VALENCE))
        .addEqualityGroup(synthesis.audit(), again.audit())
        .addEqualityGroup(synthesis.audit().findings().get(0), again.audit().findings().get(0))
        .addEqualityGroup(synthesis.conceptualModel(), again.conceptualModel())
        .addEqualityGroup(
            Support.of("a", Optional.of(Order.FIRST), List.of(Reviewer.of("AO"))),
            Support.of("a", Optional.of(Order.FIRST), List.of(Reviewer.of("AO"))))
        .addEqualityGroup(Support.of("a", Optional.of(Order.SECOND), List.of(Reviewer.of("AO"))))
        .addEqualityGroup(Support.of("a", Optional.empty(), List.of(Reviewer.of("AO"))))
        .addEqualityGroup(Support.of("a", Optional.empty(), List.of()))
        .testEquals();
  }

  @Test
  void audit_reportsRawSupportThatTheGridOfRecordDoesNotTick() {
    Synthesis ticked = Synthesis.of(review().addIncidences(Incidence.of(2, "Respite")).build());
    assertThat(ticked.grid().incidenceCount()).isEqualTo(1);
    assertThat(ticked.audit().findings(Kind.RAW_SUPPORT_NOT_IN_GRID))
        .extracting(Finding::message)
        .containsExactly(
            "raw concepts of key concept \"Respite\" were found in papers [5, 11], which the key"
                + " concept grid does not tick",
            "raw concepts of key concept \"Guilt\" were found in papers [9], which the key concept"
                + " grid does not tick");
  }

  @Test
  void conceptualModel_placesKeyConceptsByPhaseAndStakeholderGroup() {
    ConceptualModel model = synthesis.conceptualModel();
    assertThat(model.phases()).containsExactly(Optional.of(DURING));
    assertThat(model.groups(Optional.of(DURING)))
        .containsExactly(ImmutableSet.of(CARERS), ImmutableSet.of(CARERS, STAFF));
    assertThat(model.keyConcepts(Optional.of(DURING), Set.of(STAFF, CARERS)))
        .containsExactly(GUILT);
    assertThat(model.keyConcepts(Optional.of(DURING), Set.of(CARERS))).containsExactly(RESPITE);
    assertThat(model.groups(Optional.of(AFTER))).isEmpty();
    assertThat(model.groups(Optional.empty())).isEmpty();
    assertThat(model.relations()).containsExactly(Relation.of("Respite", "eases", "Guilt"));
    assertThat(model.statement()).contains("Respite eases guilt.");
  }

  @Test
  void aggregations_mergeOverDisjointPapers_andRefuseOverlaps() {
    Review whole = review().build();
    Review left =
        review()
            .papers(List.of(paper(2, CARERS), paper(7, CARERS)))
            .extractions(List.of(found("Time off", 2, "AO"), found("Rest", 2, "SL")))
            .build();
    Review right =
        review()
            .papers(List.of(paper(5, CARERS), paper(9, CARERS), paper(11, STAFF)))
            .extractions(
                List.of(
                    found("Time off", 5, "SL"),
                    found("Time off", 11, "AO"),
                    found("Unease", 9, "AO", "SL"),
                    found("Stray", 5, "AO")))
            .build();
    Aggregation merged = Aggregation.of(left).merge(Aggregation.of(right));
    assertThat(merged).isEqualTo(Aggregation.of(whole));
    new EqualsTester()
        .addEqualityGroup(merged, Aggregation.of(whole))
        .addEqualityGroup(Aggregation.of(left))
        .testEquals();
    assertThatThrownBy(() -> Aggregation.of(left).merge(Aggregation.of(left)))
        .hasMessage("aggregates over common papers cannot be merged; papers in both: [2, 7]");
  }

  private static Category inPhase(String phase) {
    return new Category.InPhase(java.util.Optional.of(org.metaethnography.model.Phase.of(phase)));
  }

  /** {@return the extractions of {@code base} followed by {@code more}} */
  private static java.util.List<Extraction> andFound(Review base, Extraction... more) {
    return com.google.common.collect.ImmutableList.<Extraction>builder()
        .addAll(base.extractions())
        .add(more)
        .build();
  }
}

package org.metaethnography.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.figure.ModelFigures;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Phase;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Category;
import org.metaethnography.synthesis.Classification;
import org.metaethnography.synthesis.CrossTab;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.Support;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.ValenceProfile;

/**
 * A second, small review on a topic unrelated to the reference paper, with stakeholders of its own
 * ("Nurses", "Managers"), goes through the whole public pipeline (description, raw concepts,
 * extractions, translations, setting aside, line of argument, synthesis, tables, figure) without
 * any change to the library; and every result the library computes equals what a person works out
 * by hand from the data below.
 *
 * <p>The review is invented: nurses' and managers' experience of introducing electronic health
 * records (EHR). It ticks no grid cell itself (it has no published grid), so its grid of record is
 * the one aggregated from its raw concepts. It deliberately contains a key concept whose declared
 * stakeholders differ from those its raw concepts voice ("Information at hand"), a key concept that
 * rests on a single paper ("Leading the change"), and a paper from which only a set-aside raw
 * concept was extracted (Ferreira [20]), so that the audit has something to report.
 *
 * <p>The data, as a person reads it (used by every "Worked by hand" comment below):
 *
 * <pre>
 * Papers (perspective):  [3] Haddad (Nurses)   [8] Ojo (Managers)   [11] Lindqvist (Nurses, Managers)
 *                        [15] Mbeki (Nurses)   [20] Ferreira (Managers)
 *
 * Key concepts (declared phase; declared stakeholders), in review order:
 *   K1 Time taken from patients  (Implementation; Nurses)
 *   K2 Leading the change        (Implementation; Managers)
 *   K3 Visible practice          (Routine use;    Nurses, Managers)
 *   K4 Information at hand       (Routine use;    Managers)
 *
 * Raw concepts (order, voices, valence, phase)  -> translated into
 *   Screen before patient    (1st, Nurses,   -, Implementation) -> K1 reciprocal
 *   Double documentation     (2nd, Nurses,   -, Implementation) -> K1 reciprocal
 *   Championing the go-live  (2nd, Managers, +, Implementation) -> K2 reciprocal
 *   Seeing the whole ward    (2nd, Managers, +, Routine use)    -> K3 refutational
 *   Feeling watched          (1st, Nurses,   -, Routine use)    -> K3 refutational
 *   Reports on demand        (2nd, Managers, +, Routine use)    -> K4 reciprocal
 *   History at the bedside   (1st, Nurses,   +, Routine use)    -> K4 reciprocal
 *   Software vendor delays   (2nd, Managers, -, Implementation) -> set aside
 *
 * Extractions (concept in paper, by):
 *   Screen before patient   in [3] by JK, MT (quoted, p. 6);  in [15] by JK
 *   Double documentation    in [3] by MT;                     in [11] by JK
 *   Championing the go-live in [8] by MT
 *   Seeing the whole ward   in [8] by JK, MT;                 in [11] by MT
 *   Feeling watched         in [11] by JK (quoted);           in [15] by MT
 *   Reports on demand       in [8] by JK
 *   History at the bedside  in [11] by MT
 *   Software vendor delays  in [20] by MT
 * </pre>
 */
final class SecondReviewTest {
  private static final String TIME = "Time taken from patients";
  private static final String LEADING = "Leading the change";
  private static final String VISIBLE = "Visible practice";
  private static final String INFORMATION = "Information at hand";

  private static final Stakeholder NURSES = Stakeholder.of("Nurses");
  private static final Stakeholder MANAGERS = Stakeholder.of("Managers");
  private static final Phase IMPLEMENTATION = Phase.of("Implementation");
  private static final Phase ROUTINE_USE = Phase.of("Routine use");

  private static Synthesis synthesis;

  @BeforeAll
  static void synthesizeTheReview() {
    synthesis =
        MetaEthnography.review(
                "Nurses' and managers' experience of introducing electronic health records")
            .stakeholders("Nurses", "Managers")
            .phases("Implementation", "Routine use")
            .reviewers("JK", "MT")
            .relationKinds("eases", "gives way to", "sustains")
            .search("Nursing databases", 640, 48, 10, 3)
            .search("Health management databases", 310, 22, 6, 2)
            .exclusion("Not about electronic records", 5)
            .exclusion("Qualitative data too thin", 4)
            .exclusion("Full text unavailable", 2)
            .paper(
                3,
                p ->
                    p.by("Haddad R", "Nilsen T")
                        .year(2018)
                        .titled("Charting at the bedside")
                        .in("Comput Inform Nurs")
                        .condition("Acute care")
                        .format("Hospital-wide rollout")
                        .intervention("EHR introduced on all wards at once")
                        .perspective("Nurses"))
            .paper(
                8,
                p ->
                    p.by("Ojo A")
                        .year(2019)
                        .titled("Leading a go-live")
                        .in("J Nurs Manag")
                        .condition("Acute care")
                        .format("Phased rollout")
                        .intervention("EHR introduced ward by ward over a year")
                        .duration("12 months")
                        .perspective("Managers"))
            .paper(
                11,
                p ->
                    p.by("Lindqvist E", "Park S")
                        .year(2020)
                        .titled("Nurses and managers after go-live")
                        .in("BMC Health Serv Res")
                        .condition("Community care")
                        .format("Phased rollout")
                        .intervention("EHR introduced team by team in community nursing")
                        .perspective("Nurses", "Managers"))
            .paper(
                15,
                p ->
                    p.by("Mbeki T")
                        .year(2021)
                        .titled("District nursing goes digital")
                        .in("J Clin Nurs")
                        .condition("Community care")
                        .format("Mobile devices")
                        .intervention("Tablets giving district nurses the record on home visits")
                        .perspective("Nurses"))
            .paper(
                20,
                p ->
                    p.by("Ferreira L")
                        .year(2022)
                        .titled("Buying the record")
                        .in("Health Informatics J")
                        .condition("Acute care")
                        .format("Hospital-wide rollout")
                        .intervention("Procurement and rollout of a hospital EHR")
                        .perspective("Managers"))
            .keyConcept(
                TIME,
                k ->
                    k.definedAs("Documentation that draws attention from the patient")
                        .phase("Implementation")
                        .concerns("Nurses"))
            .keyConcept(
                LEADING,
                k ->
                    k.definedAs("Managers carrying staff through the go-live")
                        .phase("Implementation")
                        .concerns("Managers"))
            .keyConcept(
                VISIBLE,
                k ->
                    k.definedAs("Care made visible in the record, for good and ill")
                        .phase("Routine use")
                        .concerns("Nurses", "Managers"))
            .keyConcept(
                INFORMATION,
                k ->
                    k.definedAs("Records that answer questions when they arise")
                        .phase("Routine use")
                        .concerns("Managers"))
            .concept(
                "Screen before patient",
                c ->
                    c.firstOrder()
                        .voices("Nurses")
                        .negative()
                        .phase("Implementation")
                        .definedAs("Looking at the screen instead of the patient"))
            .concept(
                "Double documentation",
                c ->
                    c.secondOrder()
                        .voices("Nurses")
                        .negative()
                        .phase("Implementation")
                        .definedAs("Recording on paper and on screen during the switch"))
            .concept(
                "Championing the go-live",
                c ->
                    c.secondOrder()
                        .voices("Managers")
                        .positive()
                        .phase("Implementation")
                        .definedAs("Managers as visible advocates of the new record"))
            .concept(
                "Seeing the whole ward",
                c ->
                    c.secondOrder()
                        .voices("Managers")
                        .positive()
                        .phase("Routine use")
                        .definedAs("An overview of the ward's work at a glance"))
            .concept(
                "Feeling watched",
                c ->
                    c.firstOrder()
                        .voices("Nurses")
                        .negative()
                        .phase("Routine use")
                        .definedAs("Every entry can be checked by someone"))
            .concept(
                "Reports on demand",
                c ->
                    c.secondOrder()
                        .voices("Managers")
                        .positive()
                        .phase("Routine use")
                        .definedAs("Figures for audits without counting by hand"))
            .concept(
                "History at the bedside",
                c ->
                    c.firstOrder()
                        .voices("Nurses")
                        .positive()
                        .phase("Routine use")
                        .definedAs("The patient's history available where care is given"))
            .concept(
                "Software vendor delays",
                c ->
                    c.secondOrder()
                        .voices("Managers")
                        .negative()
                        .phase("Implementation")
                        .definedAs("Late deliveries by the software supplier")
                        .note("About the supplier rather than the users"))
            .found(
                "Screen before patient",
                3,
                e ->
                    e.by("JK", "MT")
                        .quoting("I spend more time looking at the screen than at the patient")
                        .onPage("6"))
            .found("Screen before patient", 15, e -> e.by("JK"))
            .found("Double documentation", 3, e -> e.by("MT"))
            .found("Double documentation", 11, e -> e.by("JK"))
            .found("Championing the go-live", 8, e -> e.by("MT"))
            .found("Seeing the whole ward", 8, e -> e.by("JK", "MT"))
            .found("Seeing the whole ward", 11, e -> e.by("MT"))
            .found(
                "Feeling watched",
                11,
                e -> e.by("JK").quoting("it feels like someone is always checking"))
            .found("Feeling watched", 15, e -> e.by("MT"))
            .found("Reports on demand", 8, e -> e.by("JK"))
            .found("History at the bedside", 11, e -> e.by("MT"))
            .found("Software vendor delays", 20, e -> e.by("MT"))
            .translate(
                TIME, TranslationKind.RECIPROCAL, "Screen before patient", "Double documentation")
            .translate(LEADING, TranslationKind.RECIPROCAL, "Championing the go-live")
            .translate(
                VISIBLE, TranslationKind.REFUTATIONAL, "Seeing the whole ward", "Feeling watched")
            .translate(
                INFORMATION,
                TranslationKind.RECIPROCAL,
                "Reports on demand",
                "History at the bedside")
            .setAside("Software vendor delays", "About the vendor, not the users' experience")
            .relation(LEADING, "eases", TIME)
            .relation(TIME, "gives way to", INFORMATION)
            .relation(INFORMATION, "sustains", VISIBLE)
            .lineOfArgument(
                "Managers who lead the change ease the time the record first takes"
                    + " from patients; in routine use the record puts information at hand and makes"
                    + " practice visible, which nurses and managers experience differently")
            .synthesize();
  }

  private static KeyConcept keyConcept(String name) {
    return synthesis.review().keyConcept(name).orElseThrow();
  }

  @Test
  void grid_isAggregatedFromRawConcepts() {
    // Worked by hand: a paper expresses a key concept when a raw concept translated into it was
    // extracted from the paper; the set-aside concept supports nothing.
    //   [3]  Screen before patient, Double documentation         -> K1
    //   [8]  Championing the go-live -> K2; Seeing the whole ward -> K3; Reports on demand -> K4
    //   [11] Double documentation -> K1; Seeing the whole ward, Feeling watched -> K3;
    //        History at the bedside -> K4
    //   [15] Screen before patient -> K1; Feeling watched -> K3
    //   [20] Software vendor delays (set aside)                  -> nothing
    // Column totals: K1 in 3, 11, 15 = 3; K2 in 8 = 1; K3 in 8, 11, 15 = 3; K4 in 8, 11 = 2.
    // Rows in ascending reference order; first author is the first surname of the byline.
    assertThat(synthesis.review().incidences()).isEmpty();
    assertThat(ReviewTables.conceptGrid(synthesis, GridLayout.standard()).toCsv())
        .isEqualTo(
            "reference,first_author,Time taken from patients,Leading the change,"
                + "Visible practice,Information at hand\n"
                + "3,Haddad,1,0,0,0\n"
                + "8,Ojo,0,1,1,1\n"
                + "11,Lindqvist,1,0,1,1\n"
                + "15,Mbeki,1,0,1,0\n"
                + "20,Ferreira,0,0,0,0\n"
                + "Total,,3,1,3,2\n");
    // With no ticked cell, the grid of record is the aggregated grid itself.
    assertThat(synthesis.grid()).isEqualTo(synthesis.aggregation().grid());
  }

  @Test
  void support_namesTheConceptsOrdersAndReviewersOfEachCell() {
    // Worked by hand: cell [3] x K1 merges two raw concepts, Screen before patient (1st, by JK and
    // MT) and Double documentation (2nd, by MT): concepts {Double documentation, Screen before
    // patient} alphabetically, orders {FIRST, SECOND}, reviewers {JK, MT}.
    Support timeIn3 = synthesis.support(3, TIME).orElseThrow();
    assertThat(timeIn3.concepts()).containsExactly("Double documentation", "Screen before patient");
    assertThat(timeIn3.orders()).containsExactly(Order.FIRST, Order.SECOND);
    assertThat(timeIn3.reviewers()).containsExactly("JK", "MT");

    // Worked by hand: cell [8] x K3 rests on one raw concept found by two reviewers together:
    // Seeing the whole ward (2nd, by JK and MT).
    Support visibleIn8 = synthesis.support(8, VISIBLE).orElseThrow();
    assertThat(visibleIn8.concepts()).containsExactly("Seeing the whole ward");
    assertThat(visibleIn8.orders()).containsExactly(Order.SECOND);
    assertThat(visibleIn8.reviewers()).containsExactly("JK", "MT");

    // Worked by hand: cell [11] x K3 merges two extractions by different reviewers: Seeing the
    // whole ward (2nd, MT) and Feeling watched (1st, JK).
    Support visibleIn11 = synthesis.support(11, VISIBLE).orElseThrow();
    assertThat(visibleIn11.concepts()).containsExactly("Feeling watched", "Seeing the whole ward");
    assertThat(visibleIn11.orders()).containsExactly(Order.FIRST, Order.SECOND);
    assertThat(visibleIn11.reviewers()).containsExactly("JK", "MT");

    // Worked by hand: cell [15] x K1 is Screen before patient (1st) found by JK alone.
    Support timeIn15 = synthesis.support(15, TIME).orElseThrow();
    assertThat(timeIn15.concepts()).containsExactly("Screen before patient");
    assertThat(timeIn15.orders()).containsExactly(Order.FIRST);
    assertThat(timeIn15.reviewers()).containsExactly("JK");

    // Worked by hand: nothing translated was extracted from [20]; K2 was not found in [3].
    assertThat(synthesis.support(20, TIME)).isEmpty();
    assertThat(synthesis.support(3, LEADING)).isEmpty();
  }

  @Test
  void profiles_deriveStakeholdersPhasesAndValenceFromRawConcepts() {
    // Worked by hand, per key concept from its translated raw concepts (stakeholders and phases
    // listed in the review's declared order Nurses, Managers / Implementation, Routine use;
    // papers = the column total of the grid above; raw concepts in translation order):
    //   K1: Screen before patient (Nurses, -, Impl.), Double documentation (Nurses, -, Impl.)
    //       -> [Nurses], [Implementation], NEGATIVE, 3 papers, 2 raw concepts
    //   K2: Championing the go-live (Managers, +, Impl.)
    //       -> [Managers], [Implementation], POSITIVE, 1 paper, 1 raw concept
    //   K3: Seeing the whole ward (Managers, +, Routine), Feeling watched (Nurses, -, Routine)
    //       -> [Nurses, Managers], [Routine use], BOTH, 3 papers, 2 raw concepts
    //   K4: Reports on demand (Managers, +, Routine), History at the bedside (Nurses, +, Routine)
    //       -> [Nurses, Managers], [Routine use], POSITIVE, 2 papers, 2 raw concepts
    assertThat(synthesis.profiles())
        .extracting(
            p -> p.keyConcept().name(),
            p -> List.copyOf(p.stakeholders()),
            p -> List.copyOf(p.phases()),
            KeyConceptProfile::valence,
            KeyConceptProfile::papers,
            p -> p.rawConcepts().stream().map(Concept::name).toList())
        .containsExactly(
            tuple(
                TIME,
                List.of(NURSES),
                List.of(IMPLEMENTATION),
                ValenceProfile.NEGATIVE,
                3,
                List.of("Screen before patient", "Double documentation")),
            tuple(
                LEADING,
                List.of(MANAGERS),
                List.of(IMPLEMENTATION),
                ValenceProfile.POSITIVE,
                1,
                List.of("Championing the go-live")),
            tuple(
                VISIBLE,
                List.of(NURSES, MANAGERS),
                List.of(ROUTINE_USE),
                ValenceProfile.BOTH,
                3,
                List.of("Seeing the whole ward", "Feeling watched")),
            tuple(
                INFORMATION,
                List.of(NURSES, MANAGERS),
                List.of(ROUTINE_USE),
                ValenceProfile.POSITIVE,
                2,
                List.of("Reports on demand", "History at the bedside")));
    // Worked by hand: only K4's derived stakeholders {Nurses, Managers} differ from its declared
    // {Managers}; every derived phase equals the declared one.
    assertThat(synthesis.profiles())
        .extracting(KeyConceptProfile::stakeholdersAgree)
        .containsExactly(true, true, true, false);
    assertThat(synthesis.profiles())
        .extracting(KeyConceptProfile::phasesAgree)
        .containsExactly(true, true, true, true);
  }

  @Test
  void keyConceptTable_showsDeclaredBesideDerived() {
    // Worked by hand from the profiles above; several values are joined with "; ".
    assertThat(ReviewTables.keyConcepts(synthesis).toCsv())
        .isEqualTo(
            "key_concept,phases,stakeholders_declared,stakeholders_derived,valence,papers,"
                + "raw_concepts\n"
                + "Time taken from patients,Implementation,Nurses,Nurses,negative,3,2\n"
                + "Leading the change,Implementation,Managers,Managers,positive,1,1\n"
                + "Visible practice,Routine use,Nurses; Managers,Nurses; Managers,both,3,2\n"
                + "Information at hand,Routine use,Managers,Nurses; Managers,positive,2,2\n");
  }

  @Test
  void distributions_classifyByDerivedStakeholders_whenRawConceptsAreRecorded() {
    // Worked by hand (derived, since the review records raw concepts):
    //   K1 {Nurses} -> specific to Nurses;  K2 {Managers} -> specific to Managers;
    //   K3 {Nurses, Managers} and K4 {Nurses, Managers} -> shared.
    Distributions derived = synthesis.distributions();
    assertThat(derived.classification()).isEqualTo(Classification.DERIVED);
    assertThat(derived.specificTo(NURSES)).extracting(KeyConcept::name).containsExactly(TIME);
    assertThat(derived.specificTo(MANAGERS)).extracting(KeyConcept::name).containsExactly(LEADING);
    assertThat(derived.shared()).extracting(KeyConcept::name).containsExactly(VISIBLE, INFORMATION);

    // Worked by hand (declared): K4 is declared for Managers only, so it moves from shared to
    // specific to Managers.
    Distributions declared = synthesis.distributions(Classification.DECLARED);
    assertThat(declared.specificTo(NURSES)).extracting(KeyConcept::name).containsExactly(TIME);
    assertThat(declared.specificTo(MANAGERS))
        .extracting(KeyConcept::name)
        .containsExactly(LEADING, INFORMATION);
    assertThat(declared.shared()).extracting(KeyConcept::name).containsExactly(VISIBLE);
  }

  @Test
  void crossTab_countsKeyConceptsByStakeholderGroupAndValence() {
    // Worked by hand (derived): K1 Nurses/negative, K2 Managers/positive, K3 "Nurses and
    // managers"/both, K4 "Nurses and managers"/positive. Rows in order of first appearance:
    // Nurses, Managers, Nurses and managers; columns: negative, positive, both.
    CrossTab byValence =
        synthesis.distributions().crossTab(Dimension.STAKEHOLDERS, Dimension.VALENCE);
    assertThat(ReviewTables.crossTab(byValence).toCsv())
        .isEqualTo(
            "stakeholders by valence,negative,positive,both\n"
                + "Nurses,1,0,0\n"
                + "Managers,0,1,0\n"
                + "Nurses and managers,0,1,1\n");
    Category nursesAndManagers =
        new Category.Group(ImmutableSet.of(NURSES, MANAGERS));
    assertThat(byValence.count(nursesAndManagers, new Category.OfValence(ValenceProfile.BOTH)))
        .isEqualTo(1);

    // Worked by hand (derived): Implementation holds K1 (Nurses) and K2 (Managers); Routine use
    // holds K3 and K4, both "Nurses and managers".
    CrossTab byPhase = synthesis.distributions().crossTab(Dimension.PHASE, Dimension.STAKEHOLDERS);
    assertThat(ReviewTables.crossTab(byPhase).toCsv())
        .isEqualTo(
            "phase by stakeholders,Nurses,Managers,Nurses and managers\n"
                + "Implementation,1,1,0\n"
                + "Routine use,0,0,2\n");
  }

  @Test
  void audit_reportsEachDeliberateProblem_inDocumentedOrder() {
    // Worked by hand, key concept by key concept in review order, then papers, then concepts:
    //   K1: ticked in [3] Nurses, [11] Nurses+Managers, [15] Nurses, all within its declared
    //       Nurses; derived = declared; 3 papers -> nothing.
    //   K2: ticked in [8] Managers only -> SINGLE_PAPER [8].
    //   K3: ticked in [8], [11], [15], each reporting Nurses or Managers; derived = declared;
    //       3 papers -> nothing.
    //   K4: ticked in [8] Managers and [11] Nurses+Managers, within declared Managers; derived
    //       {Nurses, Managers} != declared {Managers} -> DECLARED_DIFFERS_FROM_DERIVED, naming
    //       the papers where its Nurses' raw concept (History at the bedside) was found: [11];
    //       phases agree; 2 papers.
    //   The grid of record is the aggregated grid, so no raw support can be missing from it.
    //   Papers: [20] expresses no key concept -> PAPER_WITHOUT_KEY_CONCEPT [20].
    //   Concepts: Software vendor delays is set aside; found in [20] -> UNTRANSLATED_CONCEPT [20].
    assertThat(synthesis.audit().findings())
        .extracting(Finding::kind, Finding::keyConcept, Finding::papers)
        .containsExactly(
            tuple(Finding.Kind.SINGLE_PAPER, Optional.of(LEADING), List.of(Citation.of(8))),
            tuple(
                Finding.Kind.DECLARED_DIFFERS_FROM_DERIVED,
                Optional.of(INFORMATION),
                List.of(Citation.of(11))),
            tuple(
                Finding.Kind.PAPER_WITHOUT_KEY_CONCEPT, Optional.empty(), List.of(Citation.of(20))),
            tuple(Finding.Kind.UNTRANSLATED_CONCEPT, Optional.empty(), List.of(Citation.of(20))));
    assertThat(synthesis.audit().findings(Finding.Kind.UNTRANSLATED_CONCEPT).get(0).message())
        .contains("Software vendor delays")
        .contains("About the vendor, not the users' experience");
  }

  @Test
  void translationTable_listsEveryRawConcept_setAsideLast() {
    // Worked by hand: one row per raw concept in the order of the translations and of the
    // concepts within each, with its order in lower case and the kind in lower case; then the
    // set-aside concept with an empty key concept and kind "set aside". The papers column lists
    // where each was found, in the order of the extractions: Screen before patient in 3 and 15,
    // Double documentation in 3 and 11, and so on.
    assertThat(ReviewTables.translations(synthesis).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,papers\n"
                + "Screen before patient,first,Time taken from patients,reciprocal,3 15\n"
                + "Double documentation,second,Time taken from patients,reciprocal,3 11\n"
                + "Championing the go-live,second,Leading the change,reciprocal,8\n"
                + "Seeing the whole ward,second,Visible practice,refutational,8 11\n"
                + "Feeling watched,first,Visible practice,refutational,11 15\n"
                + "Reports on demand,second,Information at hand,reciprocal,8\n"
                + "History at the bedside,first,Information at hand,reciprocal,11\n"
                + "Software vendor delays,second,,set aside,20\n");
  }

  @Test
  void conceptualModel_drawsBothPhasesAndEveryRelation() {
    // Worked by hand: key concepts are placed by their first declared phase and their declared
    // stakeholder group. Implementation: {Nurses} K1, then {Managers} K2; Routine use:
    // {Nurses, Managers} K3, then {Managers} K4. Identifiers follow that order: K1 = k0,
    // K2 = k1, K3 = k2, K4 = k3. A relation is drawn "  from -->|"kind"| to".
    String mermaid = ModelFigures.toMermaid(synthesis.conceptualModel());
    assertThat(mermaid)
        .startsWith("flowchart LR\n")
        .contains("  subgraph p0[\"Implementation\"]\n")
        .contains("  subgraph p1[\"Routine use\"]\n")
        .contains("    subgraph p1g0[\"Nurses and managers\"]\n      k2[\"Visible practice\"]\n")
        .contains("    subgraph p1g1[\"Managers\"]\n      k3[\"Information at hand\"]\n")
        .contains("  k1 -->|\"eases\"| k0\n")
        .contains("  k0 -->|\"gives way to\"| k3\n")
        .contains("  k3 -->|\"sustains\"| k2\n");
    assertThat(synthesis.conceptualModel().statement()).isPresent();
  }

  @Test
  void flowAndExclusions_addUpAcrossSearches() {
    // Worked by hand: abstracts 640 + 310 = 950; retrieved 48 + 22 = 70; appraised 10 + 6 = 16;
    // included 3 + 2 = 5. Excluded at appraisal 16 - 5 = 11 = 5 + 4 + 2.
    assertThat(synthesis.flow().total()).isEqualTo(StageCounts.of(950, 70, 16, 5));
    assertThat(synthesis.exclusions().total()).isEqualTo(11);
    assertThat(synthesis.review().papers()).hasSize(5);
  }
}

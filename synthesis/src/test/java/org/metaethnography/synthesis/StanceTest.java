package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;

/**
 * Stance: how a study's concepts bear on a key concept, in the key concept grid and in the
 * aggregation of raw concepts.
 *
 * <p>The grid: papers 5 (asthma), 2 (dementia), 9 (asthma); key concepts Respite and Renewal; ticks
 * [2] Respite partly supports, [5] Respite (no stance), [9] Respite refutes, [2] Renewal supports
 * (stated). By hand: Respite is ticked in 3 papers, of which 1 supports (5, a tick without stance
 * reads as support), 1 partly supports (2) and 1 refutes (9); Renewal in 1, which supports.
 */
final class StanceTest {
  private static final Citation TWO = Citation.of(2);
  private static final Citation FIVE = Citation.of(5);
  private static final Citation NINE = Citation.of(9);
  private final Paper five = Examples.paper(5, "asthma", "group");
  private final Paper two = Examples.paper(2, "dementia", "group");
  private final Paper nine = Examples.paper(9, "asthma", "online");
  private final KeyConcept respite = Examples.keyConcept("Respite");
  private final KeyConcept renewal = Examples.keyConcept("Renewal");
  private final List<Incidence> ticks =
      List.of(
          Incidence.of(TWO, "Respite", Stance.PARTLY_SUPPORTS),
          Incidence.of(5, "Respite"),
          Incidence.of(NINE, "Respite", Stance.REFUTES),
          Incidence.of(TWO, "Renewal", Stance.SUPPORTS));
  private final ConceptGrid grid =
      ConceptGrid.of(List.of(five, two, nine), List.of(respite, renewal), ticks);

  @Test
  void stance_isTheTicksStance_supportsWithoutOne_emptyWhereNotTicked() {
    assertThat(grid.stance(two, respite)).contains(Stance.PARTLY_SUPPORTS);
    assertThat(grid.stance(five, respite)).contains(Stance.SUPPORTS);
    assertThat(grid.stance(nine, respite)).contains(Stance.REFUTES);
    assertThat(grid.stance(two, renewal)).contains(Stance.SUPPORTS);
    assertThat(grid.stance(five, renewal)).isEmpty();
    assertThat(grid.stance(nine, renewal)).isEmpty();
  }

  @Test
  void count_countsOnlyTheGivenStances() {
    assertThat(grid.count(respite, Set.of(Stance.SUPPORTS))).isEqualTo(1);
    assertThat(grid.count(respite, Set.of(Stance.PARTLY_SUPPORTS))).isEqualTo(1);
    assertThat(grid.count(respite, Set.of(Stance.REFUTES))).isEqualTo(1);
    assertThat(grid.count(respite, Set.of(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS))).isEqualTo(2);
    assertThat(grid.count(respite, EnumSet.allOf(Stance.class))).isEqualTo(3);
    assertThat(grid.count(respite, Set.of())).isZero();
    assertThat(grid.count(renewal, Set.of(Stance.SUPPORTS))).isEqualTo(1);
    assertThat(grid.count(renewal, Set.of(Stance.REFUTES))).isZero();
    // The column's total counts every stance.
    assertThat(grid.count(respite)).isEqualTo(3);
    assertThat(grid.counts()).containsExactly(Map.entry(respite, 3), Map.entry(renewal, 1));
  }

  @Test
  void papersSupporting_leavesOutThePapersThatRefute() {
    // Respite: [2] partly supports, [5] supports (no stance), [9] refutes; in citation order.
    assertThat(grid.papersSupporting(respite)).containsExactly(two, five);
    assertThat(grid.papersWith(respite)).containsExactly(two, five, nine);
    assertThat(grid.papersSupporting(renewal)).containsExactly(two);
  }

  @Test
  void incidences_carryTheStances() {
    assertThat(grid.incidences())
        .extracting(
            Incidence::paper, Incidence::keyConcept, i -> i.stance().orElse(Stance.SUPPORTS))
        .containsExactly(
            tuple(TWO, "Respite", Stance.PARTLY_SUPPORTS),
            tuple(TWO, "Renewal", Stance.SUPPORTS),
            tuple(FIVE, "Respite", Stance.SUPPORTS),
            tuple(NINE, "Respite", Stance.REFUTES));
    // Built again from its own cells, the grid is the same grid.
    assertThat(ConceptGrid.of(grid.papers(), grid.keyConcepts(), grid.incidences()))
        .isEqualTo(grid);
  }

  @Test
  void stances_surviveRestriction() {
    ConceptGrid withoutFive = grid.restrictedTo(p -> !p.equals(five));
    assertThat(withoutFive.stance(two, respite)).contains(Stance.PARTLY_SUPPORTS);
    assertThat(withoutFive.stance(nine, respite)).contains(Stance.REFUTES);
    assertThat(withoutFive.count(respite, Set.of(Stance.SUPPORTS))).isZero();
    ConceptGrid onlyTwo = grid.restrictedTo(p -> p.equals(two));
    assertThat(onlyTwo.count(respite, Set.of(Stance.REFUTES))).isZero();
    assertThat(onlyTwo.stance(two, respite)).contains(Stance.PARTLY_SUPPORTS);
    assertThat(onlyTwo)
        .isEqualTo(
            ConceptGrid.of(
                List.of(two),
                List.of(respite, renewal),
                List.of(
                    Incidence.of(TWO, "Respite", Stance.PARTLY_SUPPORTS),
                    Incidence.of(TWO, "Renewal"))));
  }

  @Test
  void stances_surviveGrouping() {
    ImmutableMap<Optional<Condition>, ConceptGrid> byCondition = grid.groupBy(Paper::condition);
    ConceptGrid asthma = byCondition.get(Optional.of(Condition.of("asthma")));
    assertThat(asthma.stance(five, respite)).contains(Stance.SUPPORTS);
    assertThat(asthma.stance(nine, respite)).contains(Stance.REFUTES);
    assertThat(asthma.count(respite, Set.of(Stance.REFUTES))).isEqualTo(1);
    ConceptGrid dementia = byCondition.get(Optional.of(Condition.of("dementia")));
    assertThat(dementia.stance(two, respite)).contains(Stance.PARTLY_SUPPORTS);
  }

  @Test
  void stances_surviveMerging() {
    ConceptGrid left =
        ConceptGrid.of(
            List.of(two), List.of(respite, renewal), List.of(ticks.get(0), ticks.get(3)));
    ConceptGrid right =
        ConceptGrid.of(List.of(nine, five), List.of(respite, renewal), ticks.subList(1, 3));
    ConceptGrid merged = left.merge(right);
    assertThat(merged).isEqualTo(grid);
    assertThat(right.merge(left)).isEqualTo(grid);
    assertThat(merged.stance(nine, respite)).contains(Stance.REFUTES);
    assertThat(merged.stance(two, respite)).contains(Stance.PARTLY_SUPPORTS);
  }

  @Test
  void grids_withTheSameTicksButOtherStances_differ() {
    List<Incidence> nineSupports =
        List.of(ticks.get(0), ticks.get(1), Incidence.of(9, "Respite"), ticks.get(3));
    List<Incidence> ninePartly =
        List.of(
            ticks.get(0),
            ticks.get(1),
            Incidence.of(NINE, "Respite", Stance.PARTLY_SUPPORTS),
            ticks.get(3));
    // A tick without stance and a tick that states support say the same.
    List<Incidence> supportStated =
        List.of(
            ticks.get(0),
            Incidence.of(FIVE, "Respite", Stance.SUPPORTS),
            ticks.get(2),
            Incidence.of(2, "Renewal"));
    new EqualsTester()
        .addEqualityGroup(
            grid,
            ConceptGrid.of(List.of(nine, two, five), List.of(respite, renewal), ticks),
            ConceptGrid.of(List.of(five, two, nine), List.of(respite, renewal), supportStated))
        .addEqualityGroup(
            ConceptGrid.of(List.of(five, two, nine), List.of(respite, renewal), nineSupports))
        .addEqualityGroup(
            ConceptGrid.of(List.of(five, two, nine), List.of(respite, renewal), ninePartly))
        .testEquals();
  }

  // Support: the stance of a cell aggregated from raw concepts.

  private static Support support(String concept, Stance stance) {
    return Support.of(concept, Optional.of(Order.SECOND), List.of(Reviewer.of("AO")), stance);
  }

  @Test
  void support_ofOneRawConcept_hasItsStance_andSupportsWithoutOne() {
    assertThat(support("a", Stance.REFUTES).stances()).containsExactly(Stance.REFUTES);
    assertThat(support("a", Stance.REFUTES).stance()).isEqualTo(Stance.REFUTES);
    assertThat(support("a", Stance.PARTLY_SUPPORTS).stance()).isEqualTo(Stance.PARTLY_SUPPORTS);
    Support plain = Support.of("a", Optional.of(Order.SECOND), List.of(Reviewer.of("AO")));
    assertThat(plain.stances()).containsExactly(Stance.SUPPORTS);
    assertThat(plain.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(plain).isEqualTo(support("a", Stance.SUPPORTS));
  }

  @Test
  void support_supportsWhereAllSupport_refutesWhereAllRefute_elsePartlySupports() {
    Support supports = support("a", Stance.SUPPORTS).plus(support("b", Stance.SUPPORTS));
    assertThat(supports.stances()).containsExactly(Stance.SUPPORTS);
    assertThat(supports.stance()).isEqualTo(Stance.SUPPORTS);
    Support refutes = support("a", Stance.REFUTES).plus(support("b", Stance.REFUTES));
    assertThat(refutes.stance()).isEqualTo(Stance.REFUTES);
    Support mixed = support("b", Stance.REFUTES).plus(support("a", Stance.SUPPORTS));
    assertThat(mixed.stances()).containsExactly(Stance.SUPPORTS, Stance.REFUTES);
    assertThat(mixed.stance()).isEqualTo(Stance.PARTLY_SUPPORTS);
    Support partly = support("a", Stance.SUPPORTS).plus(support("b", Stance.PARTLY_SUPPORTS));
    assertThat(partly.stances()).containsExactly(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS);
    assertThat(partly.stance()).isEqualTo(Stance.PARTLY_SUPPORTS);
    Support partlyAndRefutes =
        support("a", Stance.PARTLY_SUPPORTS).plus(support("b", Stance.REFUTES));
    assertThat(partlyAndRefutes.stance()).isEqualTo(Stance.PARTLY_SUPPORTS);
    Support all = mixed.plus(support("c", Stance.PARTLY_SUPPORTS));
    assertThat(all.stances())
        .containsExactly(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS, Stance.REFUTES);
    assertThat(all.stance()).isEqualTo(Stance.PARTLY_SUPPORTS);
  }

  @Test
  void supports_withOtherStances_differ() {
    new EqualsTester()
        .addEqualityGroup(support("a", Stance.SUPPORTS), support("a", Stance.SUPPORTS))
        .addEqualityGroup(support("a", Stance.REFUTES))
        .addEqualityGroup(support("a", Stance.PARTLY_SUPPORTS))
        .addEqualityGroup(
            support("a", Stance.SUPPORTS).plus(support("a", Stance.REFUTES)),
            support("a", Stance.REFUTES).plus(support("a", Stance.SUPPORTS)))
        .testEquals();
  }

  /**
   * A review with raw concepts, papers 2, 5, 9, 11; Time off and Rest into Respite, Unease into
   * Guilt. Extractions: Time off in 2 (no stance) and Rest in 2 (refutes); Time off in 5 (refutes);
   * Rest in 9 (partly supports) and Unease in 9 (no stance); Time off in 11 (supports, stated) and
   * Rest in 11 (no stance).
   *
   * <p>By hand: [2] Respite rests on a supporting and a refuting concept, so partly supports; [5]
   * Respite refutes; [9] Respite partly supports; [9] Guilt supports; [11] Respite supports (both
   * concepts support).
   */
  private static Review rawReview() {
    return Review.builder()
        .title("Respite")
        .addPapers(Examples.bare(2), Examples.bare(5), Examples.bare(9), Examples.bare(11))
        .addKeyConcepts(Examples.bareKeyConcept("Respite"), Examples.bareKeyConcept("Guilt"))
        .addConcepts(
            Concept.builder().name("Time off").build(),
            Concept.builder().name("Rest").build(),
            Concept.builder().name("Unease").build())
        .addTranslations(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time off", "Rest"),
            Translation.of("Guilt", TranslationKind.RECIPROCAL, "Unease"))
        .extractions(
            java.util.List.of(
                found("Time off", 2, Optional.empty()),
                found("Rest", 2, Optional.of(Stance.REFUTES)),
                found("Time off", 5, Optional.of(Stance.REFUTES)),
                found("Rest", 9, Optional.of(Stance.PARTLY_SUPPORTS)),
                found("Unease", 9, Optional.empty()),
                found("Time off", 11, Optional.of(Stance.SUPPORTS)),
                found("Rest", 11, Optional.empty())))
        .build();
  }

  private static Extraction found(String concept, int paper, Optional<Stance> stance) {
    return Extraction.builder().concept(concept).paper(paper).stance(stance).build();
  }

  @Test
  void aggregatedCells_haveTheStanceOfTheirSupport() {
    Review review = rawReview();
    Synthesis synthesis = Synthesis.of(review);
    Aggregation aggregation = synthesis.aggregation();
    KeyConcept respite = review.keyConcept("Respite").orElseThrow();
    KeyConcept guilt = review.keyConcept("Guilt").orElseThrow();
    assertThat(synthesis.support(2, "Respite").orElseThrow().stances())
        .containsExactly(Stance.SUPPORTS, Stance.REFUTES);
    assertThat(synthesis.support(5, "Respite").orElseThrow().stance()).isEqualTo(Stance.REFUTES);
    ConceptGrid aggregated = aggregation.grid();
    assertThat(aggregated.stance(paper(review, 2), respite)).contains(Stance.PARTLY_SUPPORTS);
    assertThat(aggregated.stance(paper(review, 5), respite)).contains(Stance.REFUTES);
    assertThat(aggregated.stance(paper(review, 9), respite)).contains(Stance.PARTLY_SUPPORTS);
    assertThat(aggregated.stance(paper(review, 9), guilt)).contains(Stance.SUPPORTS);
    assertThat(aggregated.stance(paper(review, 11), respite)).contains(Stance.SUPPORTS);
    assertThat(aggregated.stance(paper(review, 2), guilt)).isEmpty();
    assertThat(aggregated.count(respite, Set.of(Stance.SUPPORTS))).isEqualTo(1);
    assertThat(aggregated.count(respite, Set.of(Stance.PARTLY_SUPPORTS))).isEqualTo(2);
    assertThat(aggregated.count(respite, Set.of(Stance.REFUTES))).isEqualTo(1);
    // No grid is ticked in the review: the aggregated grid, stances and all, is the grid of record.
    assertThat(synthesis.grid()).isEqualTo(aggregated);
  }

  @Test
  void gridOfRecord_keepsTheStancesTheReviewTicks() {
    Review ticked =
        Review.builder()
            .from(rawReview())
            .addIncidences(Incidence.of(FIVE, "Respite", Stance.REFUTES), Incidence.of(9, "Guilt"))
            .build();
    Synthesis synthesis = Synthesis.of(ticked);
    KeyConcept respite = ticked.keyConcept("Respite").orElseThrow();
    assertThat(synthesis.grid().stance(paper(ticked, 5), respite)).contains(Stance.REFUTES);
    assertThat(synthesis.grid().stance(paper(ticked, 2), respite)).isEmpty();
  }

  @Test
  void studyGrid_keepsTheStanceOfAPaperThatIsAStudyOfItsOwn() {
    // Paper 5 is in no declared study, so it is a study of its own: its row of the study grid is
    // its row of the grid, refuting Respite. Papers 2 and 9 form study Alpha.
    Review ticked =
        Review.builder()
            .from(rawReview())
            .addIncidences(Incidence.of(FIVE, "Respite", Stance.REFUTES), Incidence.of(9, "Guilt"))
            .addStudies(org.metaethnography.model.Study.of("Alpha", TWO, NINE))
            .build();
    Synthesis synthesis = Synthesis.of(ticked);
    KeyConcept respite = ticked.keyConcept("Respite").orElseThrow();
    assertThat(synthesis.studyGrid().stance(paper(ticked, 5), respite)).contains(Stance.REFUTES);
    assertThat(synthesis.studyGrid().count(respite, Set.of(Stance.REFUTES))).isEqualTo(1);
  }

  @Test
  void refutingPapers_supportNothing_inProfilesAndAudit() {
    // rawReview plus key concept Doubt, translated from Qualm, found only in paper 5, refuting it.
    // By hand: Respite is supported by 2 (partly), 9 (partly) and 11, not by 5 (refutes): 3 papers.
    // Guilt rests on paper 9 alone: a single paper. Doubt is ticked in paper 5 only, which
    // refutes it: no paper supports it, so the audit reports it as resting on no paper.
    Review review =
        Review.builder()
            .from(rawReview())
            .addKeyConcepts(Examples.bareKeyConcept("Doubt"))
            .addConcepts(Concept.builder().name("Qualm").build())
            .addTranslations(Translation.of("Doubt", TranslationKind.RECIPROCAL, "Qualm"))
            .extractions(andFound(rawReview(), found("Qualm", 5, Optional.of(Stance.REFUTES))))
            .build();
    Synthesis synthesis = Synthesis.of(review);
    assertThat(synthesis.profile("Respite").orElseThrow().papers()).isEqualTo(3);
    assertThat(synthesis.profile("Guilt").orElseThrow().papers()).isEqualTo(1);
    assertThat(synthesis.profile("Doubt").orElseThrow().papers()).isZero();
    Audit audit = synthesis.audit();
    assertThat(audit.findings(Finding.Kind.NO_PAPER))
        .extracting(f -> f.keyConcept().orElseThrow(), Finding::message)
        .containsExactly(
            tuple("Doubt", "key concept \"Doubt\" is supported by no paper; paper [5] refutes it"));
    assertThat(audit.findings(Finding.Kind.SINGLE_PAPER))
        .extracting(f -> f.keyConcept().orElseThrow(), Finding::papers)
        .containsExactly(tuple("Guilt", List.of(NINE)));
  }

  @Test
  void sensitivity_countsARefutingPaperAsNoSupport() {
    // Without paper 11, Respite keeps 2 and 9 (partly supporting): 2 papers, still supported.
    // Without papers 2 and 11, Respite keeps 9 only (5 refutes): it comes to rest on one paper.
    // Without papers 2, 9 and 11 it keeps only the refuting 5: it loses all support.
    Synthesis whole = Synthesis.of(rawReview());
    assertThat(
            Sensitivity.compare(
                    whole, whole.restrictedTo(p -> p.citation().number().getAsInt() != 11))
                .changes())
        .isEmpty();
    Sensitivity twoAndElevenOut =
        Sensitivity.compare(
            whole,
            whole.restrictedTo(p -> !Set.of(2, 11).contains(p.citation().number().getAsInt())));
    assertThat(twoAndElevenOut.changes())
        .extracting(c -> c.keyConcept().name(), Sensitivity.Change::kind)
        .containsExactly(tuple("Respite", Sensitivity.Kind.COMES_TO_REST_ON_A_SINGLE_PAPER));
    Sensitivity onlyFive =
        Sensitivity.compare(whole, whole.restrictedTo(p -> p.citation().number().getAsInt() == 5));
    assertThat(onlyFive.changes())
        .extracting(c -> c.keyConcept().name(), Sensitivity.Change::kind)
        .containsExactly(
            tuple("Respite", Sensitivity.Kind.LOSES_SUPPORT),
            tuple("Guilt", Sensitivity.Kind.LOSES_SUPPORT));
  }

  private static Paper paper(Review review, int reference) {
    return review.paper(reference).orElseThrow();
  }

  /** {@return the extractions of {@code base} followed by {@code more}} */
  private static java.util.List<Extraction> andFound(Review base, Extraction... more) {
    return com.google.common.collect.ImmutableList.<Extraction>builder()
        .addAll(base.extractions())
        .add(more)
        .build();
  }
}

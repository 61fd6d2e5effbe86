package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;

/**
 * The key concept grid on a hand-made example. Papers 5 (asthma), 2 (dementia) and 9 (asthma); key
 * concepts Respite and Renewal; ticks: [5] Respite, [2] Respite, [2] Renewal. Worked out by hand:
 * Respite is in 2 papers, Renewal in 1; asthma papers tick Respite once and Renewal never.
 */
final class ConceptGridTest {
  private final Paper five = Examples.paper(5, "asthma", "group");
  private final Paper two = Examples.paper(2, "dementia", "group");
  private final Paper nine = Examples.paper(9, "asthma", "online");
  private final KeyConcept respite = Examples.keyConcept("Respite");
  private final KeyConcept renewal = Examples.keyConcept("Renewal");
  private final List<Incidence> ticks =
      List.of(Incidence.of(5, "Respite"), Incidence.of(2, "Respite"), Incidence.of(2, "Renewal"));
  private final ConceptGrid grid =
      ConceptGrid.of(List.of(five, two, nine), List.of(respite, renewal), ticks);

  @Test
  void rows_areInOrderOfCitation_columnsAsGiven() {
    assertThat(grid.papers()).containsExactly(two, five, nine);
    assertThat(grid.citations()).containsExactly(Citation.of(2), Citation.of(5), Citation.of(9));
    assertThat(grid.keyConcepts()).containsExactly(respite, renewal);
  }

  @Test
  void cells_andCounts_areTheTicks() {
    assertThat(grid.contains(five, respite)).isTrue();
    assertThat(grid.contains(five, renewal)).isFalse();
    assertThat(grid.contains(two, renewal)).isTrue();
    assertThat(grid.papersWith(respite)).containsExactly(two, five);
    assertThat(grid.keyConceptsOf(two)).containsExactly(respite, renewal);
    assertThat(grid.keyConceptsOf(nine)).isEmpty();
    assertThat(grid.counts()).containsExactly(entry(respite, 2), entry(renewal, 1));
    assertThat(grid.count(renewal)).isEqualTo(1);
    assertThat(grid.incidenceCount()).isEqualTo(3);
    assertThat(grid.incidences())
        .containsExactly(
            Incidence.of(2, "Respite"), Incidence.of(2, "Renewal"), Incidence.of(5, "Respite"));
  }

  @Test
  void paper_findsARowByCitation() {
    assertThat(grid.paper(Citation.of(5))).contains(five);
    assertThat(grid.paper(Citation.of(4))).isEmpty();
    assertThat(grid.paper(Citation.of("Author5 2005"))).isEmpty();
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void groupBy_splitsRowsByAttribute_inOrderOfFirstAppearance() {
    ImmutableMap<Optional<Condition>, ConceptGrid> byCondition = grid.groupBy(Paper::condition);
    assertThat(byCondition.keySet())
        .containsExactly(
            Optional.of(Condition.of("dementia")), Optional.of(Condition.of("asthma")));
    ConceptGrid asthma = byCondition.get(Optional.of(Condition.of("asthma")));
    assertThat(asthma.papers()).containsExactly(five, nine);
    assertThat(asthma.counts()).containsExactly(entry(respite, 1), entry(renewal, 0));
  }

  @Test
  void aGroup_countedOnItsParentsColumns_isTheGridOfItsPapers() {
    // The asthma group counts against a mask of its rows; built directly from its own papers and
    // ticks, the same grid: papers 5 and 9, paper 5 ticking Respite, with the stance grid too.
    ConceptGrid withStance =
        ConceptGrid.of(
            List.of(five, two, nine),
            List.of(respite, renewal),
            List.of(
                Incidence.of(Citation.of(5), "Respite", org.metaethnography.model.Stance.REFUTES),
                Incidence.of(2, "Respite"),
                Incidence.of(9, "Renewal")));
    ConceptGrid asthma =
        withStance.groupBy(Paper::condition).get(Optional.of(Condition.of("asthma")));
    ConceptGrid direct =
        ConceptGrid.of(
            List.of(five, nine),
            List.of(respite, renewal),
            List.of(
                Incidence.of(Citation.of(5), "Respite", org.metaethnography.model.Stance.REFUTES),
                Incidence.of(9, "Renewal")));
    assertThat(asthma.count(respite)).isEqualTo(1);
    assertThat(asthma.countSupporting(respite)).isZero();
    assertThat(asthma.papersWith(respite)).containsExactly(five);
    assertThat(asthma.stancesOf(five))
        .containsExactly(Optional.of(org.metaethnography.model.Stance.REFUTES), Optional.empty());
    assertThat(asthma).isEqualTo(direct);
    assertThat(asthma.incidences()).isEqualTo(direct.incidences());
  }

  @Test
  void tickedButNotIn_anotherGrid_withTheSameRowsOrOthers() {
    ConceptGrid fewer =
        ConceptGrid.of(
            List.of(five, two, nine),
            List.of(respite, renewal),
            List.of(Incidence.of(2, "Respite")));
    assertThat(grid.tickedButNotIn(fewer, respite)).containsExactly(five);
    ConceptGrid otherRows =
        ConceptGrid.of(List.of(five, nine), List.of(respite, renewal), List.of());
    // Paper 2 is no row of the other grid, so its tick is not there.
    assertThat(grid.tickedButNotIn(otherRows, renewal)).containsExactly(two);
    assertThat(grid.tickedButNotIn(otherRows, respite)).containsExactly(two, five);
    assertThat(grid.tickedButNotIn(fewer, renewal)).containsExactly(two);
  }

  @Test
  void groupBy_anAttributeSomePapersDoNotReport_groupsThemUnderEmpty() {
    // Paper 4 reports no condition; it is the last row (2, 4, 5, 9), so its group comes last.
    Paper four = Examples.bare(4);
    ConceptGrid withFour =
        ConceptGrid.of(
            List.of(five, two, nine, four),
            List.of(respite, renewal),
            List.of(Incidence.of(4, "Renewal"), Incidence.of(2, "Respite")));
    ImmutableMap<Optional<Condition>, ConceptGrid> byCondition = withFour.groupBy(Paper::condition);
    assertThat(byCondition.keySet())
        .containsExactly(
            Optional.of(Condition.of("dementia")),
            Optional.empty(),
            Optional.of(Condition.of("asthma")));
    assertThat(byCondition.get(Optional.empty()).papers()).containsExactly(four);
    assertThat(byCondition.get(Optional.empty()).counts())
        .containsExactly(entry(respite, 0), entry(renewal, 1));
  }

  @Test
  void merge_ofDisjointGrids_isTheGridOfAllPapers() {
    ConceptGrid left =
        ConceptGrid.of(List.of(nine, two), List.of(respite, renewal), ticks.subList(1, 3));
    ConceptGrid right =
        ConceptGrid.of(List.of(five), List.of(respite, renewal), ticks.subList(0, 1));
    assertThat(left.merge(right)).isEqualTo(grid);
    assertThat(right.merge(left)).isEqualTo(grid);
  }

  @Test
  void merge_ofGridsSharingAPaper_isRefused() {
    ConceptGrid other = ConceptGrid.of(List.of(five), List.of(respite, renewal), List.of());
    assertThatThrownBy(() -> grid.merge(other))
        .hasMessage("grids over common papers cannot be merged; papers in both: [5]");
  }

  @Test
  void merge_ofGridsWithOtherColumns_isRefused() {
    ConceptGrid other = ConceptGrid.of(List.of(), List.of(renewal), List.of());
    assertThatThrownBy(() -> grid.merge(other))
        .hasMessage(
            "grids with different key concepts cannot be merged: [Respite, Renewal] and [Renewal]");
  }

  @Test
  void cellNamingUnknownPaperOrKeyConcept_isRefused_namingEveryCell() {
    assertThatThrownBy(
            () ->
                ConceptGrid.of(
                    List.of(five),
                    List.of(respite),
                    List.of(Incidence.of(4, "Respite"), Incidence.of(5, "Rest"))))
        .hasMessage(
            "grid cells name papers or key concepts that are not in the grid: [[4] Respite, [5]"
                + " Rest]");
  }

  @Test
  void repeatedPaper_isRefused() {
    assertThatThrownBy(() -> ConceptGrid.of(List.of(five, five), List.of(respite), List.of()))
        .hasMessage("paper [5] appears twice; a grid's papers must have distinct citations");
  }

  @Test
  void queriesWithAnotherValueOfTheSameName_areRefused() {
    KeyConcept otherRespite =
        KeyConcept.builder().from(respite).definition("Another definition").build();
    assertThatThrownBy(() -> grid.count(otherRespite))
        .hasMessage(
            "key concept \"Respite\" is not a column of this grid; its column holds another key"
                + " concept of that name");
    assertThatThrownBy(() -> grid.keyConceptsOf(Examples.paper(5, "dementia", "group")))
        .hasMessage(
            "paper [5] is not a row of this grid; its row holds another paper of that citation");
  }

  @Test
  void queriesOutsideTheGrid_areRefused() {
    assertThatThrownBy(() -> grid.contains(Examples.bare(4), respite))
        .hasMessage("paper [4] is not a row of this grid");
    assertThatThrownBy(() -> grid.keyConceptsOf(Examples.bare("Author5 2005")))
        .hasMessage("paper \"Author5 2005\" is not a row of this grid");
    assertThatThrownBy(() -> grid.count(Examples.keyConcept("Rest")))
        .hasMessage("key concept \"Rest\" is not a column of this grid");
  }

  @Test
  void grids_areEqualByContent_andRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(
            grid, ConceptGrid.of(List.of(nine, five, two), List.of(respite, renewal), ticks))
        .addEqualityGroup(
            ConceptGrid.of(List.of(nine, five, two), List.of(respite, renewal), List.of()))
        .addEqualityGroup(
            ConceptGrid.of(List.of(nine, five, two), List.of(renewal, respite), ticks))
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(KeyConcept.class, respite)
            .setDefault(Paper.class, five)
            .setDefault(Citation.class, Citation.of(5))
            .setDefault(String.class, "Respite");
    tester.testAllPublicInstanceMethods(grid);
    tester.testAllPublicStaticMethods(ConceptGrid.class);
    tester.testAllPublicStaticMethods(PaperGroups.class);
    tester.testAllPublicInstanceMethods(PaperGroups.of(List.of(five, two), Paper::condition));
    tester.testAllPublicStaticMethods(ReviewFlow.class);
    tester.testAllPublicStaticMethods(ExclusionSummary.class);
    tester.testAllPublicStaticMethods(Synthesis.class);
  }
}

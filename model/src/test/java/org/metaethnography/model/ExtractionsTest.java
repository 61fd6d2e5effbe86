package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extractions held as columns behave as the list of values they stand for. */
final class ExtractionsTest {
  private static final Extraction PLAIN =
      Extraction.builder().concept("Time off").paper(Citation.of(3)).build();
  private static final Extraction BY_AO =
      Extraction.builder()
          .concept("Rest")
          .paper(Citation.of("Sav et al (2013)"))
          .addReviewers(Reviewer.of("AO"))
          .stance(Stance.REFUTES)
          .build();

  @Test
  void areTheListOfTheirValues_inOrder() {
    Extractions all = Extractions.of(PLAIN, BY_AO, PLAIN);
    assertThat(all).containsExactly(PLAIN, BY_AO, PLAIN);
    assertThat(all).isEqualTo(List.of(PLAIN, BY_AO, PLAIN));
    assertThat(List.of(PLAIN, BY_AO, PLAIN)).isEqualTo(all);
    assertThat(all.hashCode()).isEqualTo(List.of(PLAIN, BY_AO, PLAIN).hashCode());
    assertThat(all.papers()).containsExactly(Citation.of(3), Citation.of("Sav et al (2013)"));
    assertThat(all.concepts()).containsExactly("Time off", "Rest");
    assertThat(all.paperIndex(2)).isZero();
    assertThat(all.conceptIndex(1)).isEqualTo(1);
    assertThat(all.detailedPositions()).containsExactly(1);
    assertThat(all.stance(1)).contains(Stance.REFUTES);
    assertThat(all.stance(0)).isEmpty();
  }

  @Test
  void areImmutable() {
    Extractions all = Extractions.of(PLAIN);
    assertThatThrownBy(() -> all.add(BY_AO)).isInstanceOf(UnsupportedOperationException.class);
    int[] column = all.paperColumn();
    column[0] = 7;
    assertThat(all.paperIndex(0)).isZero();
  }

  @Test
  void plainPairs_addedByNumber_equalTheirValues_andNamesAreNormalized() {
    String decomposed = "Cafe\u0301 talk";
    Extractions all =
        Extractions.builder().add("Time off", 3).add(decomposed, 4).add("Time off", 4).build();
    assertThat(all)
        .containsExactly(
            PLAIN,
            Extraction.builder().concept("Caf\u00e9 talk").paper(Citation.of(4)).build(),
            Extraction.builder().concept("Time off").paper(Citation.of(4)).build());
    assertThat(all.concepts()).hasSize(2);
  }

  @Test
  void positionsOf_aPaper_areItsExtractions_whereverTheyStand() {
    // Papers 3, 4, 3, 5, 4 at positions 0 to 4, worked out by hand.
    Extractions all =
        Extractions.builder()
            .add("Rest", 3)
            .add("Rest", 4)
            .add("Time off", 3)
            .add("Rest", 5)
            .add("Time off", 4)
            .build();
    assertThat(all.positionsOf(Citation.of(3))).containsExactly(0, 2);
    assertThat(all.positionsOf(Citation.of(4))).containsExactly(1, 4);
    assertThat(all.positionsOf(Citation.of(5))).containsExactly(3);
    assertThat(all.positionsOf(Citation.of(6))).isEmpty();
  }

  @Test
  void aBadName_isRefused_withItsPlace() {
    assertThatThrownBy(() -> Extractions.builder().add(" Time off", 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("concept name");
  }

  @Test
  void runsOfAnotherList_joinWithoutChange() {
    Extractions source = Extractions.of(PLAIN, BY_AO, PLAIN, BY_AO);
    Extractions joined =
        Extractions.builder().addAll(source, 0, 1).add(BY_AO).addAll(source, 2, 4).build();
    assertThat(joined).containsExactly(PLAIN, BY_AO, PLAIN, BY_AO);
    assertThat(joined).isEqualTo(source);
  }

  @Test
  void pairsGivenInBulk_areTheExtractionsTheyName() {
    Extractions all =
        Extractions.ofPairs(
            List.of(Citation.of(3), Citation.of("Sav et al (2013)")),
            List.of("Rest", "Time off"),
            new int[] {0, 1, 0},
            new int[] {1, 0, 0});
    assertThat(all)
        .containsExactly(
            PLAIN,
            Extraction.builder().concept("Rest").paper(Citation.of("Sav et al (2013)")).build(),
            Extraction.builder().concept("Rest").paper(Citation.of(3)).build());
  }

  @Test
  void pairsGivenInBulk_holdOnlyTheNamesAndCitationsTheyUse_inOrderOfFirstUse() {
    Extractions all =
        Extractions.ofPairs(
            List.of(Citation.of(1), Citation.of(2), Citation.of(3)),
            List.of("Unused", "Rest", "Time off"),
            new int[] {2, 0},
            new int[] {2, 1});
    assertThat(all.papers()).containsExactly(Citation.of(3), Citation.of(1));
    assertThat(all.concepts()).containsExactly("Time off", "Rest");
    assertThat(all)
        .containsExactly(PLAIN, Extraction.builder().concept("Rest").paper(Citation.of(1)).build());
  }

  @Test
  void pairsGivenInBulk_withEveryKindOfProblem_reportThemAllAtOnce() {
    assertThatThrownBy(
            () ->
                Extractions.ofPairs(
                    List.of(Citation.of(3), Citation.of(3)),
                    List.of("Rest", " "),
                    new int[] {0, 2, 5},
                    new int[] {0, 1, 0}))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).problems())
                    .extracting(ReviewProblem::detail)
                    .containsExactly(
                        "concept name must not be blank",
                        "citation [3] is given at positions 0 and 1; each must be given once",
                        "the paper index at position 1 is 2, outside 0 to 1 (2 such indices in"
                            + " all)"));
    assertThatThrownBy(() -> Extractions.ofPairs(List.of(), List.of(), new int[] {0}, new int[] {}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("the paper and concept columns have 1 and 0 entries");
  }

  @Test
  void aReviewBuiltFromPairs_findsRepeatedPairs_andPairsOfUnknownConcepts() {
    Extractions found =
        Extractions.ofPairs(
            List.of(Citation.of(1), Citation.of(2)),
            List.of("Time for oneself", "Guilt"),
            new int[] {1, 0, 1, 1},
            new int[] {0, 0, 0, 1});
    assertThatThrownBy(() -> Fixtures.validReview().extractions(found).build())
        .isInstanceOf(InvalidReviewException.class)
        .satisfies(
            e ->
                assertThat(((InvalidReviewException) e).messages())
                    .contains(
                        "extraction of concept \"Time for oneself\" from paper [2]: given 2 times;"
                            + " extractions (record each concept once per paper, with all its"
                            + " reviewers) must be unique",
                        "extraction of concept \"Guilt\" from paper [2]: names concept \"Guilt\","
                            + " which the review does not define"));
  }

  @Test
  void aLargeList_heldInChunks_readsBackEveryPair() {
    // 100,000 pairs span several of the builder's chunks (32,768 pairs each); every pair is worked
    // out from its position, independently of the library.
    int n = 100_000;
    Extractions.Builder builder = Extractions.builder();
    for (int i = 0; i < n; i++) {
      builder.add("Concept " + (i % 7), 1 + i / 10);
    }
    Extractions all = builder.build();
    assertThat(all).hasSize(n);
    for (int i : new int[] {0, 32_767, 32_768, 65_535, 65_536, 99_999}) {
      assertThat(all.get(i))
          .isEqualTo(
              Extraction.builder()
                  .concept("Concept " + (i % 7))
                  .paper(Citation.of(1 + i / 10))
                  .build());
    }
    assertThat(all.concepts()).hasSize(7);
    assertThat(all.papers()).hasSize(n / 10);
    int[] papers = all.paperColumn();
    int[] concepts = all.conceptColumn();
    long[] seen = new long[1];
    all.forEachPair(
        (position, paper, concept) -> {
          assertThat(paper).isEqualTo(papers[position]).isEqualTo(position / 10);
          assertThat(concept).isEqualTo(concepts[position]).isEqualTo(position % 7);
          seen[0]++;
        });
    assertThat(seen[0]).isEqualTo(n);
    Extractions joined =
        Extractions.builder().addAll(all, 0, 40_000).addAll(all, 40_000, n).build();
    assertThat(joined).isEqualTo(all);
    assertThat(joined.hashCode()).isEqualTo(all.hashCode());
  }
}

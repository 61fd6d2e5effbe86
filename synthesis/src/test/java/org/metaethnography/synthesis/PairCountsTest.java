package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.ReviewProblem;

/** The bulk path's counts, checked by hand and against the plainest count over booleans. */
final class PairCountsTest {

  /**
   * Five papers in two groups (papers 0, 2, 4 in group 0; 1, 3 in group 1); raw concepts 0 and 1
   * are translated into key concept 0, raw concept 2 into key concept 1, raw concept 3 is set
   * aside. Worked out by hand: key concept 0 is expressed by papers 0 (twice, through raw concepts
   * 0 and 1: one paper), 1 and 4; key concept 1 by papers 2 and 3; paper 3's raw concept 3 counts
   * for nothing.
   */
  private static final PairCounts.Pairs SMALL =
      new PairCounts.Pairs(
          new int[] {0, 0, 1, 2, 3, 3, 4},
          new int[] {0, 1, 1, 2, 2, 3, 0},
          new int[] {0, 0, 1, -1},
          new int[] {0, 1, 0, 1, 0});

  @Test
  void countsPapersPerGroupAndKeyConcept_workedByHand() {
    PairCounts counts = PairCounts.of(SMALL);
    assertThat(counts.groups()).isEqualTo(2);
    assertThat(counts.keyConcepts()).isEqualTo(2);
    assertThat(counts.count(0, 0)).isEqualTo(2); // papers 0 and 4
    assertThat(counts.count(1, 0)).isEqualTo(1); // paper 1
    assertThat(counts.count(0, 1)).isEqualTo(1); // paper 2
    assertThat(counts.count(1, 1)).isEqualTo(1); // paper 3
    assertThat(counts.total()).isEqualTo(5);
  }

  @Test
  void twoThreads_splitAtAPaperBoundary_giveTheSameCounts() {
    assertThat(PairCounts.of(SMALL, 2)).isEqualTo(PairCounts.of(SMALL));
    assertThat(PairCounts.of(SMALL, 7)).isEqualTo(PairCounts.of(SMALL));
  }

  @Test
  void extractionsNotSortedByPaper_areCountedAllTheSame() {
    PairCounts.Pairs shuffled =
        new PairCounts.Pairs(
            new int[] {4, 3, 0, 2, 1, 3, 0},
            new int[] {0, 2, 1, 2, 1, 3, 0},
            SMALL.keyOf(),
            SMALL.groupOf());
    assertThat(PairCounts.of(shuffled, 2)).isEqualTo(PairCounts.of(SMALL));
  }

  @Test
  void randomWorkloads_agreeWithAPlainCountOverBooleans_onAnyNumberOfThreads() {
    qt().withExamples(40)
        .forAll(integers().between(0, 300), integers().between(1, 4), integers().all())
        .checkAssert(
            (papers, threads, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              int concepts = 1 + random.nextInt(40);
              int keys = 1 + random.nextInt(concepts);
              int groups = 1 + random.nextInt(5);
              int[] keyOf = new int[concepts];
              for (int c = 0; c < concepts; c++) {
                keyOf[c] = random.nextInt(10) == 0 ? -1 : random.nextInt(keys);
              }
              keyOf[0] = keys - 1;
              int[] groupOf = new int[Math.max(papers, 1)];
              for (int p = 0; p < groupOf.length; p++) {
                groupOf[p] = random.nextInt(groups);
              }
              groupOf[0] = groups - 1;
              int n = papers == 0 ? 0 : random.nextInt(papers * 3 + 1);
              int[] paper = new int[n];
              int[] concept = new int[n];
              for (int i = 0; i < n; i++) {
                paper[i] = random.nextInt(groupOf.length);
                concept[i] = random.nextInt(concepts);
              }
              java.util.Arrays.sort(paper);
              long[][] expected = new long[groups][keys];
              boolean[][] held = new boolean[groupOf.length][keys];
              for (int i = 0; i < n; i++) {
                if (keyOf[concept[i]] >= 0 && !held[paper[i]][keyOf[concept[i]]]) {
                  held[paper[i]][keyOf[concept[i]]] = true;
                  expected[groupOf[paper[i]]][keyOf[concept[i]]]++;
                }
              }
              PairCounts counts =
                  PairCounts.of(new PairCounts.Pairs(paper, concept, keyOf, groupOf), threads);
              for (int g = 0; g < groups; g++) {
                for (int k = 0; k < keys; k++) {
                  assertThat(counts.count(g, k)).isEqualTo(expected[g][k]);
                }
              }
            });
  }

  @Test
  void badIndices_areAllReported_withPositionAndHowMany() {
    PairCounts.Pairs bad =
        new PairCounts.Pairs(
            new int[] {0, 9, 1, 7}, new int[] {0, 1, 5, 1}, new int[] {0, 0}, new int[] {0, 0});
    assertThatThrownBy(() -> PairCounts.of(bad, 2))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).problems())
                    .extracting(ReviewProblem::detail)
                    .containsExactly(
                        "the paper index at position 1 is 9, outside 0 to 1 (2 such indices in"
                            + " all)",
                        "the raw concept index at position 2 is 5, outside 0 to 1 (1 such indices"
                            + " in all)"));
  }

  @Test
  void columnsOfDifferentLengths_andBadTranslationsOrGroups_areReported() {
    PairCounts.Pairs bad =
        new PairCounts.Pairs(new int[] {0}, new int[] {}, new int[] {-2, 0}, new int[] {-1});
    assertThatThrownBy(() -> PairCounts.of(bad))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).problems())
                    .extracting(ReviewProblem::detail)
                    .containsExactly(
                        "the paper and concept columns have 1 and 0 entries; they must be equally"
                            + " long",
                        "the key concept (of a raw concept) index at position 0 is -2, outside -1"
                            + " to 0 (1 such indices in all)",
                        "the group (of a paper) index at position 0 is -1, outside 0 to -1 (1 such"
                            + " indices in all)"));
  }

  @Test
  void countsOverDisjointPapers_addUp() {
    PairCounts first =
        PairCounts.of(
            new PairCounts.Pairs(
                new int[] {0, 0, 1}, new int[] {0, 1, 1}, SMALL.keyOf(), SMALL.groupOf()));
    PairCounts rest =
        PairCounts.of(
            new PairCounts.Pairs(
                new int[] {2, 3, 3, 4}, new int[] {2, 2, 3, 0}, SMALL.keyOf(), SMALL.groupOf()));
    assertThat(first.plus(rest)).isEqualTo(PairCounts.of(SMALL));
  }
}

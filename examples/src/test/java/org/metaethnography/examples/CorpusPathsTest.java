package org.metaethnography.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metaethnography.examples.benchmark.CorpusPaths;
import org.metaethnography.examples.benchmark.CorpusWorkload;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.PairCounts;

/**
 * The corpus workload of the benchmarks through both paths gives the counts of the plainest
 * computation (a boolean per paper and key concept, {@link CorpusWorkload#plainCounts()}).
 */
final class CorpusPathsTest {
  private static final CorpusWorkload WORKLOAD = CorpusWorkload.generate(300);

  @Test
  void theNaturalPath_countsWhatAPlainCountOverBooleansCounts() {
    assertThat(new CorpusPaths(WORKLOAD).natural()).isDeepEqualTo(WORKLOAD.plainCounts());
  }

  @Test
  void theBulkPath_onOneOrTwoThreads_countsTheSame() {
    long[][] expected = WORKLOAD.plainCounts();
    PairCounts.Pairs pairs =
        new PairCounts.Pairs(
            WORKLOAD.paper(), WORKLOAD.concept(), WORKLOAD.keyOf(), WORKLOAD.groupOf());
    for (int threads = 1; threads <= 2; threads++) {
      PairCounts counts = PairCounts.of(pairs, threads);
      for (int g = 0; g < expected.length; g++) {
        for (int k = 0; k < expected[g].length; k++) {
          assertThat(counts.count(g, k)).isEqualTo(expected[g][k]);
        }
      }
    }
  }

  @Test
  void theBuiltReview_holdsEveryPairOnce_asColumns() {
    Review review = new CorpusPaths(WORKLOAD).describe();
    assertThat(review.extractions()).hasSize(WORKLOAD.pairs());
    assertThat(review.extractions().detailedPositions()).isEmpty();
    assertThat(review.extractions().concepts()).hasSizeLessThanOrEqualTo(WORKLOAD.concepts());
  }

  @Test
  void aWorkloadOfSeveralChunksOfExtractions_countsAlikeOnEveryPath() {
    // 1,500 papers give about 75,000 extractions: more than two of the builder's chunks.
    CorpusWorkload larger = CorpusWorkload.generate(1500);
    assertThat(larger.pairs()).isGreaterThan(2 * 32_768);
    long[][] expected = larger.plainCounts();
    assertThat(new CorpusPaths(larger).natural()).isDeepEqualTo(expected);
    PairCounts counts =
        PairCounts.of(
            new PairCounts.Pairs(
                larger.paper(), larger.concept(), larger.keyOf(), larger.groupOf()),
            2);
    for (int g = 0; g < expected.length; g++) {
      for (int k = 0; k < expected[g].length; k++) {
        assertThat(counts.count(g, k)).isEqualTo(expected[g][k]);
      }
    }
  }
}

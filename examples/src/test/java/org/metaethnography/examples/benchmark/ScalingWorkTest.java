package org.metaethnography.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.figure.SvgFigures;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.model.Decision;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * The paths issue "Corpus scale" found quadratic do work in proportion to their input. Work is
 * measured as the bytes a path allocates (counted by the JVM for the running thread), never as
 * time: four times the input must cost at most six times the bytes (a quadratic path costs about
 * sixteen times). Each path is run once before it is measured, so that classes are loaded and
 * one-off caches filled.
 */
final class ScalingWorkTest {
  private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The bytes {@code work} allocates on this thread. */
  private static long allocated(Runnable work) {
    long before = THREAD.getCurrentThreadAllocatedBytes();
    work.run();
    return THREAD.getCurrentThreadAllocatedBytes() - before;
  }

  /**
   * Asserts that the work at size {@code 4n} allocates at most six times that at size {@code n}.
   */
  private static void linear(int n, IntFunction<Runnable> workAtSize) {
    allocated(workAtSize.apply(n));
    long small = allocated(workAtSize.apply(n));
    long large = allocated(workAtSize.apply(4 * n));
    assertThat((double) large / small)
        .as("bytes at %d (%d) over bytes at %d (%d)", 4 * n, large, n, small)
        .isLessThanOrEqualTo(6.0);
  }

  @Test
  void theNaturalPath_fromPairsToCounts() {
    linear(
        200,
        n -> {
          CorpusPaths paths = new CorpusPaths(CorpusWorkload.generate(n));
          return paths::natural;
        });
  }

  @Test
  void theNaturalPath_allocatesAFewTensOfBytesPerExtraction() {
    CorpusWorkload workload = CorpusWorkload.generate(2000);
    CorpusPaths paths = new CorpusPaths(workload);
    paths.natural();
    long bytes = allocated(paths::natural);
    // Measured at 100,000 papers: about 52 bytes per extraction (JMH -prof gc); a small review
    // pays more per extraction for its papers and names.
    assertThat(bytes / workload.pairs()).isLessThan(200);
  }

  @Test
  void theAudit_ofAReviewWithHalfItsRawConceptsSetAside() {
    linear(
        2000,
        n -> {
          Review review = ScalingBenchmark.manyConcepts(n);
          return () -> Synthesis.of(review).audit();
        });
  }

  @Test
  void theProfiles_ofManyKeyConcepts() {
    linear(
        1000,
        n -> {
          Review review = ScalingBenchmark.manyKeyConcepts(n);
          return () -> Synthesis.of(review).profiles();
        });
  }

  @Test
  void theLongTranslationTable() {
    linear(
        2000,
        n -> {
          Synthesis synthesis = Synthesis.of(ScalingBenchmark.manyConcepts(n));
          return () -> ReviewTables.translationList(synthesis, TranslationLayout.standard());
        });
  }

  @Test
  void everyTable_ofAReviewOfManyPapersAndRawConcepts() {
    // The review of many raw concepts has 50 key concepts whatever its size, so even the tables
    // with a cell per paper and key concept grow with its size alone.
    linear(
        1000,
        n -> {
          Synthesis synthesis = Synthesis.of(ScalingBenchmark.manyConcepts(n));
          return () -> {
            ReviewTables.includedPapers(synthesis).toCsv();
            ReviewTables.searchFlow(synthesis).toCsv();
            ReviewTables.exclusions(synthesis).toCsv();
            ReviewTables.conceptGrid(synthesis, GridLayout.standard()).toCsv();
            ReviewTables.translations(synthesis).toCsv();
            ReviewTables.translationGrid(synthesis, TranslationLayout.standard()).toCsv();
            ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes())
                .toMarkdown();
            ReviewTables.keyConcepts(synthesis).toCsv();
            ReviewTables.audit(synthesis.audit()).toCsv();
          };
        });
  }

  @Test
  void theRecordsOfTheReviewProcess_fromTheirDescriptionToTheFlowChart() {
    // Described through the fluent API, merged, validated against one another and counted: the
    // path of the 21,489 records of SimulatedProcess.
    linear(
        2000,
        n ->
            () -> {
              Synthesis synthesis = Synthesis.of(manyRecords(n));
              ReviewTables.searchFlow(synthesis).toCsv();
              ReviewTables.exclusions(synthesis).toCsv();
              ReviewTables.recordFlow(synthesis).toCsv();
              SvgFigures.flow(synthesis);
            });
  }

  /**
   * {@code n} records found by two searches in turn, each screened by two reviewers at title and
   * abstract; one in ten kept and screened at full text, one in fifty appraised and included.
   */
  private static Review manyRecords(int n) {
    ReviewBuilder review =
        MetaEthnography.review("Many records")
            .reviewers("AO", "SL")
            .search("North", s -> {})
            .search("South", s -> {})
            .appraisalForm(AppraisalForms.lettsQualitative());
    for (int i = 0; i < n; i++) {
      String search = i % 2 == 0 ? "North" : "South";
      Decision kept = i % 10 == 0 ? Decision.INCLUDE : Decision.EXCLUDE;
      Decision appraised = i % 50 == 0 ? Decision.INCLUDE : Decision.EXCLUDE;
      review.record(
          "R" + i,
          r -> {
            r.foundBy(search).titleAndAbstract(s -> s.vote("AO", kept).vote("SL", kept));
            if (kept == Decision.INCLUDE) {
              r.fullText(s -> s.vote("AO", appraised).vote("SL", appraised));
            }
            if (appraised == Decision.INCLUDE) {
              r.appraised(
                  AppraisalForms.LETTS_QUALITATIVE,
                  a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()));
            }
          });
    }
    return review.build();
  }

  @Test
  void theMessageOfAReviewWithManyBadPapers_isBounded() {
    for (int size : new int[] {1000, 40_000}) {
      assertThatThrownBy(() -> ScalingBenchmark.invalid(size).build())
          .isInstanceOf(InvalidReviewException.class)
          .satisfies(
              e -> {
                InvalidReviewException invalid = (InvalidReviewException) e;
                assertThat(invalid.problems()).hasSize(size / 10);
                // 100 problems are listed, each at most about 1 KB, whatever the number of papers.
                assertThat(invalid.getMessage().length()).isLessThan(100 * 1024 + 1024);
                invalid.problems().forEach(p -> assertThat(p.message().length()).isLessThan(1100));
              });
    }
  }
}

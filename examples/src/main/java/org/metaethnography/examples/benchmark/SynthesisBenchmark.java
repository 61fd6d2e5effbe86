package org.metaethnography.examples.benchmark;

import java.util.concurrent.TimeUnit;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.model.Review;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Aggregation;
import org.metaethnography.synthesis.ConceptGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the synthesis scales with the number of papers: building the key concept grid from its
 * ticks, counting it, merging two halves, and aggregating raw concepts with their provenance. The
 * review is synthetic: {@code papers} papers, 40 key concepts with 3 raw concepts each, each paper
 * ticking and expressing about a third of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SynthesisBenchmark {
  private static final int KEY_CONCEPTS = 40;

  /** The number of papers of the synthetic review. */
  @Param({"100", "1000"})
  public int papers;

  private Review review;
  private Review left;
  private Review right;
  private ConceptGrid grid;

  /** Builds the synthetic review and its halves. */
  @Setup
  public void setUp() {
    review = review(1, papers);
    left = review(1, papers / 2);
    right = review(papers / 2 + 1, papers);
    grid = ConceptGrid.of(review);
  }

  private static Review review(int first, int last) {
    ReviewBuilder builder =
        MetaEthnography.review("Synthetic review")
            .stakeholders("Group A", "Group B")
            .phases("Early", "Late")
            .reviewers("R1", "R2");
    for (int k = 0; k < KEY_CONCEPTS; k++) {
      String keyConcept = "Key concept " + k;
      String phase = k % 2 == 0 ? "Early" : "Late";
      builder.keyConcept(keyConcept, spec -> spec.definedAs("d").phase(phase).concerns("Group A"));
      String[] raw = new String[3];
      for (int c = 0; c < raw.length; c++) {
        raw[c] = "Concept " + k + "." + c;
        builder.concept(
            raw[c], spec -> spec.secondOrder().voices("Group A").positive().phase(phase).definedAs("d"));
      }
      builder.translate(keyConcept, TranslationKind.RECIPROCAL, raw);
    }
    for (int p = first; p <= last; p++) {
      int reference = p;
      builder.paper(
          reference,
          spec ->
              spec.by("Author" + reference + " A")
                  .year(2000 + reference % 25)
                  .titled("Study " + reference)
                  .in("Journal")
                  .condition("Condition " + reference % 5)
                  .format("Format " + reference % 3)
                  .intervention("Intervention")
                  .perspective("Group A"));
      for (int k = 0; k < KEY_CONCEPTS; k++) {
        if ((reference * 31 + k * 17) % 3 == 0) {
          builder.grid(reference, "Key concept " + k);
          builder.found("Concept " + k + "." + (reference % 3), reference, e -> e.by("R1"));
        }
      }
    }
    return builder.build();
  }

  /** Builds the grid from the review's ticks. */
  @Benchmark
  public ConceptGrid buildGrid() {
    return ConceptGrid.of(review);
  }

  /** Counts the papers of every key concept. */
  @Benchmark
  public Object countGrid() {
    return grid.counts();
  }

  /** Merges the grids of two halves of the papers. */
  @Benchmark
  public ConceptGrid mergeHalves() {
    return ConceptGrid.of(left).merge(ConceptGrid.of(right));
  }

  /** Aggregates raw concepts into the key concept grid with provenance. */
  @Benchmark
  public Aggregation aggregate() {
    return Aggregation.of(review);
  }
}

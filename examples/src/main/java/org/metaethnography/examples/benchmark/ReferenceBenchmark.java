package org.metaethnography.examples.benchmark;

import java.util.concurrent.TimeUnit;
import org.metaethnography.core.table.Table;
import org.metaethnography.examples.reference.ReproducePaper;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference review (Embuldeniya et al. 2013, 25 papers) from a built review: its synthesis with
 * every view computed ({@code synthesis}), and that with the main job's eight tables rendered to
 * CSV strings ({@code synthesisAndTables}: Tables 1, 2a, 2b and 3, the translations, the long
 * translation table with quotations, the key concept profiles and the audit). Issue "Corpus scale"
 * asks for the second under 50 microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReferenceBenchmark {
  private Review review;

  /** Builds the reference review once. */
  @Setup
  public void setUp() {
    review = ReproducePaper.review();
  }

  /**
   * The synthesis with every view computed.
   *
   * @param sink where the views go, so that none is optimized away
   */
  @Benchmark
  public void synthesis(Blackhole sink) {
    everyView(Synthesis.of(review), sink);
  }

  /**
   * The synthesis and the main job's eight tables, rendered to CSV.
   *
   * @param sink where the views and tables go
   */
  @Benchmark
  public void synthesisAndTables(Blackhole sink) {
    Synthesis synthesis = Synthesis.of(review);
    everyView(synthesis, sink);
    for (Table table : ReproducePaper.tables(synthesis, "1", "0").values()) {
      sink.consume(table.toCsv());
    }
    for (Table table : ReproducePaper.synthesisTables(synthesis).values()) {
      sink.consume(table.toCsv());
    }
  }

  private static void everyView(Synthesis synthesis, Blackhole sink) {
    sink.consume(synthesis.grid());
    sink.consume(synthesis.studyGrid());
    sink.consume(synthesis.aggregation().supports());
    sink.consume(synthesis.profiles());
    sink.consume(synthesis.distributions());
    sink.consume(synthesis.conceptualModel());
    sink.consume(synthesis.audit());
    sink.consume(synthesis.flow());
    sink.consume(synthesis.exclusions());
    sink.consume(synthesis.translationTable());
  }
}

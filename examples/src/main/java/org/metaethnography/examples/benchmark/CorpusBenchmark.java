package org.metaethnography.examples.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.PairCounts;
import org.metaethnography.synthesis.Synthesis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus workload of issue "Corpus scale" ({@link CorpusWorkload}) through the library, stage
 * by stage: the natural path whole ({@code natural}: describe through the fluent API with one
 * {@code found} per extraction, build with full validation, synthesize, count per group and key
 * concept), its first stage alone ({@code describeAndBuild}) and the rest ({@code
 * synthesizeAndCount}); and the bulk path from pairs in memory to the counts ({@code bulk} on one
 * thread, {@code bulkTwoThreads}), timed as {@code limit.c} times itself. With {@code -p
 * dir=/tmp/w1e5} the workload is read from the files {@code gen.py} wrote (the same bytes {@code
 * limit.c} and data.table read); otherwise it is generated from a fixed seed with {@code papers}
 * papers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorpusBenchmark {
  /** How many papers to generate, when {@link #dir} is empty. */
  @Param({"1000", "10000", "100000"})
  public int papers;

  /** A directory written by {@code gen.py}, or empty to generate the workload. */
  @Param({""})
  public String dir;

  private CorpusWorkload workload;
  private CorpusPaths paths;
  private Review review;
  private PairCounts.Pairs pairs;

  /**
   * Makes or reads the workload and builds its review once, for the stages that start from it.
   *
   * @throws IOException if the directory cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    workload = dir.isEmpty() ? CorpusWorkload.generate(papers) : CorpusWorkload.read(Path.of(dir));
    paths = new CorpusPaths(workload);
    review = paths.describe();
    pairs =
        new PairCounts.Pairs(
            workload.paper(), workload.concept(), workload.keyOf(), workload.groupOf());
  }

  /**
   * The natural path, whole.
   *
   * @return the counts
   */
  @Benchmark
  public long[][] natural() {
    return paths.natural();
  }

  /**
   * Describe through the fluent API and build, with full validation.
   *
   * @return the review
   */
  @Benchmark
  public Review describeAndBuild() {
    return paths.describe();
  }

  /**
   * Synthesize a built review and count per group and key concept.
   *
   * @return the counts
   */
  @Benchmark
  public long[][] synthesizeAndCount() {
    return paths.counts(Synthesis.of(review));
  }

  /**
   * The bulk path on one thread: pairs in memory to counts, validated.
   *
   * @return the counts
   */
  @Benchmark
  public PairCounts bulk() {
    return PairCounts.of(pairs);
  }

  /**
   * The bulk path on two threads, over disjoint papers, merged.
   *
   * @return the counts
   */
  @Benchmark
  public PairCounts bulkTwoThreads() {
    return PairCounts.of(pairs, 2);
  }
}

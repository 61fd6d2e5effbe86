package org.metaethnography.examples.benchmark;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.model.Condition;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.Synthesis;

/**
 * The two ways a tool builder takes a {@link CorpusWorkload} through the library, from its pairs to
 * the count of papers per (group, key concept): the natural path (the fluent API with one {@code
 * found(..)} per extraction, {@code build()} with full validation, {@link Synthesis#of}, the grid
 * grouped by the papers' condition) and the bulk path.
 */
public final class CorpusPaths {
  private final CorpusWorkload workload;
  private final String[] conceptNames;
  private final String[] keyConceptNames;
  private final String[] groupNames;

  /**
   * Prepares the names the paths use: {@code "Concept r"}, {@code "Key concept k"}, {@code "Group
   * g"}, made once as a tool holding them would.
   *
   * @param workload the workload
   */
  public CorpusPaths(CorpusWorkload workload) {
    this.workload = workload;
    conceptNames = names("Concept ", workload.concepts());
    keyConceptNames = names("Key concept ", workload.keyConcepts());
    groupNames = names("Group ", workload.groups());
  }

  private static String[] names(String prefix, int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = prefix + i;
    }
    return names;
  }

  /**
   * Describes the workload through the fluent API (papers numbered from 1, each with its group as
   * its condition; raw and key concepts; translations; one {@code found} per pair) and builds it,
   * with full validation.
   *
   * @return the review
   */
  public Review describe() {
    ReviewBuilder builder = MetaEthnography.review("Corpus of " + workload.papers() + " papers");
    int[] groupOf = workload.groupOf();
    for (int p = 0; p < workload.papers(); p++) {
      String group = groupNames[groupOf[p]];
      builder.paper(p + 1, spec -> spec.condition(group));
    }
    List<List<String>> translated = new ArrayList<>();
    for (String keyConcept : keyConceptNames) {
      builder.keyConcept(keyConcept, spec -> {});
      translated.add(new ArrayList<>());
    }
    for (int r = 0; r < workload.concepts(); r++) {
      builder.concept(conceptNames[r], spec -> {});
      translated.get(workload.keyOf()[r]).add(conceptNames[r]);
    }
    for (int k = 0; k < keyConceptNames.length; k++) {
      builder.translate(keyConceptNames[k], translated.get(k).toArray(String[]::new));
    }
    int[] paper = workload.paper();
    int[] concept = workload.concept();
    for (int i = 0; i < paper.length; i++) {
      builder.found(conceptNames[concept[i]], paper[i] + 1);
    }
    return builder.build();
  }

  /**
   * Reads the counts the natural way from a synthesis: its grid grouped by condition, each group's
   * count of papers per key concept.
   *
   * @param synthesis the synthesis of {@link #describe()}
   * @return counts indexed {@code [group][keyConcept]}
   */
  public long[][] counts(Synthesis synthesis) {
    ImmutableMap<Optional<Condition>, ConceptGrid> byGroup =
        synthesis.grid().groupBy(Paper::condition);
    long[][] counts = new long[groupNames.length][keyConceptNames.length];
    for (int g = 0; g < groupNames.length; g++) {
      ConceptGrid grid = byGroup.get(Optional.of(Condition.of(groupNames[g])));
      if (grid == null) {
        continue;
      }
      List<KeyConcept> columns = grid.keyConcepts();
      for (int k = 0; k < columns.size(); k++) {
        counts[g][k] = grid.count(columns.get(k));
      }
    }
    return counts;
  }

  /**
   * The whole natural path: describe, build, synthesize, count.
   *
   * @return counts indexed {@code [group][keyConcept]}
   */
  public long[][] natural() {
    return counts(Synthesis.of(describe()));
  }

  /**
   * Times the natural path on a workload and prints it, then measures what the built review and its
   * synthesis (with the grid computed) keep on the heap, per extraction and per (paper, raw
   * concept) cell: {@code CorpusPaths N} generates N papers, {@code CorpusPaths DIR} reads the
   * files {@code gen.py} wrote. The heap is measured after full collections, as the difference made
   * by holding each result, so it is approximate (to a few bytes per extraction at scale).
   *
   * @param args the number of papers, or a directory written by {@code gen.py}; then optionally the
   *     number of timed repetitions (default 3)
   * @throws Exception if the directory cannot be read
   */
  public static void main(String[] args) throws Exception {
    CorpusWorkload workload =
        args[0].matches("\\d+")
            ? CorpusWorkload.generate(Integer.parseInt(args[0]))
            : CorpusWorkload.read(java.nio.file.Path.of(args[0]));
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    CorpusPaths paths = new CorpusPaths(workload);
    for (int rep = 0; rep < repetitions; rep++) {
      long t0 = System.nanoTime();
      Review review = paths.describe();
      long t1 = System.nanoTime();
      Synthesis synthesis = Synthesis.of(review);
      long t2 = System.nanoTime();
      long[][] counts = paths.counts(synthesis);
      long t3 = System.nanoTime();
      System.out.printf(
          "natural path, %d papers, %d pairs: describe+build %.1f ms, synthesis and counts %.1f"
              + " ms, total %.1f ms; checksum %d%n",
          workload.papers(),
          workload.pairs(),
          (t1 - t0) / 1e6,
          (t3 - t1) / 1e6,
          (t3 - t0) / 1e6,
          sum(counts));
    }
    long base = usedAfterCollection();
    Review review = paths.describe();
    long withReview = usedAfterCollection();
    Synthesis synthesis = Synthesis.of(review);
    long checksum = sum(paths.counts(synthesis));
    long withSynthesis = usedAfterCollection();
    double cells = (double) workload.papers() * workload.concepts();
    System.out.printf(
        "memory: built review %.1f bytes per extraction; synthesis with its grid %.2f bits per"
            + " (paper, raw concept) cell beyond it (checksum %d, %s)%n",
        (withReview - base) / (double) workload.pairs(),
        (withSynthesis - withReview) * 8 / cells,
        checksum,
        review.toString().length() > 0 && synthesis.grid() != null ? "held" : "");
  }

  private static long sum(long[][] counts) {
    long sum = 0;
    for (long[] row : counts) {
      for (long c : row) {
        sum += c;
      }
    }
    return sum;
  }

  private static long usedAfterCollection() throws InterruptedException {
    java.lang.management.MemoryMXBean memory =
        java.lang.management.ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

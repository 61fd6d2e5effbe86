package org.metaethnography.examples.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The key concept grid workload of {@code ../shared/bench/} (issue "Corpus scale"): {@code papers}
 * papers, {@code concepts} raw concepts, raw concept {@code r} translated into key concept {@code r
 * % keyConcepts}, papers in {@code groups} groups (a paper attribute), each (paper, raw concept)
 * found with probability {@code density}. It is either generated here from a fixed seed (for the
 * JMH benchmarks of every size) or read from the files {@code gen.py} writes ({@code pairs.i32},
 * {@code groups.i32}, {@code keyof.i32}: little-endian 32-bit integers), so that the library and
 * the references ({@code limit.c}, R data.table) are measured on the same bytes.
 *
 * <p>Pairs are sorted by paper, papers and raw concepts are numbered from 0.
 *
 * @param paper for each pair, its paper
 * @param concept for each pair, its raw concept
 * @param groupOf for each paper, its group
 * @param keyOf for each raw concept, its key concept
 */
public record CorpusWorkload(int[] paper, int[] concept, int[] groupOf, int[] keyOf) {

  /** The seed of every generated workload, so that every run measures the same data. */
  public static final long SEED = 20261126L;

  /**
   * Generates the workload with the shape of the reference runs (1,000 raw concepts, 100 key
   * concepts, 7 groups, density 5%) for {@code papers} papers.
   *
   * @param papers how many papers
   * @return the workload
   */
  public static CorpusWorkload generate(int papers) {
    return generate(papers, 1000, 100, 7, 0.05, SEED);
  }

  /**
   * Generates a workload from a seed.
   *
   * @param papers how many papers
   * @param concepts how many raw concepts
   * @param keyConcepts how many key concepts
   * @param groups how many groups of papers
   * @param density the probability that a paper holds a raw concept
   * @param seed the seed of the pseudo-random numbers
   * @return the workload
   */
  public static CorpusWorkload generate(
      int papers, int concepts, int keyConcepts, int groups, double density, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int expected =
        (int)
            Math.min(Integer.MAX_VALUE - 8, (long) (papers * (long) concepts * density * 1.1) + 16);
    int[] paper = new int[expected];
    int[] concept = new int[expected];
    int n = 0;
    for (int p = 0; p < papers; p++) {
      for (int r = 0; r < concepts; r++) {
        if (random.nextDouble() < density) {
          if (n == paper.length) {
            paper = Arrays.copyOf(paper, n * 2);
            concept = Arrays.copyOf(concept, n * 2);
          }
          paper[n] = p;
          concept[n] = r;
          n++;
        }
      }
    }
    int[] groupOf = new int[papers];
    for (int p = 0; p < papers; p++) {
      groupOf[p] = random.nextInt(groups);
    }
    int[] keyOf = new int[concepts];
    for (int r = 0; r < concepts; r++) {
      keyOf[r] = r % keyConcepts;
    }
    return new CorpusWorkload(Arrays.copyOf(paper, n), Arrays.copyOf(concept, n), groupOf, keyOf);
  }

  /**
   * Reads the files {@code gen.py} writes into {@code directory}.
   *
   * @param directory the directory holding {@code pairs.i32}, {@code groups.i32}, {@code keyof.i32}
   * @return the workload
   * @throws IOException if a file cannot be read
   */
  public static CorpusWorkload read(Path directory) throws IOException {
    int[] pairs = ints(directory.resolve("pairs.i32"));
    int[] paper = new int[pairs.length / 2];
    int[] concept = new int[pairs.length / 2];
    for (int i = 0; i < paper.length; i++) {
      paper[i] = pairs[2 * i];
      concept[i] = pairs[2 * i + 1];
    }
    return new CorpusWorkload(
        paper,
        concept,
        ints(directory.resolve("groups.i32")),
        ints(directory.resolve("keyof.i32")));
  }

  private static int[] ints(Path file) throws IOException {
    IntBuffer buffer =
        ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    int[] values = new int[buffer.remaining()];
    buffer.get(values);
    return values;
  }

  /** {@return how many papers} */
  public int papers() {
    return groupOf.length;
  }

  /** {@return how many raw concepts} */
  public int concepts() {
    return keyOf.length;
  }

  /** {@return how many key concepts} */
  public int keyConcepts() {
    return Arrays.stream(keyOf).max().orElse(-1) + 1;
  }

  /** {@return how many groups} */
  public int groups() {
    return Arrays.stream(groupOf).max().orElse(-1) + 1;
  }

  /** {@return how many (paper, raw concept) pairs: extractions} */
  public int pairs() {
    return paper.length;
  }

  /**
   * The answer computed the plainest way, to check the library against: for each group and key
   * concept, how many papers of the group hold a raw concept translated into the key concept. A
   * boolean per (paper, key concept), so only for small workloads.
   *
   * @return counts indexed {@code [group][keyConcept]}
   */
  public long[][] plainCounts() {
    int keys = keyConcepts();
    boolean[] held = new boolean[papers() * keys];
    for (int i = 0; i < paper.length; i++) {
      held[paper[i] * keys + keyOf[concept[i]]] = true;
    }
    long[][] counts = new long[groups()][keys];
    for (int p = 0; p < papers(); p++) {
      for (int k = 0; k < keys; k++) {
        if (held[p * keys + k]) {
          counts[groupOf[p]][k]++;
        }
      }
    }
    return counts;
  }
}

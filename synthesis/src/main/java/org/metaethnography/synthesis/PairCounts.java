package org.metaethnography.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewProblem;

/**
 * The key concept grid's counts straight from extractions given in bulk as indices: for every group
 * of papers (the values of a paper attribute, such as condition) and every key concept, how many
 * papers of the group express the key concept through any raw concept translated into it. This is
 * the bulk path for tool builders who hold extractions as arrays (from a database, a file or a
 * text-mining pipeline) and need the counts of a corpus quickly: the same numbers as {@code
 * synthesis.grid().groupBy(attribute)} and {@link
 * ConceptGrid#count(org.metaethnography.model.KeyConcept)} on the review those arrays describe
 * (where every raw concept is translated), without making the review. For the full {@link
 * Synthesis} of such arrays, give them to {@link org.metaethnography.model.Extractions#ofPairs} and
 * build the review.
 *
 * <p>One bit per (paper, key concept) is set for each pair, then each key concept's bits are
 * counted per group against a bit mask of the group's papers: time linear in the pairs, plus papers
 * times key concepts times groups over 64; memory one bit per (paper, key concept) and per (paper,
 * group). Counts over disjoint papers {@linkplain #plus(PairCounts) add up} exactly, which is how
 * {@link #of(Pairs, int)} uses several threads.
 *
 * <pre>{@code
 * PairCounts counts = PairCounts.of(new PairCounts.Pairs(paper, concept, keyOf, groupOf), 2);
 * long n = counts.count(group, keyConcept);
 * }</pre>
 */
public final class PairCounts {
  /** Where the problems of extractions given as arrays are. */
  private static final Place PAIRS = new Place.Detached("extractions given as pairs");

  private final int groups;
  private final int keyConcepts;
  private final long[] counts;

  private PairCounts(int groups, int keyConcepts, long[] counts) {
    this.groups = groups;
    this.keyConcepts = keyConcepts;
    this.counts = counts;
  }

  /**
   * Extractions as indices, with what the counts need to know of papers and raw concepts. Papers,
   * raw concepts, key concepts and groups are numbered from 0. The arrays are not copied: they must
   * not change while counts are computed from them.
   *
   * @param paper for each extraction, its paper
   * @param concept for each extraction, its raw concept
   * @param keyOf for each raw concept, the key concept it is translated into, or -1 if it is set
   *     aside
   * @param groupOf for each paper, its group
   */
  public record Pairs(int[] paper, int[] concept, int[] keyOf, int[] groupOf) {
    /**
     * Checks that no array is null.
     *
     * @param paper for each extraction, its paper
     * @param concept for each extraction, its raw concept
     * @param keyOf for each raw concept, its key concept, or -1
     * @param groupOf for each paper, its group
     */
    public Pairs {
      Objects.requireNonNull(paper);
      Objects.requireNonNull(concept);
      Objects.requireNonNull(keyOf);
      Objects.requireNonNull(groupOf);
    }
  }

  /**
   * Counts the papers per group and key concept, single-threaded.
   *
   * @param pairs the extractions as indices
   * @return the counts
   * @throws InvalidValueException listing every kind of bad index at once (with the first position
   *     and how many): a paper, raw concept, key concept or group out of range, or columns of
   *     different lengths
   */
  public static PairCounts of(Pairs pairs) {
    return onOneThread(pairs, Shape.of(pairs));
  }

  /** Counts every extraction on this thread, in any order, or reports every bad index. */
  private static PairCounts onOneThread(Pairs pairs, Shape shape) {
    PairCounts counts =
        count(pairs, shape, 0, pairs.paper().length, 0, pairs.groupOf().length, false);
    if (counts == null) {
      throw shape.problems(pairs);
    }
    return counts;
  }

  /**
   * Counts the papers per group and key concept with up to {@code threads} threads, each counting
   * the extractions of its own papers (checking them as it goes); their counts are added. The
   * extractions must come sorted by paper for the split to give disjoint papers; if they do not,
   * one thread counts them all.
   *
   * @param pairs the extractions as indices
   * @param threads how many threads to use, at least 1
   * @return the counts, equal to those of {@link #of(Pairs)}
   * @throws InvalidValueException as {@link #of(Pairs)} does
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public static PairCounts of(Pairs pairs, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    Shape shape = Shape.of(pairs);
    int[] paper = pairs.paper();
    int n = paper.length;
    List<int[]> parts = new ArrayList<>();
    int from = 0;
    for (int t = 1; t <= threads && from < n; t++) {
      int to = t == threads ? n : Math.max(from + 1, (int) ((long) n * t / threads));
      // Move the cut to the start of a paper's run, so the parts hold disjoint papers.
      while (to < n && paper[to] == paper[to - 1]) {
        to++;
      }
      parts.add(new int[] {from, to});
      from = to;
    }
    if (parts.size() < 2) {
      return onOneThread(pairs, shape);
    }
    PairCounts[] partial = new PairCounts[parts.size()];
    Thread[] helpers = new Thread[parts.size() - 1];
    for (int t = 1; t < parts.size(); t++) {
      int[] part = parts.get(t);
      int t0 = t;
      helpers[t - 1] = new Thread(() -> partial[t0] = countPart(pairs, shape, part));
      helpers[t - 1].start();
    }
    partial[0] = countPart(pairs, shape, parts.get(0));
    try {
      for (Thread helper : helpers) {
        helper.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting", e);
    }
    PairCounts total = null;
    for (PairCounts part : partial) {
      if (part == null) {
        // A bad index, or extractions not sorted by paper: count (or report) on one thread.
        return onOneThread(pairs, shape);
      }
      total = total == null ? part : total.plus(part);
    }
    return total;
  }

  /** Counts one part of sorted extractions over the papers it spans, or null if it cannot. */
  private static PairCounts countPart(Pairs pairs, Shape shape, int[] part) {
    int first = pairs.paper()[part[0]];
    int last = pairs.paper()[part[1] - 1];
    if (first < 0 || last >= pairs.groupOf().length || last < first) {
      return null;
    }
    return count(pairs, shape, part[0], part[1], first, last + 1, true);
  }

  /** The sizes the indices must fit. */
  private record Shape(int keyConcepts, int groups) {
    /** Checks what is checked before counting: the columns' lengths, key concepts and groups. */
    static Shape of(Pairs pairs) {
      List<ReviewProblem> problems = new ArrayList<>();
      ReviewProblem.unequalColumns(PAIRS, pairs.paper().length, pairs.concept().length)
          .ifPresent(problems::add);
      int keyConcepts = Arrays.stream(pairs.keyOf()).max().orElse(-1) + 1;
      int groups = Arrays.stream(pairs.groupOf()).max().orElse(-1) + 1;
      ReviewProblem.outOfRange(
              PAIRS, "key concept (of a raw concept)", pairs.keyOf(), -1, keyConcepts)
          .ifPresent(problems::add);
      ReviewProblem.outOfRange(PAIRS, "group (of a paper)", pairs.groupOf(), 0, groups)
          .ifPresent(problems::add);
      if (!problems.isEmpty()) {
        throw new InvalidValueException(problems);
      }
      return new Shape(keyConcepts, groups);
    }

    /** Every bad paper and raw concept index, once counting has met one. */
    InvalidValueException problems(Pairs pairs) {
      List<ReviewProblem> problems = new ArrayList<>();
      ReviewProblem.outOfRange(PAIRS, "paper", pairs.paper(), 0, pairs.groupOf().length)
          .ifPresent(problems::add);
      ReviewProblem.outOfRange(PAIRS, "raw concept", pairs.concept(), 0, pairs.keyOf().length)
          .ifPresent(problems::add);
      return new InvalidValueException(problems);
    }
  }

  /**
   * Counts the extractions at positions {@code from} to {@code to}, whose papers must all lie in
   * {@code firstPaper} (inclusive) to {@code endPaper} (exclusive) and, if {@code sorted}, never
   * decrease: one bit per (paper, key concept) of that range, then a count per group of each key
   * concept's bits against a mask of the group's papers. Returns null on meeting an index out of
   * range (or out of order), so that the caller reports every problem.
   */
  private static PairCounts count(
      Pairs pairs, Shape shape, int from, int to, int firstPaper, int endPaper, boolean sorted) {
    int[] paper = pairs.paper();
    int[] concept = pairs.concept();
    int[] keyOf = pairs.keyOf();
    int[] groupOf = pairs.groupOf();
    int concepts = keyOf.length;
    int words = (endPaper - firstPaper + 63) >>> 6;
    long[] bits = new long[shape.keyConcepts * words];
    int previous = firstPaper;
    for (int i = from; i < to; i++) {
      int p = paper[i];
      int c = concept[i];
      if (p < previous || p >= endPaper || c < 0 || c >= concepts) {
        return null;
      }
      if (sorted) {
        previous = p;
      }
      int k = keyOf[c];
      if (k >= 0) {
        int q = p - firstPaper;
        bits[k * words + (q >>> 6)] |= 1L << q;
      }
    }
    long[] masks = new long[shape.groups * words];
    for (int p = firstPaper; p < endPaper; p++) {
      int q = p - firstPaper;
      masks[groupOf[p] * words + (q >>> 6)] |= 1L << q;
    }
    long[] counts = new long[shape.groups * shape.keyConcepts];
    for (int k = 0; k < shape.keyConcepts; k++) {
      for (int g = 0; g < shape.groups; g++) {
        long n = 0;
        for (int w = 0, b = k * words, m = g * words; w < words; w++) {
          n += Long.bitCount(bits[b + w] & masks[m + w]);
        }
        counts[g * shape.keyConcepts + k] = n;
      }
    }
    return new PairCounts(shape.groups, shape.keyConcepts, counts);
  }

  /** {@return how many groups of papers: one more than the largest group index} */
  public int groups() {
    return groups;
  }

  /** {@return how many key concepts: one more than the largest key concept index} */
  public int keyConcepts() {
    return keyConcepts;
  }

  /**
   * {@return how many papers of {@code group} express {@code keyConcept}}
   *
   * @param group a group index
   * @param keyConcept a key concept index
   * @throws IndexOutOfBoundsException if either is out of range
   */
  public long count(int group, int keyConcept) {
    Objects.checkIndex(group, groups);
    Objects.checkIndex(keyConcept, keyConcepts);
    return counts[group * keyConcepts + keyConcept];
  }

  /** {@return the sum of every count: the number of ticked cells of the grid} */
  public long total() {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }

  /**
   * Adds the counts of other papers to these: exact when the two counted disjoint papers, as counts
   * of papers are.
   *
   * @param other counts over other papers, with the same groups and key concepts
   * @return the counts over the papers of both
   * @throws IllegalArgumentException if the groups or key concepts differ in number
   */
  public PairCounts plus(PairCounts other) {
    if (groups != other.groups || keyConcepts != other.keyConcepts) {
      throw new IllegalArgumentException(
          String.format(
              "counts of %d groups x %d key concepts and of %d x %d cannot be added",
              groups, keyConcepts, other.groups, other.keyConcepts));
    }
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new PairCounts(groups, keyConcepts, sum);
  }

  /** Counts are equal when they have the same shape and numbers. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PairCounts other
        && groups == other.groups
        && keyConcepts == other.keyConcepts
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + groups;
  }

  /** Returns the shape and total. */
  @Override
  public String toString() {
    return String.format(
        "PairCounts(%d groups x %d key concepts, %d in all)", groups, keyConcepts, total());
  }
}

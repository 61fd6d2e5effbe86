package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How many records a search kept at each stage of a review: abstracts reviewed in screening, full
 * articles retrieved, articles that went to quality appraisal, and articles included. Each stage
 * keeps at most what the stage before it kept.
 *
 * <p>Counts add up: the counts of several searches {@linkplain #plus(StageCounts) combine} into
 * the review's totals.
 */
@Value.Immutable
public abstract class StageCounts {
  private static final StageCounts ZERO = of(0, 0, 0, 0);

  StageCounts() {}

  /**
   * Returns the counts of the four stages, in the order a review passes through them.
   *
   * @param abstractsReviewed titles and abstracts screened
   * @param articlesRetrieved full texts retrieved for review
   * @param articlesAppraised articles that went to quality appraisal
   * @param articlesIncluded articles included in the synthesis
   * @return the counts
   * @throws IllegalArgumentException if a count is negative or exceeds the one before it, naming
   *     every such count
   */
  public static StageCounts of(
      int abstractsReviewed, int articlesRetrieved, int articlesAppraised, int articlesIncluded) {
    return ImmutableStageCounts.of(
        abstractsReviewed, articlesRetrieved, articlesAppraised, articlesIncluded);
  }

  /** No records at any stage: the identity of {@link #plus(StageCounts)}. */
  public static StageCounts zero() {
    return ZERO;
  }

  /** Titles and abstracts screened. */
  @Value.Parameter
  public abstract int abstractsReviewed();

  /** Full texts retrieved for review. */
  @Value.Parameter
  public abstract int articlesRetrieved();

  /** Articles that went to quality appraisal. */
  @Value.Parameter
  public abstract int articlesAppraised();

  /** Articles included in the synthesis. */
  @Value.Parameter
  public abstract int articlesIncluded();

  /** Articles appraised but not included: those quality appraisal excluded. */
  public final int articlesExcluded() {
    return articlesAppraised() - articlesIncluded();
  }

  /**
   * Returns the stage-by-stage sum of these counts and {@code other}.
   *
   * @throws ArithmeticException if a sum overflows an {@code int}
   */
  public final StageCounts plus(StageCounts other) {
    return of(
        Math.addExact(abstractsReviewed(), other.abstractsReviewed()),
        Math.addExact(articlesRetrieved(), other.articlesRetrieved()),
        Math.addExact(articlesAppraised(), other.articlesAppraised()),
        Math.addExact(articlesIncluded(), other.articlesIncluded()));
  }

  @Value.Check
  final void check() {
    ImmutableList<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  private ImmutableList<String> problems() {
    String[] stages = {
      "abstracts reviewed", "articles retrieved", "articles appraised", "articles included"
    };
    int[] counts = {
      abstractsReviewed(), articlesRetrieved(), articlesAppraised(), articlesIncluded()
    };
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        problems.add(String.format("%s (%d) must not be negative", stages[i], counts[i]));
      } else if (i > 0 && counts[i - 1] >= 0 && counts[i] > counts[i - 1]) {
        problems.add(
            String.format(
                "%s (%d) must not exceed %s (%d)", stages[i], counts[i], stages[i - 1], counts[i - 1]));
      }
    }
    return problems.build();
  }

  /** Returns the four counts in stage order. */
  @Override
  public final String toString() {
    return String.format(
        "%d abstracts reviewed, %d articles retrieved, %d appraised, %d included",
        abstractsReviewed(), articlesRetrieved(), articlesAppraised(), articlesIncluded());
  }
}

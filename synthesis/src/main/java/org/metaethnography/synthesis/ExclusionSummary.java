package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Review;

/**
 * Why quality appraisal excluded papers: a tally per reason and their total.
 *
 * <p>Summaries merge by reason: merging the summaries of two appraisal rounds adds the papers of
 * reasons the two share.
 */
public final class ExclusionSummary {
  private final ImmutableList<ExclusionTally> tallies;
  private final int total;

  private ExclusionSummary(ImmutableList<ExclusionTally> tallies) {
    this.tallies = tallies;
    this.total = tallies.stream().mapToInt(ExclusionTally::papers).reduce(0, Math::addExact);
  }

  /**
   * Returns the summary of the review's exclusion tallies.
   *
   * @param review the review
   * @return its exclusion summary
   */
  public static ExclusionSummary of(Review review) {
    return of(review.exclusions());
  }

  /**
   * Returns the summary of the given tallies; tallies of the same reason are added together, in the
   * order the reason first appears.
   *
   * @throws ArithmeticException if a sum overflows an {@code int}
   * @param tallies the tallies, in order
   * @return the summary
   */
  public static ExclusionSummary of(Iterable<ExclusionTally> tallies) {
    Map<ExclusionReason, Integer> byReason = new LinkedHashMap<>();
    for (ExclusionTally tally : tallies) {
      byReason.merge(tally.reason(), tally.papers(), Math::addExact);
    }
    ImmutableList.Builder<ExclusionTally> merged = ImmutableList.builder();
    byReason.forEach((reason, papers) -> merged.add(ExclusionTally.of(reason, papers)));
    return new ExclusionSummary(merged.build());
  }

  /** {@return one tally per reason, in the order the reasons were first given} */
  public ImmutableList<ExclusionTally> tallies() {
    return tallies;
  }

  /** {@return how many papers were excluded in all} */
  public int total() {
    return total;
  }

  /**
   * {@return the summary of this summary's tallies and {@code other}'s, added by reason}
   *
   * @param other the summary of another appraisal round
   */
  public ExclusionSummary merge(ExclusionSummary other) {
    return of(
        ImmutableList.<ExclusionTally>builder().addAll(tallies).addAll(other.tallies).build());
  }

  /** Summaries are equal when they have the same tallies in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ExclusionSummary && tallies.equals(((ExclusionSummary) o).tallies);
  }

  @Override
  public int hashCode() {
    return tallies.hashCode();
  }

  /** Returns the tallies and the total. */
  @Override
  public String toString() {
    return "ExclusionSummary(" + tallies + ", total: " + total + ")";
  }
}

package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.metaethnography.model.Decision;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Review;
import org.metaethnography.model.SearchRecord;

/**
 * Why quality appraisal excluded papers: a tally per reason and their total.
 *
 * <p>Summaries merge by reason: merging the summaries of two appraisal rounds adds the papers of
 * reasons the two share.
 */
public final class ExclusionSummary {
  private final ImmutableList<ExclusionTally> tallies;
  private final int unexplained;
  private final boolean recorded;
  private final int total;

  private ExclusionSummary(
      ImmutableList<ExclusionTally> tallies, int unexplained, boolean recorded) {
    this.tallies = tallies;
    this.unexplained = unexplained;
    this.recorded = recorded;
    this.total =
        Math.addExact(
            tallies.stream().mapToInt(ExclusionTally::papers).reduce(0, Math::addExact),
            unexplained);
  }

  private ExclusionSummary(ImmutableList<ExclusionTally> tallies) {
    this(tallies, 0, false);
  }

  /**
   * Returns the summary of the review's exclusions at appraisal: counted from its appraisal records
   * when every search of the review has records and some record was appraised (reasons in the order
   * of the review's stated tallies, then in the order first recorded), otherwise the tallies the
   * review states.
   *
   * @param review the review
   * @return its exclusion summary
   */
  public static ExclusionSummary of(Review review) {
    if (!review.exclusionsRecorded()) {
      return of(review.exclusions());
    }
    Map<ExclusionReason, Integer> byReason = new LinkedHashMap<>();
    review.exclusions().forEach(t -> byReason.put(t.reason(), 0));
    int unexplained = 0;
    for (SearchRecord record : review.records()) {
      if (record.appraisal().isEmpty() || record.appraisal().get().decision() != Decision.EXCLUDE) {
        continue;
      }
      Optional<ExclusionReason> reason = record.appraisal().get().reason();
      if (reason.isPresent()) {
        byReason.merge(reason.get(), 1, Math::addExact);
      } else {
        unexplained = Math.addExact(unexplained, 1);
      }
    }
    ImmutableList.Builder<ExclusionTally> tallies = ImmutableList.builder();
    byReason.forEach((reason, papers) -> tallies.add(ExclusionTally.of(reason, papers)));
    return new ExclusionSummary(tallies.build(), unexplained, true);
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

  /**
   * {@return how many papers the records show excluded at appraisal without a reason; always zero
   * for stated tallies}
   */
  public int unexplained() {
    return unexplained;
  }

  /** {@return whether the summary was counted from the review's appraisal records} */
  public boolean isRecorded() {
    return recorded;
  }

  /** {@return how many papers were excluded in all, with and without a reason} */
  public int total() {
    return total;
  }

  /**
   * {@return the summary of this summary's tallies and {@code other}'s, added by reason}
   *
   * @param other the summary of another appraisal round
   */
  public ExclusionSummary merge(ExclusionSummary other) {
    ExclusionSummary merged =
        of(ImmutableList.<ExclusionTally>builder().addAll(tallies).addAll(other.tallies).build());
    return new ExclusionSummary(
        merged.tallies, Math.addExact(unexplained, other.unexplained), recorded || other.recorded);
  }

  /**
   * Summaries are equal when they have the same tallies in the same order, the same number of
   * unexplained exclusions and the same provenance.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ExclusionSummary that
        && tallies.equals(that.tallies)
        && unexplained == that.unexplained
        && recorded == that.recorded;
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

package org.metaethnography.synthesis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Set;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;

/**
 * How records flowed through a review's searches, from abstracts screened to articles included,
 * search by search and in total: the review's article review summary.
 *
 * <p>Flows over disjoint sets of searches {@linkplain #merge(ReviewFlow) merge}; the total of the
 * merged flow is the sum of the totals.
 */
public final class ReviewFlow {
  private final ImmutableList<Search> searches;
  private final StageCounts total;

  private ReviewFlow(ImmutableList<Search> searches) {
    this.searches = searches;
    this.total = searches.stream().map(Search::counts).reduce(StageCounts.zero(), StageCounts::plus);
  }

  /** Returns the flow of the review's searches. */
  public static ReviewFlow of(Review review) {
    return of(review.searches());
  }

  /**
   * Returns the flow of the given searches, in the order given.
   *
   * @throws IllegalArgumentException if two searches have the same name
   * @throws ArithmeticException if a total overflows an {@code int}
   */
  public static ReviewFlow of(Iterable<Search> searches) {
    ImmutableList<Search> list = ImmutableList.copyOf(searches);
    checkArgument(
        list.stream().map(Search::name).distinct().count() == list.size(),
        "search names must be unique in a review flow: %s",
        list);
    return new ReviewFlow(list);
  }

  /** The searches, in the order given. */
  public ImmutableList<Search> searches() {
    return searches;
  }

  /** The counts of all searches added stage by stage: the totals row. */
  public StageCounts total() {
    return total;
  }

  /**
   * Returns the flow of this flow's searches followed by {@code other}'s.
   *
   * @throws IllegalArgumentException if a search name is in both
   */
  public ReviewFlow merge(ReviewFlow other) {
    Set<String> shared = Sets.intersection(names(), other.names());
    checkArgument(shared.isEmpty(), "flows with common searches cannot be merged: %s", shared);
    return new ReviewFlow(
        ImmutableList.<Search>builder().addAll(searches).addAll(other.searches).build());
  }

  private Set<String> names() {
    return searches.stream().map(Search::name).collect(ImmutableSet.toImmutableSet());
  }

  /** Flows are equal when they have the same searches in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewFlow && searches.equals(((ReviewFlow) o).searches);
  }

  @Override
  public int hashCode() {
    return searches.hashCode();
  }

  /** Returns the searches and the total. */
  @Override
  public String toString() {
    return "ReviewFlow(" + searches + ", total: " + total + ")";
  }
}

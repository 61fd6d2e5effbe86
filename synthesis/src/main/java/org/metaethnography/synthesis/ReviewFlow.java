package org.metaethnography.synthesis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.OptionalInt;
import java.util.Set;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.Stage;
import org.metaethnography.model.StageCounts;

/**
 * How records flowed through a review's searches, from abstracts screened to articles included,
 * search by search and in total, and what other sources (citation chasing, experts) added: the
 * review's article review summary.
 *
 * <p>A stage that some search does not report has no complete total: {@link #total()} leaves it out
 * rather than passing off a partial sum as the total, and {@link #partialTotal(Stage)} and {@link
 * #unreported(Stage)} say what is known and what is missing.
 *
 * <p>Flows over disjoint sets of searches {@linkplain #merge(ReviewFlow) merge}; the total of the
 * merged flow is the sum of the totals.
 */
public final class ReviewFlow {
  private final ImmutableList<Search> searches;
  private final ImmutableList<OtherSource> sources;
  private final StageCounts total;

  private ReviewFlow(ImmutableList<Search> searches, ImmutableList<OtherSource> sources) {
    this.searches = searches;
    this.sources = sources;
    this.total =
        searches.stream().map(Search::counts).reduce(StageCounts.zero(), StageCounts::plus);
  }

  /**
   * Returns the flow of the review's searches and other sources.
   *
   * @param review the review
   * @return its flow
   */
  public static ReviewFlow of(Review review) {
    return new ReviewFlow(of(review.searches()).searches, review.otherSources());
  }

  /**
   * Returns the flow of the given searches, in the order given.
   *
   * @throws IllegalArgumentException if two searches have the same name
   * @throws ArithmeticException if a total overflows an {@code int}
   * @param searches the searches, with distinct names
   * @return their flow
   */
  public static ReviewFlow of(Iterable<Search> searches) {
    ImmutableList<Search> list = ImmutableList.copyOf(searches);
    checkArgument(
        list.stream().map(Search::name).distinct().count() == list.size(),
        "search names must be unique in a review flow: %s",
        list);
    return new ReviewFlow(list, ImmutableList.of());
  }

  /** {@return the searches, in the order given} */
  public ImmutableList<Search> searches() {
    return searches;
  }

  /** {@return the sources of papers other than searches, in the order given} */
  public ImmutableList<OtherSource> sources() {
    return sources;
  }

  /**
   * The counts of all searches added stage by stage: the totals row. A stage that some search does
   * not report is absent.
   *
   * @return the totals
   */
  public StageCounts total() {
    return total;
  }

  /**
   * The sum of the counts the searches report at {@code stage}: the complete total where every
   * search reports it, a lower bound otherwise.
   *
   * @param stage the stage
   * @return the sum of what is reported
   */
  public long partialTotal(Stage stage) {
    return searches.stream().mapToLong(s -> s.counts().count(stage).orElse(0)).sum();
  }

  /**
   * The searches that do not report {@code stage}, in order.
   *
   * @param stage the stage
   * @return the searches whose count at that stage is unknown
   */
  public ImmutableList<Search> unreported(Stage stage) {
    return searches.stream()
        .filter(s -> s.counts().count(stage).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * How many papers the searches and the other sources included, where every one of them reports
   * it.
   *
   * @return the number of papers included, or empty if a search or source does not report it
   */
  public OptionalInt included() {
    OptionalInt searched = total.articlesIncluded();
    if (searched.isEmpty() || sources.stream().anyMatch(s -> s.included().isEmpty())) {
      return OptionalInt.empty();
    }
    long all = searched.getAsInt();
    for (OtherSource source : sources) {
      all += source.included().getAsInt();
    }
    return OptionalInt.of(Math.toIntExact(all));
  }

  /**
   * Returns the flow of this flow's searches followed by {@code other}'s.
   *
   * @throws IllegalArgumentException if a search name is in both
   * @param other the flow of other searches and sources
   * @return the flow of both
   */
  public ReviewFlow merge(ReviewFlow other) {
    Set<String> shared = Sets.intersection(names(), other.names());
    checkArgument(shared.isEmpty(), "flows with common searches cannot be merged: %s", shared);
    Set<String> sharedSources = Sets.intersection(sourceNames(), other.sourceNames());
    checkArgument(
        sharedSources.isEmpty(), "flows with common sources cannot be merged: %s", sharedSources);
    return new ReviewFlow(
        ImmutableList.<Search>builder().addAll(searches).addAll(other.searches).build(),
        ImmutableList.<OtherSource>builder().addAll(sources).addAll(other.sources).build());
  }

  private Set<String> sourceNames() {
    return sources.stream().map(OtherSource::name).collect(ImmutableSet.toImmutableSet());
  }

  private Set<String> names() {
    return searches.stream().map(Search::name).collect(ImmutableSet.toImmutableSet());
  }

  /** Flows are equal when they have the same searches in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewFlow
        && searches.equals(((ReviewFlow) o).searches)
        && sources.equals(((ReviewFlow) o).sources);
  }

  @Override
  public int hashCode() {
    return searches.hashCode() * 31 + sources.hashCode();
  }

  /** Returns the searches and the total. */
  @Override
  public String toString() {
    return "ReviewFlow(" + searches + ", total: " + total + ")";
  }
}

package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.metaethnography.model.Order;
import org.metaethnography.model.Reviewer;

/**
 * The provenance of one cell of an aggregated key concept grid: which raw concepts, of which
 * orders, found by which reviewers, make the paper express the key concept. Supports of the same
 * cell {@linkplain #plus(Support) add up}.
 */
public final class Support {
  private final ImmutableSortedSet<String> concepts;
  private final ImmutableSortedSet<Order> orders;
  private final ImmutableSortedSet<String> reviewers;

  private Support(
      ImmutableSortedSet<String> concepts,
      ImmutableSortedSet<Order> orders,
      ImmutableSortedSet<String> reviewers) {
    this.concepts = concepts;
    this.orders = orders;
    this.reviewers = reviewers;
  }

  /**
   * Returns the support given by one raw concept of the given order, found by the given
   * reviewers.
   */
  public static Support of(String concept, Order order, Iterable<Reviewer> reviewers) {
    return new Support(
        ImmutableSortedSet.of(concept),
        ImmutableSortedSet.of(order),
        ImmutableSortedSet.copyOf(
            ImmutableList.copyOf(reviewers).stream().map(Reviewer::name).iterator()));
  }

  /** The names of the raw concepts behind the cell, in alphabetical order. */
  public ImmutableSet<String> concepts() {
    return concepts;
  }

  /** The orders of those concepts (first, second), in the order of the method. */
  public ImmutableSet<Order> orders() {
    return orders;
  }

  /** The names of the reviewers who found them, in alphabetical order. */
  public ImmutableSet<String> reviewers() {
    return reviewers;
  }

  /** Returns the support of both this and {@code other}: the union of each. */
  public Support plus(Support other) {
    return new Support(
        ImmutableSortedSet.<String>naturalOrder().addAll(concepts).addAll(other.concepts).build(),
        ImmutableSortedSet.<Order>naturalOrder().addAll(orders).addAll(other.orders).build(),
        ImmutableSortedSet.<String>naturalOrder().addAll(reviewers).addAll(other.reviewers).build());
  }

  /** Supports are equal when they have the same concepts, orders and reviewers. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Support)) {
      return false;
    }
    Support that = (Support) o;
    return concepts.equals(that.concepts)
        && orders.equals(that.orders)
        && reviewers.equals(that.reviewers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(concepts, orders, reviewers);
  }

  /** Returns the concepts, orders and reviewers. */
  @Override
  public String toString() {
    return "Support(concepts " + concepts + ", orders " + orders + ", reviewers " + reviewers + ")";
  }
}

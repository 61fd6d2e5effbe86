package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Order;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Stance;

/**
 * The provenance of one cell of an aggregated key concept grid: which raw concepts, of which
 * orders, found by which reviewers, make the paper express the key concept. Supports of the same
 * cell {@linkplain #plus(Support) add up}.
 */
public final class Support {
  private final ImmutableSortedSet<String> concepts;
  private final ImmutableSortedSet<Order> orders;
  private final ImmutableSortedSet<String> reviewers;
  private final ImmutableSortedSet<Stance> stances;

  private Support(
      ImmutableSortedSet<String> concepts,
      ImmutableSortedSet<Order> orders,
      ImmutableSortedSet<String> reviewers,
      ImmutableSortedSet<Stance> stances) {
    this.concepts = concepts;
    this.orders = orders;
    this.reviewers = reviewers;
    this.stances = stances;
  }

  /**
   * Returns the support given by one raw concept, of the given order where the review reports it,
   * found by the given reviewers (none, where the review does not name them).
   *
   * @param concept the raw concept's name
   * @param order the raw concept's order, if reported
   * @param reviewers the reviewers who found it
   * @return the support
   */
  public static Support of(String concept, Optional<Order> order, Iterable<Reviewer> reviewers) {
    return of(concept, order, reviewers, Stance.SUPPORTS);
  }

  /**
   * Returns the support given by one raw concept, of the given order where the review reports it,
   * found by the given reviewers, bearing on the key concept with the given stance.
   *
   * @param concept the raw concept's name
   * @param order the raw concept's order, if reported
   * @param reviewers the reviewers who found it
   * @param stance how the concept found bears on the key concept
   * @return the support
   */
  public static Support of(
      String concept, Optional<Order> order, Iterable<Reviewer> reviewers, Stance stance) {
    return new Support(
        ImmutableSortedSet.of(concept),
        order.map(ImmutableSortedSet::of).orElse(ImmutableSortedSet.of()),
        ImmutableSortedSet.copyOf(
            ImmutableList.copyOf(reviewers).stream().map(Reviewer::name).iterator()),
        ImmutableSortedSet.of(stance));
  }

  /**
   * {@return the stances of the raw concepts behind the cell (an extraction without a stance
   * supports), in the order of {@link Stance}}
   */
  public ImmutableSet<Stance> stances() {
    return stances;
  }

  /**
   * {@return the cell's stance: {@link Stance#SUPPORTS} where every raw concept behind it supports
   * the key concept, {@link Stance#REFUTES} where every one refutes it, {@link
   * Stance#PARTLY_SUPPORTS} otherwise}
   */
  public Stance stance() {
    if (stances.size() == 1) {
      return stances.first();
    }
    return Stance.PARTLY_SUPPORTS;
  }

  /** {@return the names of the raw concepts behind the cell, in alphabetical order} */
  public ImmutableSet<String> concepts() {
    return concepts;
  }

  /**
   * {@return the orders of those concepts (first, second) that the review reports, in the order of
   * the method}
   */
  public ImmutableSet<Order> orders() {
    return orders;
  }

  /**
   * {@return the names of the reviewers who found them, in alphabetical order; empty if none is
   * named}
   */
  public ImmutableSet<String> reviewers() {
    return reviewers;
  }

  /**
   * {@return the support of both this and {@code other}: the union of each}
   *
   * @param other the support of the same cell from other raw concepts
   */
  public Support plus(Support other) {
    return new Support(
        ImmutableSortedSet.<String>naturalOrder().addAll(concepts).addAll(other.concepts).build(),
        ImmutableSortedSet.<Order>naturalOrder().addAll(orders).addAll(other.orders).build(),
        ImmutableSortedSet.<String>naturalOrder().addAll(reviewers).addAll(other.reviewers).build(),
        ImmutableSortedSet.<Stance>naturalOrder().addAll(stances).addAll(other.stances).build());
  }

  /** Supports are equal when they have the same concepts, orders, reviewers and stances. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Support)) {
      return false;
    }
    Support that = (Support) o;
    return concepts.equals(that.concepts)
        && orders.equals(that.orders)
        && reviewers.equals(that.reviewers)
        && stances.equals(that.stances);
  }

  @Override
  public int hashCode() {
    return Objects.hash(concepts, orders, reviewers, stances);
  }

  /** Returns the concepts, orders, reviewers and stances. */
  @Override
  public String toString() {
    return "Support(concepts "
        + concepts
        + ", orders "
        + orders
        + ", reviewers "
        + reviewers
        + ", stances "
        + stances
        + ")";
  }
}

package org.metaethnography.synthesis;

import com.google.common.base.Preconditions;
import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.metaethnography.model.Order;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Stance;

/**
 * The provenance of one cell of an aggregated key concept grid: which raw concepts, of which
 * orders, found by which reviewers, make the paper express the key concept. Supports of the same
 * cell {@linkplain #plus(Support) add up}. Supports are equal when they have the same concepts,
 * orders, reviewers and stances.
 */
@Value.Immutable
public abstract class Support {
  Support() {}

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
    List<String> names = new ArrayList<>();
    for (Reviewer reviewer : reviewers) {
      names.add(reviewer.name());
    }
    // Made from its parameters, so that each set is made once.
    return ImmutableSupport.of(
        ImmutableSet.of(stance),
        ImmutableSet.of(concept),
        order.isPresent() ? ImmutableSet.of(order.get()) : ImmutableSet.of(),
        names.isEmpty() ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(names));
  }

  /**
   * {@return the stances of the raw concepts behind the cell (an extraction without a stance
   * supports), in the order of {@link Stance}}
   */
  @Value.Parameter
  public abstract ImmutableSet<Stance> stances();

  /**
   * {@return the cell's stance: {@link Stance#SUPPORTS} where every raw concept behind it supports
   * the key concept, {@link Stance#REFUTES} where every one refutes it, {@link
   * Stance#PARTLY_SUPPORTS} otherwise}
   */
  public final Stance stance() {
    if (stances().size() == 1) {
      return stances().iterator().next();
    }
    return Stance.PARTLY_SUPPORTS;
  }

  /** {@return the names of the raw concepts behind the cell, in alphabetical order} */
  @Value.Parameter
  public abstract ImmutableSet<String> concepts();

  /**
   * {@return the orders of those concepts (first, second) that the review reports, in the order of
   * the method}
   */
  @Value.Parameter
  public abstract ImmutableSet<Order> orders();

  /**
   * {@return the names of the reviewers who found them, in alphabetical order; empty if none is
   * named}
   */
  @Value.Parameter
  public abstract ImmutableSet<String> reviewers();

  /**
   * {@return the support of both this and {@code other}: the union of each}
   *
   * @param other the support of the same cell from other raw concepts
   */
  public final Support plus(Support other) {
    return ImmutableSupport.of(
        union(stances(), other.stances()),
        union(concepts(), other.concepts()),
        union(orders(), other.orders()),
        union(reviewers(), other.reviewers()));
  }

  private static <T extends Comparable<? super T>> ImmutableSortedSet<T> union(
      ImmutableSet<T> these, ImmutableSet<T> those) {
    return ImmutableSortedSet.copyOf(Iterables.concat(these, those));
  }

  /**
   * Checks that a support rests on at least one raw concept with a stance, and that its concepts,
   * orders, reviewers and stances are each in their natural order.
   */
  @Value.Check
  final void check() {
    Preconditions.checkState(!concepts().isEmpty(), "a support must rest on a raw concept");
    Preconditions.checkState(!stances().isEmpty(), "a support must have a stance");
    Preconditions.checkState(
        inOrder(concepts()) && inOrder(orders()) && inOrder(reviewers()) && inOrder(stances()),
        "the parts of a support must be in their natural order: %s",
        this);
  }

  private static <T extends Comparable<? super T>> boolean inOrder(ImmutableSet<T> values) {
    return Comparators.isInStrictOrder(values, Comparator.naturalOrder());
  }

  /** Returns the concepts, orders, reviewers and stances. */
  @Override
  public final String toString() {
    return "Support(concepts "
        + concepts()
        + ", orders "
        + orders()
        + ", reviewers "
        + reviewers()
        + ", stances "
        + stances()
        + ")";
  }
}

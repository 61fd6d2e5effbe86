package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a review declares values of one kind (its stakeholders, say, or its phases),
 * so that any collection of them can be put in that order in time linear in the collection, not in
 * the number of values declared.
 *
 * @param <T> the kind of value
 */
final class DeclaredOrder<T> {
  private final List<T> declared;

  /** Positions by value, for a long list; a short one is searched instead. */
  private final Map<T, Integer> position;

  /** Up to how many declared values a list is searched rather than hashed. */
  private static final int SEARCHED = 8;

  /**
   * For a few declared values, the sets already made, by the bits of their positions: the key
   * concepts of a review share a handful of stakeholder groups and phases, so each is made once.
   */
  private final ImmutableSet<T>[] subsets;

  /** Up to how many declared values the sets made are kept (two to this power at most). */
  private static final int KEPT = 6;

  @SuppressWarnings("unchecked") // an array of a generic type, holding only sets of T
  private DeclaredOrder(List<T> declared) {
    this.declared = declared;
    this.subsets = declared.size() <= KEPT ? new ImmutableSet[1 << declared.size()] : null;
    if (declared.size() <= SEARCHED) {
      this.position = null;
    } else {
      this.position = new HashMap<>(2 * declared.size());
      for (int i = 0; i < declared.size(); i++) {
        position.putIfAbsent(declared.get(i), i);
      }
    }
  }

  /** The position of {@code value}'s first declaration, or -1. */
  int positionOf(Object value) {
    if (position != null) {
      Integer at = position.get(value);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < declared.size(); i++) {
      if (declared.get(i).equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /** The order of {@code declared}, the first declaration of a value counting. */
  static <T> DeclaredOrder<T> of(List<T> declared) {
    return new DeclaredOrder<>(declared);
  }

  /**
   * The declared values among {@code values}, each once, in their declared order; a value that is
   * not declared is left out.
   */
  ImmutableSet<T> among(Iterable<? extends T> values) {
    if (declared.size() > Long.SIZE) {
      return amongMany(values);
    }
    // The positions found as bits, ascending as the declaration.
    long found = 0;
    int count = 0;
    int last = -1;
    boolean ascending = true;
    for (T value : values) {
      int at = positionOf(value);
      if (at >= 0) {
        ascending &= at > last;
        last = at;
        found |= 1L << at;
        count++;
      }
    }
    if (found == 0) {
      return ImmutableSet.of();
    }
    ImmutableSet<T> same = sameSet(values, ascending, count);
    if (same != null) {
      return same;
    }
    if (subsets != null && subsets[(int) found] != null) {
      return subsets[(int) found];
    }
    ImmutableSet.Builder<T> ordered = ImmutableSet.builderWithExpectedSize(Long.bitCount(found));
    for (long rest = found; rest != 0; rest &= rest - 1) {
      ordered.add(declared.get(Long.numberOfTrailingZeros(rest)));
    }
    ImmutableSet<T> made = ordered.build();
    if (subsets != null) {
      subsets[(int) found] = made;
    }
    return made;
  }

  /**
   * {@code values} itself where it is an immutable set of declared values only, in declared order
   * ({@code ascending}, {@code count} of them found): then it is the answer as it is. Null
   * otherwise.
   */
  private static <T> ImmutableSet<T> sameSet(
      Iterable<? extends T> values, boolean ascending, int count) {
    if (ascending && values instanceof ImmutableSet<?> set && set.size() == count) {
      @SuppressWarnings("unchecked") // holds only values of type T, and is immutable
      ImmutableSet<T> same = (ImmutableSet<T>) set;
      return same;
    }
    return null;
  }

  /** As {@link #among}, for more declared values than the bits of a long. */
  private ImmutableSet<T> amongMany(Iterable<? extends T> values) {
    int[] found = new int[8];
    int count = 0;
    boolean ascending = true;
    for (T value : values) {
      int at = positionOf(value);
      if (at >= 0) {
        if (count == found.length) {
          found = Arrays.copyOf(found, 2 * count);
        }
        ascending &= count == 0 || at > found[count - 1];
        found[count++] = at;
      }
    }
    if (count == 0) {
      return ImmutableSet.of();
    }
    ImmutableSet<T> same = sameSet(values, ascending, count);
    if (same != null) {
      return same;
    }
    Arrays.sort(found, 0, count);
    ImmutableSet.Builder<T> ordered = ImmutableSet.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      if (i == 0 || found[i] != found[i - 1]) {
        ordered.add(declared.get(found[i]));
      }
    }
    return ordered.build();
  }
}

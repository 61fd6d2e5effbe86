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

  private DeclaredOrder(List<T> declared) {
    this.declared = declared;
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
  private int positionOf(Object value) {
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
    if (ascending && values instanceof ImmutableSet<?> set && set.size() == count) {
      // Already the declared values in declared order: the set itself is the answer.
      @SuppressWarnings("unchecked") // holds only values of type T, and is immutable
      ImmutableSet<T> same = (ImmutableSet<T>) set;
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

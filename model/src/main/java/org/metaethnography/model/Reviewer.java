package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A member of the review team who extracts concepts from included papers. Meta-ethnographies
 * usually have each paper read by several reviewers, and record who found each concept.
 *
 * <p>The vocabulary is open: the review names its own reviewers (for example {@code
 * Reviewer.of("AO")}); two reviewers are equal when their names are equal.
 */
@Value.Immutable
public abstract class Reviewer {
  Reviewer() {}

  /**
   * Returns the reviewer named {@code name}.
   *
   * @param name the name, not blank and without surrounding whitespace
   * @return the reviewer
   * @throws IllegalArgumentException if the name is blank or has surrounding whitespace
   */
  public static Reviewer of(String name) {
    return ImmutableReviewer.of(name);
  }

  /** The name by which the review refers to this reviewer. */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term("reviewer", name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A reason for which quality appraisal excluded papers from the review.
 *
 * <p>The vocabulary is open: the review names its own exclusion reasons (for example {@code
 * ExclusionReason.of("duplicate")}); two exclusion reasons are equal when their names are equal.
 */
@Value.Immutable
public abstract class ExclusionReason {
  ExclusionReason() {}

  /**
   * Returns the exclusion reason named {@code name}.
   *
   * @param name the name, not blank and without surrounding whitespace
   * @return the exclusion reason
   * @throws IllegalArgumentException if the name is blank or has surrounding whitespace
   */
  public static ExclusionReason of(String name) {
    return ImmutableExclusionReason.of(name);
  }

  /** The name by which the review refers to this exclusion reason. */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term("exclusion reason", name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

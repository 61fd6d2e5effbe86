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
   * @param name the name, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the exclusion reason
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static ExclusionReason of(String name) {
    return ImmutableExclusionReason.of(Names.nfc(name));
  }

  /** {@return the name by which the review refers to this exclusion reason} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.EXCLUSION_REASON, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * How many appraised papers quality appraisal excluded for one reason. A review's tallies together
 * account for every appraised paper that was not included.
 */
@Value.Immutable
public abstract class ExclusionTally {
  ExclusionTally() {}

  /**
   * Returns the tally of papers excluded for {@code reason}.
   *
   * @param reason why the papers were excluded
   * @param papers how many papers; not negative
   * @return the tally
   * @throws IllegalArgumentException if {@code papers} is negative
   */
  public static ExclusionTally of(ExclusionReason reason, int papers) {
    return ImmutableExclusionTally.of(reason, papers);
  }

  /** {@return why the papers were excluded} */
  @Value.Parameter
  public abstract ExclusionReason reason();

  /** {@return how many papers were excluded for this reason} */
  @Value.Parameter
  public abstract int papers();

  @Value.Check
  final void check() {
    // The check's place is made only for a tally that breaks the rule.
    if (papers() < 0) {
      Checks.at(new Place.OfExclusion(reason().name()))
          .require(false, papers(), "number of papers (%s) must not be negative", papers())
          .done();
    }
  }

  /** Returns the tally as {@code reason: papers}. */
  @Override
  public final String toString() {
    return reason() + ": " + papers();
  }
}

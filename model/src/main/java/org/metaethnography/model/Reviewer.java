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
   * @param name the name, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the reviewer
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Reviewer of(String name) {
    return ImmutableReviewer.of(Names.nfc(name));
  }

  /** {@return the name by which the review refers to this reviewer} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.REVIEWER, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

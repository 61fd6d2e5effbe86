package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * How an included study's intervention was delivered: one to one, in groups, by telephone, online,
 * or a mix.
 *
 * <p>The vocabulary is open: the review names its own intervention formats (for example {@code
 * InterventionFormat.of("group")}); two intervention formats are equal when their names are equal.
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class InterventionFormat {
  InterventionFormat() {}

  /**
   * Returns the intervention format named {@code name}.
   *
   * @param name the name, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the intervention format
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static InterventionFormat of(String name) {
    return ImmutableInterventionFormat.of(Names.nfc(name));
  }

  /** {@return the name by which the review refers to this intervention format} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.FORMAT, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

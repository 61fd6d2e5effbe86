package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * The health condition (or other topic) an included study's participants share; the key concept
 * grid is often grouped by it.
 *
 * <p>The vocabulary is open: the review names its own conditions (for example {@code
 * Condition.of("dementia")}); two conditions are equal when their names are equal.
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class Condition {
  Condition() {}

  /**
   * Returns the condition named {@code name}.
   *
   * @param name the name, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the condition
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Condition of(String name) {
    return ImmutableCondition.of(Names.nfc(name));
  }

  /** {@return the name by which the review refers to this condition} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.CONDITION, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A kind of participant whose perspective a study reports or a concept voices: patients and carers,
 * nurses and managers, those who give support and those who receive it.
 *
 * <p>The vocabulary is open: the review names its own stakeholders (for example {@code
 * Stakeholder.of("carer")}); two stakeholders are equal when their names are equal.
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class Stakeholder {
  Stakeholder() {}

  /**
   * Returns the stakeholder named {@code name}.
   *
   * @param name the name, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the stakeholder
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Stakeholder of(String name) {
    return ImmutableStakeholder.of(Names.nfc(name));
  }

  /** {@return the name by which the review refers to this stakeholder} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.STAKEHOLDER, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * When in the course of an intervention a concept applies, for example during the intervention or
 * after it; a key concept belongs to one or more phases of the conceptual model.
 *
 * <p>The vocabulary is open: the review names its own phases (for example {@code Phase.of("during
 * intervention")}); two phases are equal when their names are equal.
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class Phase {
  Phase() {}

  /**
   * Returns the phase named {@code name}.
   *
   * @param name the name, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the phase
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Phase of(String name) {
    return ImmutablePhase.of(Names.nfc(name));
  }

  /** {@return the name by which the review refers to this phase} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.PHASE, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

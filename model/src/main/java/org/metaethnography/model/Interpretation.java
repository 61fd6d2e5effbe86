package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A third-order interpretation: a statement of the reviewers that goes beyond the key concepts, a
 * node of its own that the line of argument may relate to key concepts, themes and other
 * interpretations.
 *
 * <pre>{@code
 * Interpretation hold = Interpretation.of("Life on hold",
 *     "Children experience the illness as a life put on hold that others do not see");
 * }</pre>
 */
@Value.Immutable
public abstract class Interpretation {
  Interpretation() {}

  /**
   * Returns the named interpretation.
   *
   * @param name a short name by which the line of argument refers to it, unique among the review's
   *     key concepts, themes and interpretations
   * @param statement the interpretation in the reviewers' words; not blank
   * @return the interpretation
   * @throws InvalidValueException if the name breaks a rule of names or the statement is blank
   */
  public static Interpretation of(String name, String statement) {
    return ImmutableInterpretation.of(Names.nfc(name), statement);
  }

  /** {@return the interpretation's name, in Unicode NFC} */
  @Value.Parameter
  public abstract String name();

  /** {@return the interpretation in the reviewers' words} */
  @Value.Parameter
  public abstract String statement();

  @Value.Check
  final void check() {
    Checks.at(new Place.OfInterpretation(name()))
        .name("interpretation", name())
        .require(!statement().isBlank(), statement(), "statement must not be blank")
        .done();
  }

  /** Returns the interpretation's name. */
  @Override
  public final String toString() {
    return name();
  }
}

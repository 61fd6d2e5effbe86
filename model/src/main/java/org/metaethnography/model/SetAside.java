package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A raw concept the review team chose not to translate into any key concept, with the reason. Every
 * raw concept is either translated or set aside, so that nothing extracted is silently dropped.
 */
@Value.Immutable
public abstract class SetAside {
  SetAside() {}

  /**
   * Returns the setting aside of the named concept.
   *
   * @param concept the raw concept's name
   * @param reason why it is not translated; not blank
   * @return the setting aside
   * @throws InvalidValueException if the name breaks a rule of names or the reason is blank
   */
  public static SetAside of(String concept, String reason) {
    return ImmutableSetAside.of(Names.nfc(concept), reason);
  }

  /** {@return the name of the raw concept set aside} */
  @Value.Parameter
  public abstract String concept();

  /** {@return why it is not translated} */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  final void check() {
    Checks.at(new Place.OfSetAside(concept()))
        .name("concept", concept())
        .require(!reason().isBlank(), reason(), "reason must not be blank")
        .done();
  }

  /** Returns the concept and the reason. */
  @Override
  public final String toString() {
    return concept() + " (set aside: " + reason() + ")";
  }
}

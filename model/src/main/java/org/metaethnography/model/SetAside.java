package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A raw concept the review team chose not to translate into any key concept, with the reason.
 * Every raw concept is either translated or set aside, so that nothing extracted is silently
 * dropped.
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
   * @throws IllegalArgumentException if a name or the reason is blank
   */
  public static SetAside of(String concept, String reason) {
    return ImmutableSetAside.of(concept, reason);
  }

  /** The name of the raw concept set aside. */
  @Value.Parameter
  public abstract String concept();

  /** Why it is not translated. */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  final void check() {
    Checks.of("setting aside of " + ReviewProblem.concept(concept()))
        .name("concept", concept())
        .text("reason", reason())
        .done();
  }

  /** Returns the concept and the reason. */
  @Override
  public final String toString() {
    return concept() + " (set aside: " + reason() + ")";
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A typed link of the line of argument between two key concepts, in the review's own verb: for
 * example isolation <em>prompts</em> a sense of connection, reciprocity <em>risks</em> emotional
 * entanglement. The verbs are an open vocabulary.
 *
 * <pre>{@code
 * Relation r = Relation.of("Relief", "restores", "Renewed capacity");
 * }</pre>
 */
@Value.Immutable
public abstract class Relation {
  Relation() {}

  /**
   * Returns the relation {@code from} {@code kind} {@code to}.
   *
   * @param from the key concept the relation starts at
   * @param kind the verb, for example {@code "prompts"}; not blank
   * @param to the key concept the relation ends at
   * @return the relation
   * @throws IllegalArgumentException if a name or the verb is blank, or from and to are the same
   */
  public static Relation of(String from, String kind, String to) {
    return ImmutableRelation.of(from, kind, to);
  }

  /** The name of the key concept the relation starts at. */
  @Value.Parameter
  public abstract String from();

  /** The verb that says how the two key concepts relate. */
  @Value.Parameter
  public abstract String kind();

  /** The name of the key concept the relation ends at. */
  @Value.Parameter
  public abstract String to();

  @Value.Check
  final void check() {
    Checks.of("relation " + this)
        .name("key concept", from())
        .name("relation kind", kind())
        .name("key concept", to())
        .require(!from().equals(to()), "must relate two different key concepts")
        .done();
  }

  /** Returns the relation as {@code from --kind--> to}. */
  @Override
  public final String toString() {
    return from() + " --" + kind() + "--> " + to();
  }
}

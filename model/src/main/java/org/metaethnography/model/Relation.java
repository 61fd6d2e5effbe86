package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A typed link of the line of argument between two of the review's key concepts, themes and
 * interpretations, in the review's own verb: for example stigma <em>prompts</em> concealment,
 * respite <em>restores</em> capacity to care. The verbs are an open vocabulary the review declares
 * ({@link RelationKind}).
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
   * @param from the key concept, theme or interpretation the relation starts at
   * @param kind the verb, for example {@code "prompts"}; not blank
   * @param to the key concept, theme or interpretation the relation ends at
   * @return the relation
   * @throws InvalidValueException if a name or the verb breaks a rule of names, or from and to are
   *     the same
   */
  public static Relation of(String from, String kind, String to) {
    return ImmutableRelation.of(Names.nfc(from), Names.nfc(kind), Names.nfc(to));
  }

  /** {@return the name of the key concept, theme or interpretation the relation starts at} */
  @Value.Parameter
  public abstract String source();

  /** {@return the verb that says how the two ends relate} */
  @Value.Parameter
  public abstract String kind();

  /** {@return the name of the key concept, theme or interpretation the relation ends at} */
  @Value.Parameter
  public abstract String target();

  @Value.Check
  final void check() {
    Checks.at(new Place.OfRelation(source(), kind(), target()))
        .name("relation's start", source())
        .name("relation kind", kind())
        .name("relation's end", target())
        .require(
            !source().equals(target()),
            target(),
            "must relate two different key concepts, themes or interpretations")
        .done();
  }

  /** Returns the relation as {@code source --kind--> target}. */
  @Override
  public final String toString() {
    return source() + " --" + kind() + "--> " + target();
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A kind of relation of the line of argument, in the review's own verb: stigma <em>prompts</em>
 * concealment, respite <em>restores</em> capacity to care.
 *
 * <p>The vocabulary is open: the review declares the verbs it uses (for example {@code
 * RelationKind.of("prompts")}), so that a relation whose verb is misspelt is a problem; two kinds
 * are equal when their names are equal.
 */
@Value.Immutable
public abstract class RelationKind {
  RelationKind() {}

  /**
   * Returns the relation kind named {@code name}.
   *
   * @param name the verb, not blank, without surrounding whitespace or control characters;
   *     normalised to Unicode NFC
   * @return the relation kind
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static RelationKind of(String name) {
    return ImmutableRelationKind.of(Names.nfc(name));
  }

  /** {@return the verb by which the review names this kind of relation} */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Checks.term(Place.Vocabulary.RELATION_KIND, name());
  }

  /** Returns the name. */
  @Override
  public final String toString() {
    return name();
  }
}

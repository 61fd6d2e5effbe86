package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * One cell of the key concept grid that is ticked: the paper expresses the key concept. A
 * review's incidences are the grid's source of truth wherever the reviewers recorded key concepts
 * per paper directly (as a published grid does).
 */
@Value.Immutable
public abstract class Incidence {
  Incidence() {}

  /**
   * Returns the incidence of the named key concept in the paper with the given reference.
   *
   * @param paper the paper's reference number, at least 1
   * @param keyConcept the key concept's name
   * @return the incidence
   * @throws IllegalArgumentException if the reference is below 1 or the name is blank
   */
  public static Incidence of(int paper, String keyConcept) {
    return ImmutableIncidence.of(paper, keyConcept);
  }

  /** The reference number of the paper. */
  @Value.Parameter
  public abstract int paper();

  /** The name of the key concept. */
  @Value.Parameter
  public abstract String keyConcept();

  @Value.Check
  final void check() {
    Checks.of("grid cell " + this)
        .require(paper() >= 1, "paper reference number (%s) must be at least 1", paper())
        .name("key concept", keyConcept())
        .done();
  }

  /** Returns the cell as {@code [paper] key concept}. */
  @Override
  public final String toString() {
    return "[" + paper() + "] " + keyConcept();
  }
}

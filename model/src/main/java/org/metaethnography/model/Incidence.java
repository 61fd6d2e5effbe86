package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of the key concept grid that is ticked: the paper expresses the key concept. A review's
 * incidences are the grid's source of truth wherever the reviewers recorded key concepts per paper
 * directly (as a published grid does).
 */
@Value.Immutable
public abstract class Incidence {
  Incidence() {}

  /**
   * Returns the incidence of the named key concept in the cited paper.
   *
   * @param paper the paper's citation
   * @param keyConcept the key concept's name
   * @return the incidence
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Incidence of(Citation paper, String keyConcept) {
    return ImmutableIncidence.of(paper, Names.nfc(keyConcept));
  }

  /**
   * Returns the incidence of the named key concept in the cited paper, with the stance the paper
   * takes towards it.
   *
   * @param paper the paper's citation
   * @param keyConcept the key concept's name
   * @param stance whether the paper supports, partly supports or refutes the key concept
   * @return the incidence
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Incidence of(Citation paper, String keyConcept, Stance stance) {
    return ImmutableIncidence.builder()
        .paper(paper)
        .keyConcept(Names.nfc(keyConcept))
        .stance(stance)
        .build();
  }

  /**
   * Returns the incidence of the named key concept in the paper with the given reference number.
   *
   * @param paper the paper's reference number, at least 1
   * @param keyConcept the key concept's name
   * @return the incidence
   * @throws InvalidValueException if the number is below 1 or the name breaks a rule of names
   */
  public static Incidence of(int paper, String keyConcept) {
    return of(Citation.of(paper), keyConcept);
  }

  /** {@return the citation of the paper} */
  @Value.Parameter
  public abstract Citation paper();

  /** {@return the name of the key concept} */
  @Value.Parameter
  public abstract String keyConcept();

  /**
   * {@return the stance the paper takes towards the key concept, if the review marks one; a tick
   * without a stance is read as support}
   */
  public abstract Optional<Stance> stance();

  @Value.Check
  final void check() {
    Checks.at(new Place.Cell(paper(), keyConcept())).name("key concept", keyConcept()).done();
  }

  /** Returns the cell as {@code [12] Respite} or {@code Sav 2013 Respite}. */
  @Override
  public final String toString() {
    return paper() + " " + keyConcept();
  }
}

package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * A concept identified in one included paper: an idea or metaphor with explanatory (not merely
 * descriptive) power, in participants' own terms (first order) or in the paper's authors'
 * interpretation (second order), together with whose perspective it voices.
 *
 * <p>Raw concepts are what a translation brings together into a third-order {@link KeyConcept};
 * a concept's name is unique within its review.
 *
 * <pre>{@code
 * Concept relief = Concept.builder()
 *     .name("Relief at being understood")
 *     .order(Order.FIRST)
 *     .paper(12)
 *     .perspective(Perspective.of(Stakeholder.of("carer")))
 *     .definition("Carers' words for the ease of talking to someone in the same position")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Concept {
  Concept() {}

  /** Returns a builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The concept's name, unique within the review. */
  public abstract String name();

  /** Whose interpretation the concept is: {@link Order#FIRST} or {@link Order#SECOND}. */
  public abstract Order order();

  /** The reference number of the paper the concept was identified in. */
  public abstract int paper();

  /** Whose views the concept voices. */
  public abstract Perspective perspective();

  /** What the concept means, in the reviewers' words; not blank. */
  public abstract String definition();

  @Value.Check
  final void check() {
    Checks.of(ReviewProblem.concept(name()))
        .name("concept", name())
        .require(
            order() != Order.THIRD,
            "order THIRD is not allowed: concepts extracted from papers are of the first or second"
                + " order; third-order concepts are key concepts")
        .require(paper() >= 1, "paper reference number (%s) must be at least 1", paper())
        .text("definition", definition())
        .done();
  }

  /** Returns the concept's name. */
  @Override
  public final String toString() {
    return name();
  }

  /** Builds a {@link Concept}; every setter returns this builder. */
  public static final class Builder extends ImmutableConcept.Builder {
    Builder() {}
  }
}

package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A raw concept: an idea or metaphor with explanatory (not merely descriptive) power, in
 * participants' own terms (first order) or in the primary studies' authors' interpretation
 * (second order), with whose perspective it voices, whether it is experienced as positive or
 * negative, and the phase it belongs to. Raw concepts are what translations bring together into
 * third-order {@link KeyConcept key concepts}; {@link Extraction extractions} record the papers
 * they were found in. A concept's name is unique within its review.
 *
 * <p>A raw concept may be found in several papers (one extraction each) or in one only. Where the
 * order, perspective, valence or phase of what reviewers found differs from paper to paper, each
 * paper's finding is its own raw concept, with its own name and a single extraction; translation
 * then brings them together.
 *
 * <pre>{@code
 * Concept relief = Concept.builder()
 *     .name("Time for oneself")
 *     .order(Order.FIRST)
 *     .perspective(Perspective.of(Stakeholder.of("Carers")))
 *     .valence(Valence.POSITIVE)
 *     .phase(Phase.of("during respite"))
 *     .definition("Hours in which the carer is answerable to no one")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Concept {
  Concept() {}

  /** Returns a builder; every attribute but the note is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The concept's name, unique within the review. */
  public abstract String name();

  /** Whose interpretation the concept is: {@link Order#FIRST} or {@link Order#SECOND}. */
  public abstract Order order();

  /** Whose views the concept voices. */
  public abstract Perspective perspective();

  /** Whether the concept describes something experienced as positive or negative. */
  public abstract Valence valence();

  /** The phase of the intervention the concept belongs to. */
  public abstract Phase phase();

  /** What the concept means, in the reviewers' words; not blank. */
  public abstract String definition();

  /**
   * A note on where the concept comes from, for example that it is a reconstruction and which
   * sentences it rests on; empty if there is none.
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.of(ReviewProblem.concept(name()))
        .name("concept", name())
        .require(
            order() != Order.THIRD,
            "order THIRD is not allowed: concepts extracted from papers are of the first or second"
                + " order; third-order concepts are key concepts")
        .text("definition", definition())
        .require(note().map(n -> !n.isBlank()).orElse(true), "note must not be blank")
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

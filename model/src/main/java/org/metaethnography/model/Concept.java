package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A raw concept: an idea or metaphor with explanatory (not merely descriptive) power, in
 * participants' own terms (first order) or in the primary studies' authors' interpretation (second
 * order). Raw concepts are what translations bring together into third-order {@link KeyConcept key
 * concepts}; {@link Extraction extractions} record the papers they were found in. A concept's name
 * is unique within its review.
 *
 * <p>Only the name is required. Its order, whose perspective it voices, its valence, its phase, its
 * definition and a note are recorded where the review reports them, and stay absent where it does
 * not.
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
 *     .phase(Phase.of("During respite"))
 *     .definition("Hours in which the carer is answerable to no one")
 *     .build();
 * Concept bare = Concept.builder().name("Physical changes").build();
 * }</pre>
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class Concept {
  Concept() {}

  /**
   * Returns a builder; only the name is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the concept's name, unique within the review, in Unicode NFC} */
  public abstract String name();

  /**
   * {@return whose interpretation the concept is ({@link Order#FIRST} or {@link Order#SECOND}), if
   * reported}
   */
  public abstract Optional<Order> order();

  /** {@return whose views the concept voices, if reported} */
  public abstract Optional<Perspective> perspective();

  /** {@return whether the concept is experienced as positive, negative or mixed, if reported} */
  public abstract Optional<Valence> valence();

  /** {@return the phase the concept belongs to, if the review has phases and places it in one} */
  public abstract Optional<Phase> phase();

  /** {@return what the concept means, in the reviewers' words, if given; not blank} */
  public abstract Optional<String> definition();

  /**
   * {@return a note on where the concept comes from, for example that it is a reconstruction and
   * which sentences it rests on; empty if there is none}
   */
  public abstract Optional<String> note();

  @Value.Check
  final Concept check() {
    Checks.at(new Place.OfConcept(name()))
        .name("concept", name())
        .require(
            order().map(o -> o != Order.THIRD).orElse(true),
            Order.THIRD,
            "order THIRD is not allowed: concepts extracted from papers are of the first or second"
                + " order; third-order concepts are key concepts")
        .text("definition", definition())
        .text("note", note())
        .done();
    String name = Names.nfc(name());
    return name.equals(name()) ? this : builder().from(this).name(name).build();
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

package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A key concept: a third-order concept, the reviewers' re-interpretation that groups similar or
 * related concepts across papers. It is a column of the key concept grid and a node of the
 * conceptual model, placed by the phase(s) it belongs to and the stakeholders it concerns.
 *
 * <pre>{@code
 * KeyConcept respite = KeyConcept.builder()
 *     .name("Respite")
 *     .definition("Time away from caring that restores the carer")
 *     .addPhases(Phase.of("during intervention"))
 *     .addStakeholders(Stakeholder.of("carer"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class KeyConcept {
  KeyConcept() {}

  /** Returns a builder; name, definition, at least one phase and one stakeholder are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The key concept's name, unique within the review. */
  public abstract String name();

  /** The third-order definition the review team wrote through translation; not blank. */
  public abstract String definition();

  /** The phases of the conceptual model the key concept belongs to, in the order given. */
  public abstract ImmutableList<Phase> phases();

  /** The stakeholder groups the key concept concerns, in the order given. */
  public abstract ImmutableList<Stakeholder> stakeholders();

  /** Key concepts are third-order concepts by definition. */
  public final Order order() {
    return Order.THIRD;
  }

  @Value.Check
  final void check() {
    Checks.of(ReviewProblem.keyConcept(name()))
        .name("key concept", name())
        .text("definition", definition())
        .require(!phases().isEmpty(), "must belong to at least one phase")
        .require(!stakeholders().isEmpty(), "must concern at least one stakeholder")
        .distinct("phase", phases())
        .distinct("stakeholder", stakeholders())
        .done();
  }

  /** Returns the key concept's name. */
  @Override
  public final String toString() {
    return name();
  }

  /** Builds a {@link KeyConcept}; every setter returns this builder. */
  public static final class Builder extends ImmutableKeyConcept.Builder {
    Builder() {}
  }
}

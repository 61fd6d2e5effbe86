package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key concept: a third-order concept, the reviewers' re-interpretation that groups similar or
 * related concepts across papers. It is a column of the key concept grid and a node of the
 * conceptual model, placed by the phase(s) it belongs to and the stakeholders it concerns, where
 * the review declares them.
 *
 * <pre>{@code
 * KeyConcept respite = KeyConcept.builder()
 *     .name("Respite")
 *     .definition("Time away from caring that restores the carer")
 *     .addPhases(Phase.of("During respite"))
 *     .addStakeholders(Stakeholder.of("Carers"))
 *     .build();
 * KeyConcept bare = KeyConcept.builder().name("Disruption and loss").build();
 * }</pre>
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class KeyConcept {
  KeyConcept() {}

  /**
   * Returns a builder; only the name is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the key concept's name, unique within the review, in Unicode NFC} */
  public abstract String name();

  /** {@return the third-order definition the review team wrote through translation, if given} */
  public abstract Optional<String> definition();

  /**
   * {@return the phases of the conceptual model the key concept belongs to, in the order given; may
   * be empty}
   */
  public abstract ImmutableList<Phase> phases();

  /** {@return the stakeholder groups the key concept concerns, in the order given; may be empty} */
  public abstract ImmutableList<Stakeholder> stakeholders();

  /**
   * Key concepts are third-order concepts by definition.
   *
   * @return {@link Order#THIRD}
   */
  public final Order order() {
    return Order.THIRD;
  }

  @Value.Check
  final KeyConcept check() {
    Checks.at(new Place.OfKeyConcept(name()))
        .name("key concept", name())
        .text("definition", definition())
        .distinct("phase", phases())
        .distinct("stakeholder", stakeholders())
        .done();
    String name = Names.nfc(name());
    return name.equals(name()) ? this : builder().from(this).name(name).build();
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

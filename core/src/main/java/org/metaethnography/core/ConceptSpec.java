package org.metaethnography.core;

import java.util.List;
import java.util.Optional;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Valence;

/**
 * Describes one raw concept inside {@link ReviewBuilder#concept(String,
 * java.util.function.Consumer)}: its order (participants' words or the authors' interpretation),
 * whose perspective it voices, its valence, the phase it belongs to, its definition and,
 * optionally, a note on where it comes from. Each is set once; all but the note are required.
 * Where it was found is recorded with {@link ReviewBuilder#found(String, int,
 * java.util.function.Consumer)}.
 *
 * <pre>{@code
 * .concept("Time for oneself", c -> c.firstOrder().voices("Carers").positive()
 *     .phase("During respite").definedAs("Hours in which the carer is answerable to no one"))
 * }</pre>
 */
public final class ConceptSpec extends Spec {
  private final String name;
  private Optional<Order> order = Optional.empty();
  private Optional<Perspective> perspective = Optional.empty();
  private Optional<Valence> valence = Optional.empty();
  private Optional<Phase> phase = Optional.empty();
  private Optional<String> definition = Optional.empty();
  private Optional<String> note = Optional.empty();

  ConceptSpec(String name) {
    super("concept \"" + name + "\"");
    this.name = name;
  }

  /** Marks the concept as first order: participants' own terms. */
  public ConceptSpec firstOrder() {
    this.order = once("order", this.order, Order.FIRST);
    return this;
  }

  /** Marks the concept as second order: the paper's authors' interpretation. */
  public ConceptSpec secondOrder() {
    this.order = once("order", this.order, Order.SECOND);
    return this;
  }

  /** The stakeholder group(s) whose views the concept voices, by their declared names. */
  public ConceptSpec voices(String... stakeholders) {
    this.perspective =
        onceMade("perspective", this.perspective, () -> Perspective.of(Spec.stakeholders(stakeholders)));
    return this;
  }

  /** Records that the concept voices no designated stakeholder group, in the review's words. */
  public ConceptSpec voicesUndesignated(String description) {
    this.perspective =
        onceMade("perspective", this.perspective, () -> Perspective.undesignated(description));
    return this;
  }

  /** Marks the concept as describing something experienced as positive. */
  public ConceptSpec positive() {
    this.valence = once("valence", this.valence, Valence.POSITIVE);
    return this;
  }

  /** Marks the concept as describing something experienced as negative. */
  public ConceptSpec negative() {
    this.valence = once("valence", this.valence, Valence.NEGATIVE);
    return this;
  }

  /** The phase the concept belongs to, by its declared name. */
  public ConceptSpec phase(String phase) {
    this.phase = onceMade("phase", this.phase, () -> Phase.of(phase));
    return this;
  }

  /** What the concept means, in the reviewers' words. */
  public ConceptSpec definedAs(String definition) {
    this.definition = once("definition", this.definition, definition);
    return this;
  }

  /** A note on where the concept comes from, for example that it is a reconstruction. */
  public ConceptSpec note(String note) {
    this.note = once("note", this.note, note);
    return this;
  }

  /**
   * Builds the concept, or records every problem and returns empty. What was given is checked
   * even when something else is missing.
   *
   * @param declared the review's stakeholders, whose order the concept's perspective takes
   */
  Optional<Concept> build(List<Stakeholder> declared) {
    required("order", order);
    required("perspective", perspective);
    required("valence", valence);
    required("phase", phase);
    required("definition", definition);
    Optional<Concept> concept =
        attempt(
            () ->
                Concept.builder()
                    .name(name)
                    .order(order.orElse(Order.FIRST))
                    .perspective(
                        perspective
                            .map(p -> inDeclaredOrder(p, declared))
                            .orElse(Perspective.undesignated("-")))
                    .valence(valence.orElse(Valence.POSITIVE))
                    .phase(phase.orElse(Phase.of("-")))
                    .definition(definition.orElse("-"))
                    .note(note)
                    .build());
    return hasProblems() ? Optional.empty() : concept;
  }
}

package org.metaethnography.core;

import java.util.List;
import java.util.Optional;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Stakeholder;

/**
 * Describes one concept extracted from a paper inside {@link ReviewBuilder#concept(String,
 * java.util.function.Consumer)}: the paper it was found in, its order (participants' words or
 * the authors' interpretation), whose perspective it voices and its definition. Each is set once
 * and is required.
 *
 * <pre>{@code
 * .concept("Relief at being understood", c -> c.in(12).firstOrder().voices("carers")
 *     .definedAs("The ease of talking to someone in the same position"))
 * }</pre>
 */
public final class ConceptSpec extends Spec {
  private final String name;
  private Optional<Integer> paper = Optional.empty();
  private Optional<Order> order = Optional.empty();
  private Optional<Perspective> perspective = Optional.empty();
  private Optional<String> definition = Optional.empty();

  ConceptSpec(String name) {
    super("concept \"" + name + "\"");
    this.name = name;
  }

  /** The reference number of the paper the concept was found in. */
  public ConceptSpec in(int paper) {
    this.paper = once("paper", this.paper, paper);
    return this;
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

  /** What the concept means, in the reviewers' words. */
  public ConceptSpec definedAs(String definition) {
    this.definition = once("definition", this.definition, definition);
    return this;
  }

  /**
   * Builds the concept, or records every problem and returns empty. What was given is checked
   * even when something else is missing.
   *
   * @param declared the review's stakeholders, whose order the concept's perspective takes
   */
  Optional<Concept> build(List<Stakeholder> declared) {
    required("paper", paper);
    required("order", order);
    required("perspective", perspective);
    required("definition", definition);
    Optional<Concept> concept =
        attempt(
            () ->
                Concept.builder()
                    .name(name)
                    .paper(paper.orElse(1))
                    .order(order.orElse(Order.FIRST))
                    .perspective(
                        perspective
                            .map(p -> inDeclaredOrder(p, declared))
                            .orElse(Perspective.undesignated("-")))
                    .definition(definition.orElse("-"))
                    .build());
    return hasProblems() ? Optional.empty() : concept;
  }
}

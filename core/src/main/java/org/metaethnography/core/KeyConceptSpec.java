package org.metaethnography.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;

/**
 * Describes one key concept inside {@link ReviewBuilder#keyConcept(String,
 * java.util.function.Consumer)}: its third-order definition, the phase(s) of the conceptual model
 * it belongs to, and the stakeholder groups it concerns. Each is set once and is required.
 *
 * <pre>{@code
 * .keyConcept("Respite", k -> k.definedAs("Time away from caring that restores the carer")
 *     .phase("during intervention").concerns("carers"))
 * }</pre>
 */
public final class KeyConceptSpec extends Spec {
  private final String name;
  private Optional<String> definition = Optional.empty();
  private Optional<ImmutableList<Phase>> phases = Optional.empty();
  private Optional<ImmutableList<Stakeholder>> stakeholders = Optional.empty();

  KeyConceptSpec(String name) {
    super("key concept \"" + name + "\"");
    this.name = name;
  }

  /** The third-order definition the review team wrote through translation. */
  public KeyConceptSpec definedAs(String definition) {
    this.definition = once("definition", this.definition, definition);
    return this;
  }

  /** The phase(s) of the conceptual model the key concept belongs to, by their declared names. */
  public KeyConceptSpec phase(String... phases) {
    this.phases = onceMade("phase", this.phases, () -> Spec.phases(phases));
    return this;
  }

  /** The stakeholder group(s) the key concept concerns, by their declared names. */
  public KeyConceptSpec concerns(String... stakeholders) {
    this.stakeholders = onceMade("stakeholders", this.stakeholders, () -> Spec.stakeholders(stakeholders));
    return this;
  }

  /**
   * Builds the key concept, or records every problem and returns empty. What was given is
   * checked even when something else is missing.
   *
   * @param declaredPhases the review's phases, whose order the key concept's phases take
   * @param declaredStakeholders the review's stakeholders, whose order its stakeholders take
   */
  Optional<KeyConcept> build(List<Phase> declaredPhases, List<Stakeholder> declaredStakeholders) {
    required("definition", definition);
    required("phase", phases);
    required("stakeholders", stakeholders);
    Optional<KeyConcept> keyConcept =
        attempt(
            () ->
                KeyConcept.builder()
                    .name(name)
                    .definition(definition.orElse("-"))
                    .phases(
                        phases
                            .map(p -> inDeclaredOrder(p, declaredPhases))
                            .orElse(ImmutableList.of(Phase.of("-"))))
                    .stakeholders(
                        stakeholders
                            .map(p -> inDeclaredOrder(p, declaredStakeholders))
                            .orElse(ImmutableList.of(Stakeholder.of("-"))))
                    .build());
    return hasProblems() ? Optional.empty() : keyConcept;
  }
}

package org.metaethnography.core;

import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Stakeholder;

/**
 * Describes one key concept inside {@link ReviewBuilder#keyConcept(String,
 * java.util.function.Consumer)}: as far as the review gives them, its third-order definition, the
 * phase(s) of the conceptual model it belongs to, and the stakeholder groups it concerns. Each is
 * optional and set at most once.
 *
 * <pre>{@code
 * .keyConcept("Respite", k -> k.definedAs("Time away from caring that restores the carer")
 *     .phase("During respite").concerns("Carers"))
 * }</pre>
 */
public final class KeyConceptSpec extends Spec {
  private final KeyConcept.Builder keyConcept = KeyConcept.builder();

  KeyConceptSpec(ReviewDraft draft, String name) {
    super(draft, new Place.OfKeyConcept(name));
    keyConcept.name(name);
  }

  /**
   * The third-order definition the review team wrote through translation.
   *
   * @param definition the definition
   * @return this spec
   */
  public KeyConceptSpec definedAs(String definition) {
    once("definition", Objects.requireNonNull(definition), keyConcept::definition);
    return this;
  }

  /**
   * The phase(s) of the conceptual model the key concept belongs to, by their declared names.
   *
   * @param phases one or more declared phases
   * @return this spec
   */
  public KeyConceptSpec phase(String... phases) {
    onceMade("phase", () -> Spec.terms(Phase::of, phases), keyConcept::phases);
    return this;
  }

  /**
   * The stakeholder group(s) the key concept concerns, by their declared names.
   *
   * @param stakeholders one or more declared stakeholders
   * @return this spec
   */
  public KeyConceptSpec concerns(String... stakeholders) {
    onceMade(
        "stakeholders", () -> Spec.terms(Stakeholder::of, stakeholders), keyConcept::stakeholders);
    return this;
  }

  /** Builds the key concept, or records its problems and returns empty. */
  Optional<KeyConcept> build() {
    return built(keyConcept::build);
  }
}

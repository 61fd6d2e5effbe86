package org.metaethnography.core;

import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Valence;

/**
 * Describes one raw concept inside {@link ReviewBuilder#concept(String,
 * java.util.function.Consumer)}: as far as the review reports them, its order (participants' words
 * or the authors' interpretation), whose perspective it voices, its valence, the phase it belongs
 * to, its definition and a note on where it comes from. Each is optional and set at most once.
 * Where it was found is recorded with {@link ReviewBuilder#found(String, int,
 * java.util.function.Consumer)}.
 *
 * <pre>{@code
 * .concept("Time for oneself", c -> c.firstOrder().voices("Carers").positive()
 *     .phase("During respite").definedAs("Hours in which the carer is answerable to no one"))
 * }</pre>
 */
public final class ConceptSpec extends Spec {
  private final Concept.Builder concept = Concept.builder();

  ConceptSpec(ReviewDraft draft, String name) {
    super(draft, new Place.OfConcept(name));
    concept.name(name);
  }

  /**
   * Marks the concept as first order: participants' own terms.
   *
   * @return this spec
   */
  public ConceptSpec firstOrder() {
    once("order", Order.FIRST, concept::order);
    return this;
  }

  /**
   * Marks the concept as second order: the paper's authors' interpretation.
   *
   * @return this spec
   */
  public ConceptSpec secondOrder() {
    once("order", Order.SECOND, concept::order);
    return this;
  }

  /**
   * The stakeholder group(s) whose views the concept voices, by their declared names.
   *
   * @param stakeholders one or more declared stakeholders
   * @return this spec
   */
  public ConceptSpec voices(String... stakeholders) {
    onceMade(
        "perspective",
        () -> Perspective.of(Spec.terms(Stakeholder::of, stakeholders)),
        concept::perspective);
    return this;
  }

  /**
   * Records that the concept voices no designated stakeholder group, in the review's words.
   *
   * @param description how the participants are (not) designated
   * @return this spec
   */
  public ConceptSpec voicesUndesignated(String description) {
    onceMade("perspective", () -> Perspective.undesignated(description), concept::perspective);
    return this;
  }

  /**
   * Marks the concept as describing something experienced as positive.
   *
   * @return this spec
   */
  public ConceptSpec positive() {
    once("valence", Valence.POSITIVE, concept::valence);
    return this;
  }

  /**
   * Marks the concept as describing something experienced as negative.
   *
   * @return this spec
   */
  public ConceptSpec negative() {
    once("valence", Valence.NEGATIVE, concept::valence);
    return this;
  }

  /**
   * Marks the concept as describing something experienced as both positive and negative.
   *
   * @return this spec
   */
  public ConceptSpec mixed() {
    once("valence", Valence.MIXED, concept::valence);
    return this;
  }

  /**
   * The phase the concept belongs to, by its declared name.
   *
   * @param phase a declared phase
   * @return this spec
   */
  public ConceptSpec phase(String phase) {
    onceMade("phase", () -> Phase.of(phase), concept::phase);
    return this;
  }

  /**
   * What the concept means, in the reviewers' words.
   *
   * @param definition the definition
   * @return this spec
   */
  public ConceptSpec definedAs(String definition) {
    once("definition", Objects.requireNonNull(definition), concept::definition);
    return this;
  }

  /**
   * A note on where the concept comes from, for example that it is a reconstruction.
   *
   * @param note the note
   * @return this spec
   */
  public ConceptSpec note(String note) {
    once("note", Objects.requireNonNull(note), concept::note);
    return this;
  }

  /** Builds the concept, or records its problems and returns empty. */
  Optional<Concept> build() {
    return built(concept::build);
  }
}

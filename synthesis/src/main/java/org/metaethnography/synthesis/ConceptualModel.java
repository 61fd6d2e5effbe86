package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Theme;

/**
 * The conceptual model: the line of argument drawn. Each key concept is placed in a phase (the
 * first of its phases in the review's declared order, or none where it has none; {@link
 * #phasesOf(KeyConcept)} gives them all) and in the group of stakeholders it is declared to concern
 * (possibly none); where the review has themes, {@code themeOf} says which theme groups it (the
 * figures then draw theme boxes in place of stakeholder groups); third-order interpretations are
 * nodes of their own; typed relations link key concepts, themes and interpretations. Renderers in
 * {@code core} draw it; it computes the layout's order and nothing else.
 *
 * <p>Phases are in the review's declared order, followed by the place of key concepts in no phase
 * ({@code Optional.empty()}) if there are any; within a phase, stakeholder groups are in the order
 * their first key concept appears, and key concepts in review order.
 */
public final class ConceptualModel {
  private final ImmutableList<Optional<Phase>> phases;
  private final ImmutableListMultimap<Optional<Phase>, ImmutableSet<Stakeholder>> groups;
  private final ImmutableListMultimap<Placement, KeyConcept> placed;
  private final ImmutableList<Relation> relations;
  private final Optional<String> statement;
  private final Optional<String> note;
  private final ImmutableList<Theme> themes;
  private final ImmutableMap<String, Theme> themeOf;
  private final ImmutableList<Interpretation> interpretations;
  private final ImmutableMap<String, ImmutableList<Phase>> phasesOf;

  private ConceptualModel(Review review) {
    ImmutableListMultimap.Builder<Placement, KeyConcept> placed = ImmutableListMultimap.builder();
    ImmutableMap.Builder<String, ImmutableList<Phase>> phasesOf = ImmutableMap.builder();
    Set<Optional<Phase>> used = new HashSet<>();
    DeclaredOrder<Phase> phaseOrder = DeclaredOrder.of(review.phases());
    DeclaredOrder<Stakeholder> stakeholderOrder = DeclaredOrder.of(review.stakeholders());
    for (KeyConcept keyConcept : review.keyConcepts()) {
      ImmutableList<Phase> own = phaseOrder.among(keyConcept.phases()).asList();
      Optional<Phase> first = own.isEmpty() ? Optional.empty() : Optional.of(own.get(0));
      used.add(first);
      placed.put(
          new Placement(first, stakeholderOrder.among(keyConcept.stakeholders())), keyConcept);
      phasesOf.put(keyConcept.name(), own);
    }
    this.placed = placed.build();
    ImmutableList.Builder<Optional<Phase>> phases = ImmutableList.builder();
    for (Phase phase : review.phases()) {
      if (used.contains(Optional.of(phase))) {
        phases.add(Optional.of(phase));
      }
    }
    if (used.contains(Optional.<Phase>empty())) {
      phases.add(Optional.empty());
    }
    this.phases = phases.build();
    ImmutableListMultimap.Builder<Optional<Phase>, ImmutableSet<Stakeholder>> groups =
        ImmutableListMultimap.builder();
    for (Optional<Phase> phase : this.phases) {
      for (Placement placement : this.placed.keySet()) {
        if (placement.phase.equals(phase)) {
          groups.put(phase, placement.group);
        }
      }
    }
    this.groups = groups.build();
    this.relations = review.lineOfArgument().relations();
    this.statement = review.lineOfArgument().statement();
    this.note = review.lineOfArgument().note();
    this.themes = review.themes();
    ImmutableMap.Builder<String, Theme> themeOf = ImmutableMap.builder();
    for (KeyConcept keyConcept : review.keyConcepts()) {
      review.themeOf(keyConcept).ifPresent(t -> themeOf.put(keyConcept.name(), t));
    }
    this.themeOf = themeOf.buildKeepingLast();
    this.phasesOf = phasesOf.buildKeepingLast();
    this.interpretations = review.interpretations();
  }

  /**
   * {@return the themes of the review, in order: the figures draw each as a group of its key
   * concepts}
   */
  public ImmutableList<Theme> themes() {
    return themes;
  }

  /**
   * {@return the theme that groups {@code keyConcept}, if one does}
   *
   * @param keyConcept a key concept of the model
   */
  public Optional<Theme> themeOf(KeyConcept keyConcept) {
    return Optional.ofNullable(themeOf.get(keyConcept.name()));
  }

  /**
   * {@return every phase {@code keyConcept} belongs to, in declared order: it is placed in the
   * first, and drawn once with all of them visible}
   *
   * @param keyConcept a key concept of the model
   */
  public ImmutableList<Phase> phasesOf(KeyConcept keyConcept) {
    return phasesOf.getOrDefault(keyConcept.name(), ImmutableList.of());
  }

  /** {@return the third-order interpretations, in order: nodes of their own} */
  public ImmutableList<Interpretation> interpretations() {
    return interpretations;
  }

  /**
   * {@return the conceptual model of the review's key concepts and line of argument}
   *
   * @param review the review
   */
  public static ConceptualModel of(Review review) {
    return new ConceptualModel(review);
  }

  /**
   * The phases that hold a key concept, in declared order, then {@code Optional.empty()} if some
   * key concept belongs to no phase.
   *
   * @return the model's phases
   */
  public ImmutableList<Optional<Phase>> phases() {
    return phases;
  }

  /**
   * The stakeholder groups placed in {@code phase}, in order of their first key concept; a group
   * may be empty (key concepts that declare no stakeholder).
   *
   * @param phase one of {@link #phases()}
   * @return the groups
   */
  public ImmutableList<ImmutableSet<Stakeholder>> groups(Optional<Phase> phase) {
    return groups.get(Objects.requireNonNull(phase));
  }

  /**
   * The key concepts placed in {@code phase} for {@code group}, in review order.
   *
   * @param phase one of {@link #phases()}
   * @param group one of the phase's {@link #groups(Optional) groups}
   * @return the key concepts
   */
  public ImmutableList<KeyConcept> keyConcepts(Optional<Phase> phase, Set<Stakeholder> group) {
    return placed.get(new Placement(Objects.requireNonNull(phase), ImmutableSet.copyOf(group)));
  }

  /** {@return the relations of the line of argument, in the order given} */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** {@return the line of argument in words, if stated} */
  public Optional<String> statement() {
    return statement;
  }

  /** {@return the line of argument's note (for example that it is a reconstruction), if any} */
  public Optional<String> note() {
    return note;
  }

  /** Models are equal when they place the same key concepts alike and relate them alike. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConceptualModel
        && placed.equals(((ConceptualModel) o).placed)
        && phases.equals(((ConceptualModel) o).phases)
        && relations.equals(((ConceptualModel) o).relations)
        && statement.equals(((ConceptualModel) o).statement)
        && note.equals(((ConceptualModel) o).note)
        && themes.equals(((ConceptualModel) o).themes)
        && interpretations.equals(((ConceptualModel) o).interpretations)
        && phasesOf.equals(((ConceptualModel) o).phasesOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(placed, phases, relations, statement, note, themes, interpretations);
  }

  /** Returns the placements and relations. */
  @Override
  public String toString() {
    return "ConceptualModel(" + placed + ", " + relations + ")";
  }

  /** Where a key concept sits: a phase (or none) and a stakeholder group (possibly empty). */
  private record Placement(Optional<Phase> phase, ImmutableSet<Stakeholder> group) {}
}

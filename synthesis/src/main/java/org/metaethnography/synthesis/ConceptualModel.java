package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;

/**
 * The conceptual model: the line of argument drawn. Each key concept is placed in a phase (the
 * first it is declared to belong to) and in the group of stakeholders it is declared to concern;
 * typed relations link key concepts. Renderers in {@code core} draw it; it computes the layout's
 * order and nothing else.
 *
 * <p>Phases are in the review's declared order; within a phase, stakeholder groups are in the
 * order their first key concept appears, and key concepts in review order.
 */
public final class ConceptualModel {
  private final ImmutableList<Phase> phases;
  private final ImmutableListMultimap<Phase, ImmutableSet<Stakeholder>> groups;
  private final ImmutableListMultimap<Placement, KeyConcept> placed;
  private final ImmutableList<Relation> relations;
  private final Optional<String> statement;
  private final Optional<String> note;

  private ConceptualModel(Review review) {
    ImmutableListMultimap.Builder<Placement, KeyConcept> placed = ImmutableListMultimap.builder();
    for (KeyConcept keyConcept : review.keyConcepts()) {
      placed.put(
          new Placement(keyConcept.phases().get(0), ImmutableSet.copyOf(keyConcept.stakeholders())),
          keyConcept);
    }
    this.placed = placed.build();
    this.phases =
        review.phases().stream()
            .filter(p -> this.placed.keySet().stream().anyMatch(pl -> pl.phase.equals(p)))
            .collect(ImmutableList.toImmutableList());
    ImmutableListMultimap.Builder<Phase, ImmutableSet<Stakeholder>> groups =
        ImmutableListMultimap.builder();
    for (Phase phase : phases) {
      this.placed.keySet().stream()
          .filter(pl -> pl.phase.equals(phase))
          .forEach(pl -> groups.put(phase, pl.group));
    }
    this.groups = groups.build();
    this.relations = review.lineOfArgument().relations();
    this.statement = review.lineOfArgument().statement();
    this.note = review.lineOfArgument().note();
  }

  /** Returns the conceptual model of the review's key concepts and line of argument. */
  public static ConceptualModel of(Review review) {
    return new ConceptualModel(review);
  }

  /** The phases that hold a key concept, in declared order. */
  public ImmutableList<Phase> phases() {
    return phases;
  }

  /** The stakeholder groups placed in {@code phase}, in order of their first key concept. */
  public ImmutableList<ImmutableSet<Stakeholder>> groups(Phase phase) {
    return groups.get(Objects.requireNonNull(phase));
  }

  /** The key concepts placed in {@code phase} for {@code group}, in review order. */
  public ImmutableList<KeyConcept> keyConcepts(Phase phase, Set<Stakeholder> group) {
    return placed.get(new Placement(phase, ImmutableSet.copyOf(group)));
  }

  /** The label of a stakeholder group, as a perspective would read: {@code "Carers and staff"}. */
  public static String label(Set<Stakeholder> group) {
    return Perspective.of(group).label();
  }

  /** The relations of the line of argument, in the order given. */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** The line of argument in words, if stated. */
  public Optional<String> statement() {
    return statement;
  }

  /** The line of argument's note (for example that it is a reconstruction), if any. */
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
        && note.equals(((ConceptualModel) o).note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(placed, phases, relations, statement, note);
  }

  /** Returns the placements and relations. */
  @Override
  public String toString() {
    return "ConceptualModel(" + placed + ", " + relations + ")";
  }

  /** Where a key concept sits: a phase and a stakeholder group. */
  private static final class Placement {
    final Phase phase;
    final ImmutableSet<Stakeholder> group;

    Placement(Phase phase, ImmutableSet<Stakeholder> group) {
      this.phase = phase;
      this.group = group;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Placement
          && phase.equals(((Placement) o).phase)
          && group.equals(((Placement) o).group);
    }

    @Override
    public int hashCode() {
      return Objects.hash(phase, group);
    }

    @Override
    public String toString() {
      return phase + "/" + group;
    }
  }
}

package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.metaethnography.model.Phase;

/**
 * A way of classifying key concepts, for distributions and cross-tabulations: by the stakeholder
 * group they concern, by phase, or by valence. A key concept belongs to one stakeholder group and
 * one valence, and to each of its phases.
 */
public enum Dimension {
  /**
   * The group of stakeholders a key concept concerns ({@link Category.Group}): one (specific to it)
   * or several (shared); the empty group where it concerns no stakeholder (or, derived, where no
   * raw concept names one).
   */
  STAKEHOLDERS,
  /** The phases a key concept belongs to ({@link Category.InPhase}); empty where it has none. */
  PHASE,
  /**
   * The valence of a key concept's raw concepts ({@link Category.OfValence}): positive, negative,
   * both, mixed or none.
   */
  VALENCE;

  /** The categories of {@code profile} in this dimension, under {@code classification}. */
  ImmutableList<Category> categories(KeyConceptProfile profile, Classification classification) {
    boolean derived = classification == Classification.DERIVED;
    switch (this) {
      case STAKEHOLDERS:
        return ImmutableList.of(
            new Category.Group(derived ? profile.stakeholders() : profile.declaredStakeholders()));
      case PHASE:
        ImmutableSet<Phase> phases = derived ? profile.phases() : profile.declaredPhases();
        return phases.isEmpty()
            ? ImmutableList.of(new Category.InPhase(Optional.empty()))
            : phases.stream()
                .map(p -> (Category) new Category.InPhase(Optional.of(p)))
                .collect(ImmutableList.toImmutableList());
      case VALENCE:
        return ImmutableList.of(new Category.OfValence(profile.valence()));
      default:
        throw new AssertionError(this);
    }
  }
}

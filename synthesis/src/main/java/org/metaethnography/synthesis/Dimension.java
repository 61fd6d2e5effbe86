package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;

/**
 * A way of classifying key concepts, for distributions and cross-tabulations: by the stakeholder
 * group they concern, by phase, or by valence. A key concept belongs to one stakeholder group and
 * one valence, and to each of its phases.
 */
public enum Dimension {
  /**
   * The group of stakeholders a key concept concerns, labelled like a perspective: {@code
   * "Carers"} (specific to one group) or {@code "Carers and staff"} (shared); {@code "none"} where
   * it concerns no stakeholder (or, derived, where no raw concept names one).
   */
  STAKEHOLDERS,
  /** The phases a key concept belongs to, labelled by name; {@code "none"} where it has none. */
  PHASE,
  /** The valence of a key concept's raw concepts: positive, negative, both, mixed or none. */
  VALENCE;

  /** The labels of {@code profile} in this dimension, under {@code classification}. */
  ImmutableList<String> labels(KeyConceptProfile profile, Classification classification) {
    boolean derived = classification == Classification.DERIVED;
    switch (this) {
      case STAKEHOLDERS:
        ImmutableSet<Stakeholder> group =
            derived ? profile.stakeholders() : profile.declaredStakeholders();
        return group.isEmpty() ? ImmutableList.of("none") : ImmutableList.of(Perspective.of(group).label());
      case PHASE:
        ImmutableSet<Phase> phases =
            derived ? profile.phases() : profile.declaredPhases();
        return phases.isEmpty()
            ? ImmutableList.of("none")
            : phases.stream().map(Phase::name).collect(ImmutableList.toImmutableList());
      case VALENCE:
        return ImmutableList.of(profile.valence().label());
      default:
        throw new AssertionError(this);
    }
  }
}

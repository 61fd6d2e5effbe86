package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;

/**
 * One category of key concepts in a {@link Dimension}: a group of stakeholders, a phase, or a
 * valence. Distributions and cross-tabulations count key concepts by category; tables in {@code
 * core} write each category in words.
 */
public sealed interface Category {
  /**
   * The key concepts that concern exactly this group of stakeholders: one group (specific to it) or
   * several (shared); the empty group holds key concepts that concern no stakeholder.
   *
   * @param stakeholders the group, in the review's declared order
   */
  record Group(ImmutableSet<Stakeholder> stakeholders) implements Category {
    /**
     * Checks that the group is not null.
     *
     * @param stakeholders the group, in the review's declared order
     */
    public Group {
      Objects.requireNonNull(stakeholders);
    }
  }

  /**
   * The key concepts that belong to this phase; {@code Optional.empty()} holds key concepts that
   * belong to no phase.
   *
   * @param phase the phase, or empty
   */
  record InPhase(Optional<Phase> phase) implements Category {
    /**
     * Checks that the phase is not null.
     *
     * @param phase the phase, or empty
     */
    public InPhase {
      Objects.requireNonNull(phase);
    }
  }

  /**
   * The key concepts whose raw concepts have this valence profile.
   *
   * @param valence the valence profile
   */
  record OfValence(ValenceProfile valence) implements Category {
    /**
     * Checks that the valence is not null.
     *
     * @param valence the valence profile
     */
    public OfValence {
      Objects.requireNonNull(valence);
    }
  }
}

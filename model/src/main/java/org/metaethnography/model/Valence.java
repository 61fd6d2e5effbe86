package org.metaethnography.model;

/**
 * Whether an aspect of a concept is experienced as positive, negative or mixed. Valence is
 * optional: many reviews do not report it. A key concept can have several, through raw concepts of
 * each valence.
 */
public enum Valence {
  /** Experienced as good: a benefit, a relief, a gain. */
  POSITIVE,
  /** Experienced as bad: a cost, a risk, a loss. */
  NEGATIVE,
  /** Experienced as both at once, or two-sided: a help that is also a burden. */
  MIXED
}

package org.metaethnography.model;

/**
 * Whether an aspect of a concept is experienced as positive or negative. A key concept can have
 * both, through raw concepts of each valence.
 */
public enum Valence {
  /** Experienced as good: a benefit, a relief, a gain. */
  POSITIVE,
  /** Experienced as bad: a cost, a risk, a loss. */
  NEGATIVE
}

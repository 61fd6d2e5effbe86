package org.metaethnography.synthesis;

/**
 * Which classification of key concepts a distribution counts: the one the review declares (its key
 * concepts' stated phases and stakeholders) or the one derived from the raw concepts.
 */
public enum Classification {
  /** The phases and stakeholders the review states for each key concept. */
  DECLARED,
  /** The phases and stakeholders of the raw concepts translated into each key concept. */
  DERIVED
}

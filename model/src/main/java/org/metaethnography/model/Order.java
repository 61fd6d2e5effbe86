package org.metaethnography.model;

/**
 * The order of a construct in meta-ethnography (Schutz's orders, as meta-ethnographers use them):
 * whose interpretation a concept is.
 */
public enum Order {
  /** Participants' own terms, usually quotations in a primary study. */
  FIRST,
  /** A primary study's authors' interpretation of participants' views, such as their themes. */
  SECOND,
  /**
   * The reviewers' re-interpretation across studies: congruent with the studies, going beyond them.
   * Key concepts are of this order.
   */
  THIRD
}

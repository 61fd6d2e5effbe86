package org.metaethnography.model;

/**
 * What one reviewer, or a review team in consensus, decides about a record at one step of
 * selection: to keep it for the next step, to leave it out, or (for a reviewer's own independent
 * decision only) that they cannot tell yet.
 *
 * <p>These are the method's fixed notions, so they are a closed enum; the reasons for a decision
 * are open text or the review's own exclusion reasons.
 */
public enum Decision {
  /** The record goes on to the next step (full text, appraisal, inclusion). */
  INCLUDE,
  /** The record is left out at this step. */
  EXCLUDE,
  /**
   * The reviewer cannot decide alone; the record needs discussion. Never a final decision: a step
   * whose reviewers were unsure must say how it was settled.
   */
  UNSURE;

  /** {@return how messages and tables name the decision, for example {@code "include"}} */
  public String words() {
    return Names.words(this);
  }
}

package org.metaethnography.model;

/** How the final decision of a step of selection or appraisal was reached. */
public enum Resolution {
  /** Every reviewer decided the same way on their own; nothing needed settling. */
  AGREEMENT,
  /** The reviewers disagreed (or were unsure) and settled it by discussion. */
  DISCUSSION,
  /** The reviewers disagreed and a third reviewer decided. */
  THIRD_REVIEWER;

  /** {@return how messages and tables name it, for example {@code "third reviewer"}} */
  public String words() {
    return Names.words(this);
  }
}

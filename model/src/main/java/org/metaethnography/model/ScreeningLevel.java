package org.metaethnography.model;

/**
 * The two screening steps of a review's selection, in the order a record goes through them: first
 * its title and abstract, then, for records kept, the full text (PRISMA 2020 calls these records
 * and reports). Quality appraisal, the step after them, is recorded as an {@link AppraisalRecord}.
 */
public enum ScreeningLevel {
  /** Screening on the title and abstract, usually by two reviewers independently. */
  TITLE_AND_ABSTRACT,
  /** Screening on the full text of a record kept at title and abstract. */
  FULL_TEXT;

  /** {@return how messages and tables name the step, for example {@code "full text"}} */
  public String words() {
    return this == TITLE_AND_ABSTRACT ? "title and abstract" : "full text";
  }
}

package org.metaethnography.synthesis.agreement;

/**
 * Why an agreement statistic has no value for the ratings given. A statistic that is undefined says
 * so with one of these reasons rather than with a NaN or an exception, and keeps whatever part of
 * it is defined (for example the observed agreement of ratings that all fall in one category).
 */
public enum Undefined {
  /**
   * No subject has two ratings to compare: there are no subjects, or no two raters rated the same
   * subject (for Cohen's kappa and Scott's pi, no subject was rated by both raters).
   */
  NO_PAIRABLE_SUBJECTS("no subject has two ratings to compare"),

  /**
   * Every rating compared is in one and the same category, so that agreement expected by chance is
   * 1 and a chance-corrected coefficient is 0/0. The observed agreement (1) is still given.
   */
  NO_VARIATION("every rating compared is in one category, so chance agreement is 1"),

  /**
   * No rating compared is in the category of a per-category statistic, so there is nothing to agree
   * or disagree on about it.
   */
  CATEGORY_NOT_USED("no rating compared is in the category"),

  /** The statistic compares exactly two raters (Cohen's kappa, Scott's pi) and there are more. */
  NOT_TWO_RATERS("the statistic compares exactly two raters"),

  /**
   * Fleiss' kappa needs the same number of ratings for every subject (Fleiss 1971), and the
   * subjects have different numbers of ratings. Krippendorff's alpha allows for missing ratings.
   */
  UNEQUAL_RATINGS_PER_SUBJECT("subjects have different numbers of ratings");

  private final String description;

  Undefined(String description) {
    this.description = description;
  }

  /**
   * {@return why the statistic is undefined, in words, for example {@code every rating compared is
   * in one category, so chance agreement is 1}}
   */
  public String description() {
    return description;
  }
}

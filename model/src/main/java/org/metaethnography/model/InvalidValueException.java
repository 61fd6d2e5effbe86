package org.metaethnography.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a value of the model is built with one or more problems. It lists each as a {@link
 * ReviewProblem}, placed where the value is (for example {@code paper [3]: title must not be
 * blank}); its message joins their messages with "; ".
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  private final ImmutableList<ReviewProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException if there is none
   */
  public InvalidValueException(Iterable<ReviewProblem> problems) {
    super(message(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(ImmutableList<ReviewProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid value must have at least one problem");
    }
    String listed =
        String.join(
            "; ",
            problems.stream()
                .limit(InvalidReviewException.LISTED_PROBLEMS)
                .map(ReviewProblem::message)
                .toList());
    return problems.size() <= InvalidReviewException.LISTED_PROBLEMS
        ? listed
        : listed
            + "; and "
            + (problems.size() - InvalidReviewException.LISTED_PROBLEMS)
            + " more (every problem is in problems())";
  }

  /**
   * Every problem found, in the order checked.
   *
   * @return the problems
   */
  public ImmutableList<ReviewProblem> problems() {
    return problems;
  }
}

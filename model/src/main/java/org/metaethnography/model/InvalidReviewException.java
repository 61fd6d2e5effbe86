package org.metaethnography.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a review breaks one or more of its invariants. It lists every problem found, each
 * naming the offending value, where it is and the rule it breaks, so that a review with several
 * problems can be corrected in one pass.
 */
public final class InvalidReviewException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The title of the review that is invalid. */
  private final String review;

  /** Every problem found. */
  private final ImmutableList<ReviewProblem> problems;

  /**
   * Creates the exception for the named review.
   *
   * @param review the review's title, as the message names it
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidReviewException(String review, Iterable<ReviewProblem> problems) {
    super(message(review, ImmutableList.copyOf(problems)));
    this.review = review;
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String review, ImmutableList<ReviewProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid review must have at least one problem");
    }
    StringBuilder message =
        new StringBuilder("review \"")
            .append(review)
            .append("\" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.forEach(p -> message.append("\n  - ").append(p.message()));
    return message.toString();
  }

  /** {@return the title of the review that is invalid} */
  public String review() {
    return review;
  }

  /** {@return every problem found, in the order the review's parts were checked} */
  public ImmutableList<ReviewProblem> problems() {
    return problems;
  }

  /** {@return the messages of every problem found, in order} */
  public ImmutableList<String> messages() {
    return problems.stream().map(ReviewProblem::message).collect(ImmutableList.toImmutableList());
  }
}

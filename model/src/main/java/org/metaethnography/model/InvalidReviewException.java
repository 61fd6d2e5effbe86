package org.metaethnography.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a review breaks one or more of its invariants. It holds every problem found, each
 * naming the offending value, where it is and the rule it breaks, so that a review with several
 * problems can be corrected in one pass; its message lists the first {@link #LISTED_PROBLEMS}.
 */
public final class InvalidReviewException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * How many problems the exception's message lists before it says how many more there are, so that
   * the message of a review with thousands of problems stays readable and bounded; {@link
   * #problems()} holds them all.
   */
  public static final int LISTED_PROBLEMS = 100;

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
    problems.stream()
        .limit(LISTED_PROBLEMS)
        .forEach(p -> message.append("\n  - ").append(p.message()));
    if (problems.size() > LISTED_PROBLEMS) {
      message
          .append("\n  - and ")
          .append(problems.size() - LISTED_PROBLEMS)
          .append(" more (every problem is in problems())");
    }
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

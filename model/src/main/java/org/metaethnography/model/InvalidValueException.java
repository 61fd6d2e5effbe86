package org.metaethnography.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a value of the model is built with one or more problems. It lists each, naming the
 * value where it can (for example {@code paper [3]: title must not be blank}) and the rule broken;
 * its message joins them with "; ".
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException if there is none
   */
  public InvalidValueException(Iterable<String> problems) {
    super(message(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(ImmutableList<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid value must have at least one problem");
    }
    return String.join("; ", problems);
  }

  /** Every problem found, in the order checked. */
  public ImmutableList<String> problems() {
    return problems;
  }
}

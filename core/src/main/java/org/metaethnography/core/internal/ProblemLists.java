package org.metaethnography.core.internal;

import java.util.List;
import java.util.function.Function;

/** The message of an exception that holds a list of problems, bounded however many there are. */
public final class ProblemLists {
  private ProblemLists() {}

  /** How many problems a message lists; the exception holds them all. */
  public static final int LISTED = 50;

  /**
   * The message {@code "<subject> has 3 problems:"} followed by one line per problem, at most
   * {@link #LISTED} of them, then how many more there are.
   *
   * @param subject what has the problems, for example {@code "review document has"}
   * @param problems the problems
   * @param message the message of one problem
   * @param <P> the type of the problems
   * @return the message
   */
  public static <P> String message(
      String subject, List<P> problems, Function<? super P, String> message) {
    StringBuilder text =
        new StringBuilder(subject)
            .append(' ')
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append("\n  - ").append(message.apply(problems.get(i)));
    }
    if (problems.size() > LISTED) {
      text.append("\n  - and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}

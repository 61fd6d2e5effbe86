package org.metaethnography.core.document;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A review document that cannot be loaded, with every problem found in it: malformed JSON, a limit
 * exceeded, a value of the wrong type, an unknown field, a reference that does not resolve, a rule
 * of the review broken. Nothing of the document is loaded.
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; the exception holds them all. */
  private static final int LISTED = 50;

  /** Every problem found. */
  private final ImmutableList<DocumentProblem> problems;

  /**
   * Makes the exception for {@code problems}.
   *
   * @param problems the problems, at least one
   */
  public InvalidDocumentException(List<DocumentProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<DocumentProblem> problems) {
    StringBuilder message =
        new StringBuilder("review document has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      message.append("\n  - ").append(problems.get(i).message());
    }
    if (problems.size() > LISTED) {
      message.append("\n  - and ").append(problems.size() - LISTED).append(" more");
    }
    return message.toString();
  }

  /**
   * {@return every problem: those of the document's shape in the order it is read, then those of
   * the review's rules}
   */
  public ImmutableList<DocumentProblem> problems() {
    return problems;
  }
}

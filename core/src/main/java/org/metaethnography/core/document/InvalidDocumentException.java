package org.metaethnography.core.document;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.metaethnography.core.internal.ProblemLists;

/**
 * A review document that cannot be loaded, with every problem found in it: malformed JSON, a limit
 * exceeded, a value of the wrong type, an unknown field, a reference that does not resolve, a rule
 * of the review broken. Nothing of the document is loaded.
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

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
    return ProblemLists.message("review document has", problems, DocumentProblem::message);
  }

  /**
   * {@return every problem: those of the document's shape in the order it is read, then those of
   * the review's rules}
   */
  public ImmutableList<DocumentProblem> problems() {
    return problems;
  }
}

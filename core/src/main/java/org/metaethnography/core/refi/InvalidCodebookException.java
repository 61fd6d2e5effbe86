package org.metaethnography.core.refi;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.metaethnography.core.internal.ProblemLists;

/**
 * A codebook file that cannot be read, with every problem found in it, each naming the element (its
 * path, line and column) and the rule: XML that is not well-formed, a DOCTYPE (refused, so that no
 * entity is ever expanded or fetched), a required attribute missing, a GUID or colour that is not
 * of the standard's form, codes nested deeper than themes, key concepts and raw concepts. Nothing
 * is read.
 */
public final class InvalidCodebookException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file's name, as the message gives it. */
  private final String file;

  /** Every problem found. */
  private final ImmutableList<CodebookProblem> problems;

  /**
   * Makes the exception for the problems of {@code file}.
   *
   * @param file the file's name, for example {@code codebook.qdc}
   * @param problems the problems, at least one
   */
  public InvalidCodebookException(String file, List<CodebookProblem> problems) {
    this(Objects.requireNonNull(file), inOrder(problems));
  }

  private InvalidCodebookException(String file, ImmutableList<CodebookProblem> problems) {
    super(message(file, problems));
    this.file = file;
    this.problems = problems;
  }

  /** The problems in the order of the file: by line, then column; those of one place as found. */
  private static ImmutableList<CodebookProblem> inOrder(List<CodebookProblem> problems) {
    return ImmutableList.sortedCopyOf(
        Comparator.comparingInt(CodebookProblem::line).thenComparingInt(CodebookProblem::column),
        problems);
  }

  private static String message(String file, ImmutableList<CodebookProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid codebook has at least one problem");
    }
    return ProblemLists.message("codebook " + file + " has", problems, CodebookProblem::message);
  }

  /** {@return the name of the file that has the problems} */
  public String file() {
    return file;
  }

  /** {@return every problem, in the order of the file} */
  public ImmutableList<CodebookProblem> problems() {
    return problems;
  }
}

package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metaethnography.core.internal.ProblemLists;

/**
 * Spreadsheets that cannot be read, with every problem found in them, each naming its file, row and
 * column: a file that is not UTF-8, a limit exceeded, a ragged row, an unknown or repeated column,
 * a cell that is not what its column holds, a rule of the review broken. Nothing is read.
 */
public final class InvalidSheetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  private final ImmutableList<SheetProblem> problems;

  /**
   * Makes the exception for {@code problems}.
   *
   * @param problems the problems, at least one
   */
  public InvalidSheetException(List<SheetProblem> problems) {
    this(inOrder(problems));
  }

  private InvalidSheetException(ImmutableList<SheetProblem> problems) {
    super(message(problems));
    this.problems = problems;
  }

  /** The problems file by file (in order of first mention), each file's by row, then column. */
  private static ImmutableList<SheetProblem> inOrder(List<SheetProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid sheet has at least one problem");
    }
    Map<String, Integer> files = new HashMap<>();
    for (SheetProblem problem : problems) {
      files.putIfAbsent(problem.file(), files.size());
    }
    return ImmutableList.sortedCopyOf(
        Comparator.comparingInt((SheetProblem p) -> files.get(p.file()))
            .thenComparingInt(SheetProblem::row)
            .thenComparingInt(SheetProblem::column),
        problems);
  }

  private static String message(List<SheetProblem> problems) {
    return ProblemLists.message("spreadsheets have", problems, SheetProblem::message);
  }

  /**
   * {@return every problem, file by file in the order they were read, each file's by row and
   * column}
   */
  public ImmutableList<SheetProblem> problems() {
    return problems;
  }
}

package org.metaethnography.core.sheet;

import java.util.List;

/** The problems a reading of sheets reports, for tests that assert them. */
final class Problems {
  private Problems() {}

  /** The problems {@code read} throws, failing if it throws none. */
  static List<SheetProblem> of(Runnable read) {
    try {
      read.run();
    } catch (InvalidSheetException e) {
      return e.problems();
    }
    throw new AssertionError("no problem reported");
  }

  /** The messages of the problems {@code read} throws, failing if it throws none. */
  static List<String> messages(Runnable read) {
    return of(read).stream().map(SheetProblem::message).toList();
  }
}

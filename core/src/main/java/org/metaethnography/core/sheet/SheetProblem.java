package org.metaethnography.core.sheet;

import java.util.Locale;
import java.util.Objects;
import org.metaethnography.core.internal.Quoted;

/**
 * One problem of a spreadsheet: the file it is in, the row (as a spreadsheet program numbers it,
 * the header being row 1) and the column (numbered from 1, with its header), the rule it breaks,
 * and a message made from them. A problem of a whole row has column 0; a problem of the whole file
 * (it is not UTF-8, it is too long) has row 0 too.
 *
 * @param file the file's name, for example {@code extractions.csv}
 * @param row the row, from 1 for the header; 0 for the whole file
 * @param column the column, from 1; 0 for the whole row or file
 * @param header the column's header as the file writes it; empty when there is no column
 * @param rule the rule broken, in words, for example {@code wrong value} or {@code ragged row}
 * @param detail what is wrong, naming the offending value
 */
public record SheetProblem(
    String file, int row, int column, String header, String rule, String detail) {
  /**
   * Checks that no part is null and no number negative.
   *
   * @param file the file's name
   * @param row the row
   * @param column the column
   * @param header the column's header
   * @param rule the rule broken
   * @param detail what is wrong
   */
  public SheetProblem {
    Objects.requireNonNull(file);
    Objects.requireNonNull(header);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(detail);
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException(
          "row and column must not be negative: row " + row + ", column " + column);
    }
  }

  /**
   * {@return the problem in words (a long header or detail cut short, so that a message stays
   * within about a thousand characters), for example {@code extractions.csv, row 5, column 3
   * (paper): paper "Smith 2010" is not an included paper (dangling reference)}}
   */
  public String message() {
    StringBuilder where = new StringBuilder(file);
    if (row > 0) {
      where.append(", row ").append(row);
    }
    if (column > 0) {
      where.append(", column ").append(column);
      if (!header.isEmpty()) {
        String shown = Quoted.shown(header);
        where.append(" (").append(shown, 1, shown.lastIndexOf('"')).append(')');
      }
    }
    String said =
        detail.length() <= MAX_DETAIL
            ? detail
            : String.format(
                Locale.ROOT,
                "%s... (%,d characters)",
                detail.substring(0, MAX_DETAIL),
                detail.length());
    return where + ": " + said + " (" + rule + ")";
  }

  /** The most characters of the detail a message shows, so that each message stays bounded. */
  private static final int MAX_DETAIL = 1_000;

  /** Returns the message. */
  @Override
  public String toString() {
    return message();
  }
}

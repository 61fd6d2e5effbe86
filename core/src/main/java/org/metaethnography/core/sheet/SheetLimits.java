package org.metaethnography.core.sheet;

/**
 * The limits a spreadsheet must keep to be read, so that a hostile or broken file (a cell of
 * megabytes, millions of columns, a file of gigabytes) is refused with a clear error while it is
 * read, the memory reading takes bounded by the limits. Each limit is named in the error that
 * reports it.
 *
 * @param maxCharacters the longest file, in characters
 * @param maxCellCharacters the longest cell, in characters
 * @param maxRows the most rows, the header row included
 * @param maxColumns the most cells in a row
 */
public record SheetLimits(long maxCharacters, int maxCellCharacters, int maxRows, int maxColumns) {
  /**
   * The limits used unless others are given: files up to 64 million characters, and what a
   * worksheet of the common spreadsheet programs holds: cells of up to 32,767 characters, 1,048,576
   * rows and 16,384 columns.
   */
  public static final SheetLimits DEFAULT = new SheetLimits(64_000_000L, 32_767, 1_048_576, 16_384);

  /**
   * Checks that each limit is positive.
   *
   * @param maxCharacters the longest file, in characters
   * @param maxCellCharacters the longest cell, in characters
   * @param maxRows the most rows, the header row included
   * @param maxColumns the most cells in a row
   */
  public SheetLimits {
    if (maxCharacters < 1 || maxCellCharacters < 1 || maxRows < 1 || maxColumns < 1) {
      throw new IllegalArgumentException(
          String.format(
              "sheet limits must be positive: %d characters, cells of %d, %d rows, %d columns",
              maxCharacters, maxCellCharacters, maxRows, maxColumns));
    }
  }
}

package org.metaethnography.core.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.metaethnography.core.table.Table;

/**
 * The spreadsheets a review team keeps, read and written as CSV. Reading goes through Commons CSV
 * (RFC 4180: lines ending in CRLF or LF, quoted cells holding commas, quotes and line breaks, an
 * optional UTF-8 byte order mark) within {@link SheetLimits}; every problem is reported at once,
 * naming its file, row and column ({@link InvalidSheetException}).
 *
 * <pre>{@code
 * Table published = Spreadsheets.readTable(Path.of("published/table3.csv"));
 * }</pre>
 */
public final class Spreadsheets {
  private Spreadsheets() {}

  /**
   * Reads a CSV file as a table, within the default limits: its first row names the columns, each
   * further row gives one cell per column. Rows whose cells are all empty are skipped.
   *
   * @param file a UTF-8 CSV file
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws InvalidSheetException with every problem, if the file is not UTF-8, exceeds a limit, is
   *     not well-formed CSV, has a blank or repeated column name or a row of the wrong length
   */
  public static Table readTable(Path file) throws IOException {
    return readTable(file, SheetLimits.DEFAULT);
  }

  /**
   * Reads a CSV file as a table, within {@code limits}; no more of the file is read than the limits
   * allow.
   *
   * @param file a UTF-8 CSV file
   * @param limits the limits it must keep to
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws InvalidSheetException with every problem (see {@link #readTable(Path)})
   */
  public static Table readTable(Path file, SheetLimits limits) throws IOException {
    List<SheetProblem> problems = new ArrayList<>();
    String text = CsvText.read(file, Objects.requireNonNull(limits), problems);
    if (text == null) {
      throw new InvalidSheetException(problems);
    }
    return readTable(String.valueOf(file.getFileName()), text, limits);
  }

  /**
   * Reads CSV text as a table, within the default limits.
   *
   * @param name the name of the text's file, for messages, for example {@code table3.csv}
   * @param csv the CSV text
   * @return the table
   * @throws InvalidSheetException with every problem (see {@link #readTable(Path)})
   */
  public static Table readTable(String name, String csv) {
    return readTable(name, csv, SheetLimits.DEFAULT);
  }

  /**
   * Reads CSV text as a table, within {@code limits}.
   *
   * @param name the name of the text's file, for messages
   * @param csv the CSV text
   * @param limits the limits it must keep to
   * @return the table
   * @throws InvalidSheetException with every problem (see {@link #readTable(Path)})
   */
  public static Table readTable(String name, String csv, SheetLimits limits) {
    Objects.requireNonNull(name);
    Objects.requireNonNull(csv);
    Objects.requireNonNull(limits);
    List<SheetProblem> problems = new ArrayList<>();
    CsvText.Parsed parsed = CsvText.parse(name, csv, limits, problems);
    checkHeader(parsed, problems, false);
    if (!problems.isEmpty()) {
      throw new InvalidSheetException(problems);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CsvText.Row row : parsed.rows()) {
      rows.add(row.cells());
    }
    return Table.of(parsed.header(), rows);
  }

  /**
   * Adds a problem for each blank column name and each name given twice (in any case, where {@code
   * ignoringCase}).
   */
  static void checkHeader(
      CsvText.Parsed parsed, List<SheetProblem> problems, boolean ignoringCase) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> header = parsed.header();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isBlank()) {
        problems.add(
            new SheetProblem(
                parsed.file(), 1, c + 1, "", "blank column", "the column has no name"));
        continue;
      }
      String key = ignoringCase ? name.strip().toLowerCase(java.util.Locale.ROOT) : name;
      Integer first = seen.putIfAbsent(key, c + 1);
      if (first != null) {
        problems.add(
            new SheetProblem(
                parsed.file(),
                1,
                c + 1,
                name,
                "repeated column",
                String.format(
                    "the column %s is named again; column %d has that name",
                    CsvText.shown(name), first)));
      }
    }
  }
}

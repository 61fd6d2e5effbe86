package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.metaethnography.core.io.OutputFiles;

/**
 * A rendered table: named columns and rows of text cells. Tables are immutable; they are made by
 * {@link ReviewTables} from a synthesis and only format what was computed there.
 *
 * <pre>{@code
 * Table flow = ReviewTables.searchFlow(synthesis.flow());
 * String csv = flow.toCsv();
 * String markdown = flow.toMarkdown();
 * }</pre>
 */
public final class Table {
  private final ImmutableList<String> columns;

  /**
   * The cells, row by row, each row as long as the columns. The arrays are the table's own: never
   * handed out, never changed.
   */
  private final String[][] cells;

  /**
   * The rows as lists, made when first asked for, as rendering reads {@link #cells}. A race makes
   * equal lists at worst, so the field needs no lock (as {@link String#hashCode()} caches).
   */
  private ImmutableList<ImmutableList<String>> rows;

  private Table(ImmutableList<String> columns, String[][] cells) {
    this.columns = columns;
    this.cells = cells;
  }

  /**
   * Returns the table with the given columns and rows.
   *
   * @param columns the column names; at least one, distinct
   * @param rows the rows, each with one cell per column
   * @return the table
   * @throws IllegalArgumentException if there is no column, a column name is repeated, or a row has
   *     the wrong number of cells (naming the row)
   */
  public static Table of(List<String> columns, List<? extends List<String>> rows) {
    ImmutableList<String> cols = ImmutableList.copyOf(columns);
    Objects.requireNonNull(rows);
    checkColumns(cols);
    String[][] cells = new String[rows.size()][];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = checkedRow(i, rows.get(i).toArray(new String[0]), cols);
    }
    return new Table(cols, cells);
  }

  /**
   * Returns the table with the given columns and rows, as {@link #of(List, List)} does, taking the
   * rows' arrays as they are: the caller hands them over, and keeps no reference to them.
   */
  static Table ofRows(List<String> columns, List<String[]> rows) {
    ImmutableList<String> cols = ImmutableList.copyOf(columns);
    checkColumns(cols);
    String[][] cells = rows.toArray(new String[0][]);
    for (int i = 0; i < cells.length; i++) {
      checkedRow(i, cells[i], cols);
    }
    return new Table(cols, cells);
  }

  private static void checkColumns(ImmutableList<String> columns) {
    checkArgument(!columns.isEmpty(), "a table must have at least one column");
    checkArgument(distinct(columns), "column names must be unique: %s", columns);
  }

  /** Whether no two of {@code columns} are equal. */
  private static boolean distinct(ImmutableList<String> columns) {
    if (columns.size() > FEW_COLUMNS) {
      return ImmutableSet.copyOf(columns).size() == columns.size();
    }
    // Comparing each pair of a few names is quicker than hashing them into a set.
    for (int i = 1; i < columns.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (columns.get(i).equals(columns.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The most columns that {@link #distinct} compares pair by pair. */
  private static final int FEW_COLUMNS = 20;

  /** Row {@code i}, checked to have a cell, not null, for each column. */
  private static String[] checkedRow(int i, String[] row, ImmutableList<String> columns) {
    for (String cell : row) {
      Objects.requireNonNull(cell, () -> "row " + (i + 1) + " has a null cell");
    }
    if (row.length != columns.size()) {
      throw new IllegalArgumentException(
          String.format(
              "row %s has %s cells but the table has %s columns %s: %s",
              i + 1, row.length, columns.size(), columns, Arrays.toString(row)));
    }
    return row;
  }

  /** {@return the column names, in order} */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** {@return the rows, in order, each with one cell per column} */
  public ImmutableList<ImmutableList<String>> rows() {
    ImmutableList<ImmutableList<String>> rows = this.rows;
    if (rows == null) {
      ImmutableList.Builder<ImmutableList<String>> lists =
          ImmutableList.builderWithExpectedSize(cells.length);
      for (String[] row : cells) {
        lists.add(ImmutableList.copyOf(row));
      }
      rows = lists.build();
      this.rows = rows;
    }
    return rows;
  }

  /**
   * Returns this table with column {@code from} named {@code to}, as when a review calls its
   * conditions "illness".
   *
   * @throws IllegalArgumentException if there is no column {@code from} or {@code to} is taken
   * @param from the column's name
   * @param to its new name
   * @return the table with the column renamed
   */
  public Table withColumnRenamed(String from, String to) {
    int index = columns.indexOf(Objects.requireNonNull(from));
    Objects.requireNonNull(to);
    checkArgument(index >= 0, "no column \"%s\" to rename; columns are %s", from, columns);
    checkArgument(
        from.equals(to) || !columns.contains(to), "column \"%s\" exists already: %s", to, columns);
    ImmutableList.Builder<String> renamed = ImmutableList.builder();
    for (int i = 0; i < columns.size(); i++) {
      renamed.add(i == index ? to : columns.get(i));
    }
    return new Table(renamed.build(), cells);
  }

  /**
   * Renders the table as CSV (RFC 4180): a header row, then the rows; cells holding a comma, a
   * double quote or a line break are quoted; lines end with a line feed.
   *
   * @return the CSV text
   */
  public String toCsv() {
    return toCsv(CsvDialect.standard());
  }

  /**
   * Renders the table as CSV in {@code dialect}: a header row, then the rows; cells holding a
   * comma, a double quote or a line break are quoted (RFC 4180); lines end as the dialect says, the
   * text begins with a byte order mark if it says so, and formula-like cells are neutralised if it
   * says so.
   *
   * <pre>{@code
   * String forExcel = table.toCsv(CsvDialect.standard().withCrlf().withByteOrderMark());
   * }</pre>
   *
   * @param dialect how to write the text
   * @return the CSV text
   */
  public String toCsv(CsvDialect dialect) {
    Objects.requireNonNull(dialect);
    // Sized once for the text without quoting, so that the common case never grows the buffer.
    String ending = dialect.lineEnding();
    String[] header = columns.toArray(new String[0]);
    int length = csvLength(header, ending) + 1;
    for (String[] row : cells) {
      length += csvLength(row, ending);
    }
    StringBuilder csv = new StringBuilder(length);
    if (dialect.byteOrderMark()) {
      csv.append('\uFEFF');
    }
    boolean neutralise = dialect.formulasNeutralised();
    boolean crlf = ending.equals("\r\n");
    csvLine(csv, header, neutralise, crlf);
    for (String[] row : cells) {
      csvLine(csv, row, neutralise, crlf);
    }
    return csv.toString();
  }

  /** The length of a CSV line of {@code cells} before any quoting, with its separators. */
  private static int csvLength(String[] cells, String ending) {
    int length = cells.length - 1 + ending.length();
    for (String cell : cells) {
      length += cell.length();
    }
    return length;
  }

  /**
   * Appends a line of {@code cells} and its ending: a line feed, after a carriage return by CRLF
   * (appended as characters, which is quicker than appending the dialect's ending as a string).
   */
  private static void csvLine(StringBuilder csv, String[] cells, boolean neutralise, boolean crlf) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      String cell = cells[i];
      if (cell.length() == 1 && isPlain(cell.charAt(0))) {
        // A one-character cell such as a tick or a digit, which needs neither quoting nor
        // neutralising.
        csv.append(cell.charAt(0));
        continue;
      }
      if (neutralise && CsvDialect.looksLikeFormula(cell)) {
        cell = "'" + cell;
      }
      if (needsQuoting(cell)) {
        quoted(csv, cell);
      } else {
        csv.append(cell);
      }
    }
    if (crlf) {
      csv.append('\r');
    }
    csv.append('\n');
  }

  /** Appends {@code cell} between double quotes, each double quote in it doubled. */
  private static void quoted(StringBuilder csv, String cell) {
    csv.append('"');
    int from = 0;
    for (int quote = cell.indexOf('"'); quote >= 0; quote = cell.indexOf('"', from)) {
      csv.append(cell, from, quote + 1).append('"');
      from = quote + 1;
    }
    csv.append(cell, from, cell.length()).append('"');
  }

  /**
   * Whether {@code cell} holds a comma, a double quote or a line break, and so is quoted in CSV.
   */
  private static boolean needsQuoting(String cell) {
    if (cell.length() >= SEARCHED) {
      // String.indexOf searches many characters at a time, which pays on a long cell.
      return cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0;
    }
    for (int c = 0; c < cell.length(); c++) {
      char ch = cell.charAt(c);
      // Each of the special characters is at most a comma; a letter is never looked up.
      if (ch <= ',' && (SPECIAL & 1L << ch) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The length from which a cell is searched for each character that makes it quoted in turn. */
  private static final int SEARCHED = 32;

  /** The characters that make a CSV cell quoted: line feed, carriage return, quote and comma. */
  private static final long SPECIAL = 1L << '\n' | 1L << '\r' | 1L << '"' | 1L << ',';

  /**
   * The characters below {@code @} that a one-character cell is written differently for: those that
   * make it quoted, and those that make it look like a formula (a tab, {@code =}, {@code +}, {@code
   * -}).
   */
  private static final long NOT_PLAIN = SPECIAL | 1L << '\t' | 1L << '=' | 1L << '+' | 1L << '-';

  /** Whether a cell of the one character {@code ch} is written as it is in every dialect. */
  private static boolean isPlain(char ch) {
    return ch < 64 ? (NOT_PLAIN & 1L << ch) == 0 : ch != '@';
  }

  /**
   * Renders the table as a GitHub-flavoured Markdown table; pipes in cells are escaped and every
   * line break (LF, CR or CRLF) becomes a space, so that each row stays on one line.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    markdownLine(md, columns);
    md.append('|');
    columns.forEach(c -> md.append(" --- |"));
    md.append('\n');
    for (String[] row : cells) {
      markdownLine(md, Arrays.asList(row));
    }
    return md.toString();
  }

  private static void markdownLine(StringBuilder md, List<String> cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ')
          .append(
              cell.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '))
          .append(" |");
    }
    md.append('\n');
  }

  /**
   * Writes the table as CSV in UTF-8 to {@code file}, creating its directory if needed, whole or
   * not at all, as {@link OutputFiles#write(Path, String)} writes files: a new file takes the
   * permissions the user's umask gives, a replaced one keeps its own, and no temporary file is left
   * behind.
   *
   * @throws IOException if the directory or file cannot be written, naming the directory and what
   *     is wrong with it where it is at fault
   * @param file the file to write; its directory is created if needed
   */
  public void writeCsv(Path file) throws IOException {
    OutputFiles.write(file, toCsv());
  }

  /**
   * Writes the table as CSV in {@code dialect}, in UTF-8, to {@code file}, whole or not at all, as
   * {@link #writeCsv(Path)} does.
   *
   * @throws IOException if the directory or file cannot be written, naming the directory and what
   *     is wrong with it where it is at fault
   * @param file the file to write; its directory is created if needed
   * @param dialect how to write the text
   */
  public void writeCsv(Path file, CsvDialect dialect) throws IOException {
    OutputFiles.write(file, toCsv(dialect));
  }

  /** Tables are equal when they have the same columns and rows. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Table
        && columns.equals(((Table) o).columns)
        && Arrays.deepEquals(cells, ((Table) o).cells);
  }

  /** The hash code of the columns and of the rows as lists. */
  @Override
  public int hashCode() {
    return 31 * columns.hashCode() + Arrays.deepHashCode(cells);
  }

  /** Returns the table as Markdown. */
  @Override
  public String toString() {
    return toMarkdown();
  }
}

package org.metaethnography.core.table;

import java.util.Objects;

/**
 * How a table is written as CSV: the line ending, whether the text begins with a UTF-8 byte order
 * mark, and whether cells that a spreadsheet program would run as formulas are neutralised. Every
 * dialect writes RFC 4180 fields: a cell holding a comma, a double quote or a line break is quoted,
 * its double quotes doubled. Dialects are immutable; each {@code with...} method returns a new one.
 *
 * <pre>{@code
 * // For a spreadsheet program on any system: CRLF, a byte order mark, formulas neutralised.
 * CsvDialect excel = CsvDialect.standard().withCrlf().withByteOrderMark().withFormulasNeutralised();
 * String csv = table.toCsv(excel);
 * }</pre>
 *
 * <p><b>Formulas.</b> Spreadsheet programs run a cell that begins with {@code =}, {@code +}, {@code
 * -} or {@code @} (or with a tab or carriage return before one) as a formula, so that a quotation
 * or a name taken from a paper could compute, or call out, when the file is opened ("CSV
 * injection"). With {@link #withFormulasNeutralised()} such a cell is written with a single quote
 * before it ({@code '=1+1}), which the programs show as text; a cell that is a plain number ({@code
 * -2}, {@code +0.5}) is left as it is. Neutralising changes the text, so a neutralised file is for
 * people to open, not for reading back.
 */
public final class CsvDialect {
  private static final CsvDialect STANDARD = new CsvDialect("\n", false, false);

  private final String lineEnding;
  private final boolean byteOrderMark;
  private final boolean formulasNeutralised;

  private CsvDialect(String lineEnding, boolean byteOrderMark, boolean formulasNeutralised) {
    this.lineEnding = lineEnding;
    this.byteOrderMark = byteOrderMark;
    this.formulasNeutralised = formulasNeutralised;
  }

  /**
   * The dialect {@link Table#toCsv()} writes: lines end with a line feed, no byte order mark, cells
   * as they are. The golden files of the reference paper are in it.
   *
   * @return the standard dialect
   */
  public static CsvDialect standard() {
    return STANDARD;
  }

  /**
   * Returns this dialect with lines ending in a carriage return and line feed, as RFC 4180 writes
   * them and as spreadsheet programs on Windows expect. Line breaks inside a cell are kept as they
   * are.
   *
   * @return the dialect with CRLF line endings
   */
  public CsvDialect withCrlf() {
    return new CsvDialect("\r\n", byteOrderMark, formulasNeutralised);
  }

  /**
   * Returns this dialect with the text beginning with a UTF-8 byte order mark (U+FEFF), by which
   * spreadsheet programs recognise a CSV file as UTF-8 rather than a legacy code page.
   *
   * @return the dialect with a byte order mark
   */
  public CsvDialect withByteOrderMark() {
    return new CsvDialect(lineEnding, true, formulasNeutralised);
  }

  /**
   * Returns this dialect with formula-like cells neutralised (see the class comment).
   *
   * @return the dialect that neutralises formulas
   */
  public CsvDialect withFormulasNeutralised() {
    return new CsvDialect(lineEnding, byteOrderMark, true);
  }

  /** {@return the text that ends each line: {@code "\n"} or {@code "\r\n"}} */
  public String lineEnding() {
    return lineEnding;
  }

  /** {@return whether the text begins with a UTF-8 byte order mark} */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /** {@return whether formula-like cells are written with a single quote before them} */
  public boolean formulasNeutralised() {
    return formulasNeutralised;
  }

  /**
   * Whether a spreadsheet program would take {@code cell} for a formula: it begins with {@code =},
   * {@code +}, {@code -} or {@code @}, possibly after tabs and carriage returns, and is not a plain
   * number.
   */
  static boolean looksLikeFormula(String cell) {
    int i = 0;
    while (i < cell.length() && (cell.charAt(i) == '\t' || cell.charAt(i) == '\r')) {
      i++;
    }
    if (i == cell.length()) {
      return i > 0;
    }
    char first = cell.charAt(i);
    if (first != '=' && first != '+' && first != '-' && first != '@') {
      return i > 0;
    }
    return i > 0 || first == '=' || first == '@' || !isPlainNumber(cell.substring(1));
  }

  /** Whether {@code text} is digits with at most one decimal point between them. */
  private static boolean isPlainNumber(String text) {
    int point = text.indexOf('.');
    String whole = point < 0 ? text : text.substring(0, point);
    String fraction = point < 0 ? "0" : text.substring(point + 1);
    return !whole.isEmpty() && digits(whole) && !fraction.isEmpty() && digits(fraction);
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Dialects are equal when they write the same text. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CsvDialect other
        && lineEnding.equals(other.lineEnding)
        && byteOrderMark == other.byteOrderMark
        && formulasNeutralised == other.formulasNeutralised;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineEnding, byteOrderMark, formulasNeutralised);
  }

  /** Returns the dialect in words, for example {@code CSV with CRLF, a byte order mark}. */
  @Override
  public String toString() {
    return "CSV with "
        + (lineEnding.equals("\n") ? "LF" : "CRLF")
        + (byteOrderMark ? ", a byte order mark" : "")
        + (formulasNeutralised ? ", formulas neutralised" : "");
  }
}

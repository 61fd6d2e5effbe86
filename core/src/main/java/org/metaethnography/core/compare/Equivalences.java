package org.metaethnography.core.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What a comparison of a computed table with a published one treats as the same: which columns
 * identify a row, which spellings of a tick mean the same, whether whitespace, case and the order
 * of rows and columns matter, and which published columns the computed table names otherwise. A
 * review team transcribes the published table as the paper prints it and declares here, once and
 * visibly, every difference of writing it accepts; everything else must be equal.
 *
 * <p>Equivalences are immutable; each method returns new ones. {@link #strict()} accepts nothing:
 * rows are identified by the published table's first column, cells must be equal character for
 * character, and rows and columns must come in the published order.
 *
 * <pre>{@code
 * Equivalences grid = Equivalences.strict()
 *     .keyedBy("reference")
 *     .ticks("✓", "X", "x", "1")
 *     .unticked("", "0")
 *     .ignoringWhitespace()
 *     .renamed("Author", "first_author");
 * }</pre>
 */
public final class Equivalences {
  private static final Equivalences STRICT =
      new Equivalences(
          ImmutableList.of(), ImmutableSet.of(), ImmutableSet.of(), 0, ImmutableMap.of());

  private static final int WHITESPACE = 1;
  private static final int CASE = 2;
  private static final int ROW_ORDER = 4;
  private static final int COLUMN_ORDER = 8;

  private final ImmutableList<String> keyColumns;
  private final ImmutableSet<String> ticked;
  private final ImmutableSet<String> unticked;
  private final int ignored;
  private final ImmutableMap<String, String> renamed;

  private Equivalences(
      ImmutableList<String> keyColumns,
      ImmutableSet<String> ticked,
      ImmutableSet<String> unticked,
      int ignored,
      ImmutableMap<String, String> renamed) {
    this.keyColumns = keyColumns;
    this.ticked = ticked;
    this.unticked = unticked;
    this.ignored = ignored;
    this.renamed = renamed;
  }

  /**
   * Nothing is accepted as the same but what is equal: rows are identified by the published table's
   * first column, cells and column names must be equal character for character, rows and columns
   * must come in the published order.
   *
   * @return the strict equivalences
   */
  public static Equivalences strict() {
    return STRICT;
  }

  /**
   * Returns these equivalences with rows identified by the given columns, named as in the published
   * table, rather than by its first column: a row of the computed table is the published row whose
   * cells in these columns are the same (with whitespace and case as declared; ticks do not apply
   * to them). Give two columns where one is not unique, such as a group and a reference number.
   *
   * <pre>{@code
   * Equivalences byPaper = Equivalences.strict().keyedBy("group", "reference");
   * }</pre>
   *
   * @param columns the key columns, at least one, each once
   * @return the equivalences keyed by {@code columns}
   * @throws IllegalArgumentException if no column is given or a column is given twice
   * @throws IllegalStateException if the key columns were set already, naming them
   */
  public Equivalences keyedBy(String... columns) {
    ImmutableList<String> keys = ImmutableList.copyOf(columns);
    checkArgument(!keys.isEmpty(), "row key columns: at least one column must be given");
    checkArgument(
        ImmutableSet.copyOf(keys).size() == keys.size(),
        "row key columns must be distinct: %s",
        keys);
    checkState(keyColumns.isEmpty(), "row key columns were already set to %s", keyColumns);
    return new Equivalences(keys, ticked, unticked, ignored, renamed);
  }

  /**
   * Returns these equivalences with every spelling given meaning the same tick, as a paper prints a
   * mark that its transcription writes {@code 1} or a spreadsheet writes {@code X}: a cell in any
   * of these spellings is the same as a cell in any other. The spellings apply to every cell
   * outside the key columns, so a count of 1 in a total row is the same as a tick too; whitespace
   * and case apply to them as declared.
   *
   * @param spellings the spellings of a tick, for example {@code "✓", "X", "x", "1"}; at least one,
   *     each once
   * @return the equivalences with these ticks
   * @throws IllegalArgumentException if no spelling is given, one is given twice, or one means not
   *     ticked ({@link #unticked})
   * @throws IllegalStateException if the ticks were set already, naming them
   */
  public Equivalences ticks(String... spellings) {
    ImmutableSet<String> marks = spellings("ticks", spellings, unticked, "not ticked");
    checkState(ticked.isEmpty(), "ticks were already set to %s", ticked);
    return new Equivalences(keyColumns, marks, unticked, ignored, renamed);
  }

  /**
   * Returns these equivalences with every spelling given meaning "not ticked", as a paper leaves a
   * cell blank that its transcription writes {@code 0}: a cell in any of these spellings is the
   * same as a cell in any other.
   *
   * @param spellings the spellings of an unticked cell, for example {@code "", "0"}; at least one,
   *     each once
   * @return the equivalences with these unticked spellings
   * @throws IllegalArgumentException if no spelling is given, one is given twice, or one means a
   *     tick ({@link #ticks})
   * @throws IllegalStateException if the unticked spellings were set already, naming them
   */
  public Equivalences unticked(String... spellings) {
    ImmutableSet<String> blanks = spellings("unticked spellings", spellings, ticked, "a tick");
    checkState(unticked.isEmpty(), "unticked spellings were already set to %s", unticked);
    return new Equivalences(keyColumns, ticked, blanks, ignored, renamed);
  }

  private static ImmutableSet<String> spellings(
      String what, String[] spellings, Set<String> others, String othersMean) {
    List<String> given = List.of(spellings);
    ImmutableSet<String> set = ImmutableSet.copyOf(given);
    checkArgument(!set.isEmpty(), "%s: at least one spelling must be given", what);
    checkArgument(set.size() == given.size(), "%s must be distinct: %s", what, given);
    for (String spelling : set) {
      checkArgument(
          !others.contains(spelling),
          "%s: \"%s\" already means %s: %s",
          what,
          spelling,
          othersMean,
          others);
    }
    return set;
  }

  /**
   * Returns these equivalences with whitespace not mattering: cells, column names and row keys are
   * compared with leading and trailing whitespace removed and each run of whitespace inside
   * (spaces, tabs, line breaks, no-break spaces) made one space, as a transcription from a PDF
   * often differs.
   *
   * @return the equivalences ignoring whitespace
   */
  public Equivalences ignoringWhitespace() {
    return ignoring(WHITESPACE);
  }

  /**
   * Returns these equivalences with case not mattering in cells, column names and row keys: {@code
   * "Changed Outlook"} is the same as {@code "changed outlook"}.
   *
   * @return the equivalences ignoring case
   */
  public Equivalences ignoringCase() {
    return ignoring(CASE);
  }

  /**
   * Returns these equivalences with the order of rows not mattering: rows are matched by their key
   * wherever they are. Without it, a row found in both tables but not in the published order is a
   * difference.
   *
   * @return the equivalences ignoring the order of rows
   */
  public Equivalences ignoringRowOrder() {
    return ignoring(ROW_ORDER);
  }

  /**
   * Returns these equivalences with the order of columns not mattering. Without it, a column found
   * in both tables but not in the published order is a difference.
   *
   * @return the equivalences ignoring the order of columns
   */
  public Equivalences ignoringColumnOrder() {
    return ignoring(COLUMN_ORDER);
  }

  private Equivalences ignoring(int flag) {
    return new Equivalences(keyColumns, ticked, unticked, ignored | flag, renamed);
  }

  /**
   * Returns these equivalences with the published column {@code published} being the computed
   * table's column {@code computed}, as when a paper prints "Author" for what the library calls
   * {@code first_author}. Key columns are still named as in the published table.
   *
   * @param published the column's name in the published table
   * @param computed its name in the computed table
   * @return the equivalences with the column renamed
   * @throws IllegalArgumentException if {@code published} was renamed already or another column was
   *     renamed to {@code computed}, naming the earlier renaming
   */
  public Equivalences renamed(String published, String computed) {
    Objects.requireNonNull(published);
    Objects.requireNonNull(computed);
    checkArgument(
        !renamed.containsKey(published),
        "published column \"%s\" was already renamed to \"%s\"",
        published,
        renamed.get(published));
    for (Map.Entry<String, String> earlier : renamed.entrySet()) {
      checkArgument(
          !earlier.getValue().equals(computed),
          "published column \"%s\" was already renamed to \"%s\"; \"%s\" cannot be too",
          earlier.getKey(),
          computed,
          published);
    }
    Map<String, String> all = new LinkedHashMap<>(renamed);
    all.put(published, computed);
    return new Equivalences(keyColumns, ticked, unticked, ignored, ImmutableMap.copyOf(all));
  }

  /** {@return the key columns as named in the published table; empty for its first column} */
  public ImmutableList<String> keyColumns() {
    return keyColumns;
  }

  /** {@return the spellings that all mean a tick; empty when ticks are compared as text} */
  public ImmutableSet<String> ticked() {
    return ticked;
  }

  /** {@return the spellings that all mean "not ticked"; empty when compared as text} */
  public ImmutableSet<String> unticked() {
    return unticked;
  }

  /** {@return whether whitespace is ignored ({@link #ignoringWhitespace()})} */
  public boolean whitespaceIgnored() {
    return (ignored & WHITESPACE) != 0;
  }

  /** {@return whether case is ignored ({@link #ignoringCase()})} */
  public boolean caseIgnored() {
    return (ignored & CASE) != 0;
  }

  /** {@return whether the order of rows is ignored ({@link #ignoringRowOrder()})} */
  public boolean rowOrderIgnored() {
    return (ignored & ROW_ORDER) != 0;
  }

  /** {@return whether the order of columns is ignored ({@link #ignoringColumnOrder()})} */
  public boolean columnOrderIgnored() {
    return (ignored & COLUMN_ORDER) != 0;
  }

  /** {@return the renamed columns, published name to computed name, in the order declared} */
  public ImmutableMap<String, String> renamed() {
    return renamed;
  }

  /**
   * The text as it is compared: without surrounding whitespace and with runs of it made one space
   * if whitespace is ignored, case-folded if case is.
   */
  String normalized(String text) {
    String result = text;
    if (whitespaceIgnored()) {
      result = collapsed(result);
    }
    if (caseIgnored()) {
      result = result.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
    return result;
  }

  private static String collapsed(String text) {
    StringBuilder collapsed = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = collapsed.length() > 0;
      } else {
        if (space) {
          collapsed.append(' ');
          space = false;
        }
        collapsed.append(c);
      }
    }
    return collapsed.toString();
  }

  /**
   * Whether a computed cell and a published cell outside the key columns are the same: equal once
   * normalized, or both among the ticked or both among the unticked spellings.
   *
   * @throws IllegalArgumentException if, once normalized, a spelling means both a tick and not
   */
  BiPredicate<String, String> sameCell() {
    Set<String> ticks = normalizedAll(ticked);
    Set<String> blanks = normalizedAll(unticked);
    for (String tick : ticks) {
      checkArgument(
          !blanks.contains(tick),
          "\"%s\" means both a tick %s and not ticked %s once whitespace and case are ignored as"
              + " declared",
          tick,
          ticked,
          unticked);
    }
    return (computed, published) -> {
      String c = normalized(computed);
      String p = normalized(published);
      return c.equals(p)
          || (ticks.contains(c) && ticks.contains(p))
          || (blanks.contains(c) && blanks.contains(p));
    };
  }

  private Set<String> normalizedAll(Set<String> spellings) {
    List<String> all = new ArrayList<>();
    for (String spelling : spellings) {
      all.add(normalized(spelling));
    }
    return ImmutableSet.copyOf(all);
  }

  /** Equivalences are equal when they accept the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Equivalences other
        && keyColumns.equals(other.keyColumns)
        && ticked.equals(other.ticked)
        && unticked.equals(other.unticked)
        && ignored == other.ignored
        && renamed.equals(other.renamed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyColumns, ticked, unticked, ignored, renamed);
  }

  /**
   * Returns the equivalences in words, for example {@code rows keyed by [reference]; ticks [✓, 1];
   * whitespace ignored}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(
        keyColumns.isEmpty() ? "rows keyed by the first column" : "rows keyed by " + keyColumns);
    if (!ticked.isEmpty()) {
      parts.add("ticks " + ticked);
    }
    if (!unticked.isEmpty()) {
      parts.add("unticked " + unticked);
    }
    if (whitespaceIgnored()) {
      parts.add("whitespace ignored");
    }
    if (caseIgnored()) {
      parts.add("case ignored");
    }
    if (rowOrderIgnored()) {
      parts.add("row order ignored");
    }
    if (columnOrderIgnored()) {
      parts.add("column order ignored");
    }
    renamed.forEach((from, to) -> parts.add("\"" + from + "\" renamed \"" + to + "\""));
    return String.join("; ", parts);
  }
}

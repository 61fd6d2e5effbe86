package org.metaethnography.core.compare;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.metaethnography.core.internal.Quoted;

/**
 * One way a computed table differs from the published table it reproduces: a cell, a row or a
 * column, placed by the row's key and the column's name, with the values or positions it concerns
 * and a message made from them. Differences are made by {@link TableComparison#of}.
 *
 * <p>Rows are numbered as a spreadsheet program numbers them, the header being row 1; columns from
 * 1. Columns are named as in the published table, except an extra column, which only the computed
 * table has.
 */
public final class Difference {
  /** What differs. */
  public enum Kind {
    /** A cell of a row and column both tables have differs. */
    CELL,
    /** A published row is not in the computed table. */
    MISSING_ROW,
    /** A computed row is not in the published table. */
    EXTRA_ROW,
    /** A published column is not in the computed table. */
    MISSING_COLUMN,
    /** A computed column is not in the published table. */
    EXTRA_COLUMN,
    /** A row both tables have is not where the published order puts it. */
    ROW_ORDER,
    /** A column both tables have is not where the published order puts it. */
    COLUMN_ORDER,
    /** A published row has the key of an earlier published row; only the earlier is compared. */
    REPEATED_PUBLISHED_KEY,
    /** A computed row has the key of an earlier computed row; only the earlier is compared. */
    REPEATED_COMPUTED_KEY
  }

  private final Kind kind;
  private final ImmutableList<String> rowKey;
  private final Optional<String> column;
  private final Optional<String> computed;
  private final Optional<String> published;
  private final OptionalInt computedAt;
  private final OptionalInt publishedAt;

  private Difference(
      Kind kind,
      ImmutableList<String> rowKey,
      Optional<String> column,
      Optional<String> computed,
      Optional<String> published,
      OptionalInt computedAt,
      OptionalInt publishedAt) {
    this.kind = kind;
    this.rowKey = rowKey;
    this.column = column;
    this.computed = computed;
    this.published = published;
    this.computedAt = computedAt;
    this.publishedAt = publishedAt;
  }

  /** A differing cell in rows {@code computedRow} and {@code publishedRow}. */
  static Difference cell(
      ImmutableList<String> rowKey,
      String column,
      String computed,
      String published,
      int computedRow,
      int publishedRow) {
    return new Difference(
        Kind.CELL,
        rowKey,
        Optional.of(column),
        Optional.of(computed),
        Optional.of(published),
        OptionalInt.of(computedRow),
        OptionalInt.of(publishedRow));
  }

  /**
   * A difference of a whole row: at row {@code computedRow} of the computed table and {@code
   * publishedRow} of the published one, each 0 where that table has no such row.
   */
  static Difference row(
      Kind kind, ImmutableList<String> rowKey, int computedRow, int publishedRow) {
    return new Difference(
        kind,
        rowKey,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        at(computedRow),
        at(publishedRow));
  }

  /**
   * A difference of a whole column: at column {@code computedColumn} of the computed table and
   * {@code publishedColumn} of the published one, each 0 where that table has no such column.
   */
  static Difference column(Kind kind, String column, int computedColumn, int publishedColumn) {
    return new Difference(
        kind,
        ImmutableList.of(),
        Optional.of(column),
        Optional.empty(),
        Optional.empty(),
        at(computedColumn),
        at(publishedColumn));
  }

  private static OptionalInt at(int position) {
    return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
  }

  /** {@return what differs} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the key of the row that differs, one value per key column (as the published table
   * writes it, or the computed one for an extra row); empty for a difference of a column}
   */
  public ImmutableList<String> rowKey() {
    return rowKey;
  }

  /** {@return the column that differs, or the cell's column; empty for a difference of a row} */
  public Optional<String> column() {
    return column;
  }

  /** {@return the computed cell, for a difference of a cell} */
  public Optional<String> computed() {
    return computed;
  }

  /** {@return the published cell, for a difference of a cell} */
  public Optional<String> published() {
    return published;
  }

  /**
   * {@return where the row (or, for a difference of a column, the column) is in the computed table;
   * empty if it is not there}
   */
  public OptionalInt computedAt() {
    return computedAt;
  }

  /**
   * {@return where the row (or, for a difference of a column, the column) is in the published
   * table; empty if it is not there}
   */
  public OptionalInt publishedAt() {
    return publishedAt;
  }

  /**
   * Returns the difference in words, for example {@code row "34", column "Sharing": computed "0",
   * published "1"} or {@code row "12" (published row 4) is missing from the computed table}. A
   * value longer than 60 characters is cut there, with its length; line breaks and tabs in values
   * are written {@code \n}, {@code \r} and {@code \t}, so that each difference is one line.
   *
   * @return the message
   */
  public String message() {
    String row = rowKey.isEmpty() ? "" : "row " + key(rowKey);
    String col = column.map(c -> "column " + Quoted.shown(c)).orElse("");
    switch (kind) {
      case CELL:
        return String.format(
            "%s, %s: computed %s, published %s",
            row, col, Quoted.shown(computed.orElseThrow()), Quoted.shown(published.orElseThrow()));
      case MISSING_ROW:
        return String.format(
            "%s (published row %d) is missing from the computed table",
            row, publishedAt.getAsInt());
      case EXTRA_ROW:
        return String.format(
            "%s (computed row %d) is not in the published table", row, computedAt.getAsInt());
      case MISSING_COLUMN:
        return String.format(
            "%s (published column %d) is missing from the computed table",
            col, publishedAt.getAsInt());
      case EXTRA_COLUMN:
        return String.format(
            "%s (computed column %d) is not in the published table", col, computedAt.getAsInt());
      case ROW_ORDER:
        return String.format(
            "%s is out of order: computed row %d, published row %d",
            row, computedAt.getAsInt(), publishedAt.getAsInt());
      case COLUMN_ORDER:
        return String.format(
            "%s is out of order: computed column %d, published column %d",
            col, computedAt.getAsInt(), publishedAt.getAsInt());
      case REPEATED_PUBLISHED_KEY:
        return String.format(
            "%s is repeated in the published table at row %d; only its first row is compared",
            row, publishedAt.getAsInt());
      default:
        return String.format(
            "%s is repeated in the computed table at row %d; only its first row is compared",
            row, computedAt.getAsInt());
    }
  }

  /** A row key in words: {@code "34"}, or {@code ("Group A", "34")} for several columns. */
  static String key(ImmutableList<String> key) {
    if (key.size() == 1) {
      return Quoted.shown(key.get(0));
    }
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < key.size(); i++) {
      text.append(i > 0 ? ", " : "").append(Quoted.shown(key.get(i)));
    }
    return text.append(')').toString();
  }

  /** Differences are equal when they are of the same kind, place, values and positions. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Difference other
        && kind == other.kind
        && rowKey.equals(other.rowKey)
        && column.equals(other.column)
        && computed.equals(other.computed)
        && published.equals(other.published)
        && computedAt.equals(other.computedAt)
        && publishedAt.equals(other.publishedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, rowKey, column, computed, published, computedAt, publishedAt);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message();
  }
}

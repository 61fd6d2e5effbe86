package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * A cross-tabulation of key concepts by two {@linkplain Dimension dimensions}: for each pair of
 * {@linkplain Category categories}, how many key concepts are in both. Categories are in order of
 * first appearance.
 */
public final class CrossTab {
  private final Dimension rows;
  private final Dimension columns;
  private final ImmutableMap<Category, ImmutableMap<Category, Integer>> counts;

  CrossTab(
      Dimension rows,
      Dimension columns,
      ImmutableMap<Category, ImmutableMap<Category, Integer>> counts) {
    this.rows = rows;
    this.columns = columns;
    this.counts = counts;
  }

  /** {@return the dimension of the rows} */
  public Dimension rowDimension() {
    return rows;
  }

  /** {@return the dimension of the columns} */
  public Dimension columnDimension() {
    return columns;
  }

  /** {@return the categories of the rows, in order of first appearance} */
  public ImmutableList<Category> rows() {
    return counts.keySet().asList();
  }

  /** {@return the categories of the columns, in order of first appearance} */
  public ImmutableList<Category> columns() {
    return counts.isEmpty()
        ? ImmutableList.of()
        : counts.values().iterator().next().keySet().asList();
  }

  /**
   * {@return how many key concepts are in both categories; 0 if either does not occur}
   *
   * @param row a category of the rows
   * @param column a category of the columns
   */
  public int count(Category row, Category column) {
    return counts
        .getOrDefault(Objects.requireNonNull(row), ImmutableMap.of())
        .getOrDefault(Objects.requireNonNull(column), 0);
  }

  /** Cross-tabulations are equal when their dimensions and counts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CrossTab
        && rows == ((CrossTab) o).rows
        && columns == ((CrossTab) o).columns
        && counts.equals(((CrossTab) o).counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, columns, counts);
  }

  /** Returns the counts by row. */
  @Override
  public String toString() {
    return "CrossTab(" + rows + " x " + columns + ": " + counts + ")";
  }
}

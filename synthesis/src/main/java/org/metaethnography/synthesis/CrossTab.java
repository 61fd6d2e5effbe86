package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * A cross-tabulation of key concepts by two {@linkplain Dimension dimensions}: for each pair of
 * labels, how many key concepts have both. Labels are in order of first appearance.
 */
public final class CrossTab {
  private final Dimension rows;
  private final Dimension columns;
  private final ImmutableMap<String, ImmutableMap<String, Integer>> counts;

  CrossTab(
      Dimension rows, Dimension columns, ImmutableMap<String, ImmutableMap<String, Integer>> counts) {
    this.rows = rows;
    this.columns = columns;
    this.counts = counts;
  }

  /** The dimension of the rows. */
  public Dimension rowDimension() {
    return rows;
  }

  /** The dimension of the columns. */
  public Dimension columnDimension() {
    return columns;
  }

  /** The row labels, in order of first appearance. */
  public ImmutableList<String> rowLabels() {
    return counts.keySet().asList();
  }

  /** The column labels, in order of first appearance. */
  public ImmutableList<String> columnLabels() {
    return counts.isEmpty() ? ImmutableList.of() : counts.values().iterator().next().keySet().asList();
  }

  /** How many key concepts have both labels; 0 if either label does not occur. */
  public int count(String row, String column) {
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

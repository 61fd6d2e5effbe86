package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.metaethnography.model.Paper;

/**
 * How a key concept grid is laid out as a table: which paper attribute (if any) groups its rows,
 * the order of its rows, and how ticked and empty cells are written. Each setting returns a new
 * layout; the default is ungrouped rows in ascending order of reference number, cells written
 * {@code 1} and {@code 0}.
 *
 * <pre>{@code
 * GridLayout layout = GridLayout.standard()
 *     .groupedBy("condition", Paper::condition)
 *     .inOrder(12, 3, 27, 8)
 *     .marks("✓", "");
 * }</pre>
 */
public final class GridLayout {
  private static final GridLayout STANDARD =
      new GridLayout(Optional.empty(), p -> "", Optional.empty(), "1", "0");

  private final Optional<String> groupColumn;
  private final Function<? super Paper, ?> group;
  private final Optional<ImmutableList<Integer>> order;
  private final String present;
  private final String absent;

  private GridLayout(
      Optional<String> groupColumn,
      Function<? super Paper, ?> group,
      Optional<ImmutableList<Integer>> order,
      String present,
      String absent) {
    this.groupColumn = groupColumn;
    this.group = group;
    this.order = order;
    this.present = present;
    this.absent = absent;
  }

  /** Ungrouped rows in ascending order of reference number, cells written {@code 1} and {@code 0}. */
  public static GridLayout standard() {
    return STANDARD;
  }

  /**
   * Groups the rows by a paper attribute shown in a first column named {@code column}. Groups
   * appear in the order their first paper appears in the row order, and keep that order inside.
   *
   * @param column the name of the group column, for example {@code "condition"}
   * @param attribute the attribute, for example {@code Paper::condition}; its {@code toString()}
   *     is the cell text
   */
  public GridLayout groupedBy(String column, Function<? super Paper, ?> attribute) {
    Objects.requireNonNull(attribute);
    checkArgument(!column.isBlank(), "group column name must not be blank");
    return new GridLayout(Optional.of(column), attribute, order, present, absent);
  }

  /**
   * Orders the rows by reference number as given, for example as a published grid lists its
   * papers; the list must hold every paper of the grid exactly once.
   */
  public GridLayout inOrder(int... references) {
    return inOrder(Ints.asList(references));
  }

  /**
   * Orders the rows by reference number as given; the list must hold every paper of the grid
   * exactly once.
   */
  public GridLayout inOrder(Iterable<Integer> references) {
    return new GridLayout(
        groupColumn, group, Optional.of(ImmutableList.copyOf(references)), present, absent);
  }

  /** Writes a ticked cell as {@code present} and an empty one as {@code absent}. */
  public GridLayout marks(String present, String absent) {
    return new GridLayout(
        groupColumn, group, order, Objects.requireNonNull(present), Objects.requireNonNull(absent));
  }

  Optional<String> groupColumn() {
    return groupColumn;
  }

  String groupOf(Paper paper) {
    return Objects.requireNonNull(
            group.apply(paper), () -> "the grouping attribute has no value for paper " + paper)
        .toString();
  }

  Optional<ImmutableList<Integer>> order() {
    return order;
  }

  String mark(boolean ticked) {
    return ticked ? present : absent;
  }
}

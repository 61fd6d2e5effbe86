package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;

/**
 * How a key concept grid is laid out as a table: whether its rows are papers or studies, which
 * paper attribute (if any) groups its rows, the order of its rows, and how ticked and empty cells
 * are written. Each setting returns a new layout; the default is one row per paper, ungrouped, in
 * the review's own order of papers, cells written {@code 1} and {@code 0}.
 *
 * <pre>{@code
 * GridLayout layout = GridLayout.standard()
 *     .groupedBy("condition", Paper::condition)
 *     .inOrder(12, 3, 27, 8)
 *     .marks("✓", "");
 * GridLayout sorted = GridLayout.standard().sortedBy(Comparator.comparing(Paper::citation));
 * }</pre>
 */
public final class GridLayout {
  private static final GridLayout STANDARD =
      new GridLayout(false, Optional.empty(), p -> "", Order.REVIEW, "1", "0");

  private final boolean studies;
  private final Optional<String> groupColumn;
  private final Function<? super Paper, ?> group;
  private final Order order;
  private final String present;
  private final String absent;

  /** The order of the rows: the review's, an explicit list of citations, or a sort. */
  private record Order(
      Optional<ImmutableList<Citation>> citations, Optional<Comparator<? super Paper>> sort) {
    static final Order REVIEW = new Order(Optional.empty(), Optional.empty());
  }

  private GridLayout(
      boolean studies,
      Optional<String> groupColumn,
      Function<? super Paper, ?> group,
      Order order,
      String present,
      String absent) {
    this.studies = studies;
    this.groupColumn = groupColumn;
    this.group = group;
    this.order = order;
    this.present = present;
    this.absent = absent;
  }

  /**
   * One row per paper, ungrouped, in the review's own order of papers, cells written {@code 1} and
   * {@code 0}.
   *
   * @return the standard layout
   */
  public static GridLayout standard() {
    return STANDARD;
  }

  /**
   * Makes the rows studies rather than papers: a study reported in several papers is one row (its
   * main report's), ticked where any of its reports is, and the totals count studies.
   *
   * @return the layout with study rows
   */
  public GridLayout byStudy() {
    return new GridLayout(true, groupColumn, group, order, present, absent);
  }

  /**
   * Groups the rows by a paper attribute shown in a first column named {@code column}. Groups
   * appear in the order their first paper appears in the row order, and keep that order inside. An
   * attribute that is an {@link Optional} is shown by its value, or as an empty cell.
   *
   * @param column the name of the group column, for example {@code "condition"}
   * @param attribute the attribute, for example {@code Paper::condition}; its {@code toString()} is
   *     the cell text
   * @return the grouped layout
   */
  public GridLayout groupedBy(String column, Function<? super Paper, ?> attribute) {
    Objects.requireNonNull(attribute);
    checkArgument(!column.isBlank(), "group column name must not be blank");
    return new GridLayout(studies, Optional.of(column), attribute, order, present, absent);
  }

  /**
   * Orders the rows by reference number as given, for example as a published grid lists its papers;
   * the list must hold every row of the grid exactly once.
   *
   * @param references the reference numbers in row order
   * @return the ordered layout
   */
  public GridLayout inOrder(int... references) {
    return inOrder(Arrays.stream(references).mapToObj(Citation::of).toList());
  }

  /**
   * Orders the rows by citation as given; the list must hold every row of the grid exactly once.
   *
   * @param citations the citations in row order
   * @return the ordered layout
   */
  public GridLayout inOrder(Iterable<Citation> citations) {
    return new GridLayout(
        studies,
        groupColumn,
        group,
        new Order(Optional.of(ImmutableList.copyOf(citations)), Optional.empty()),
        present,
        absent);
  }

  /**
   * Sorts the rows, for example {@code sortedBy(Comparator.comparing(Paper::citation))}; papers the
   * comparator finds equal keep the review's order.
   *
   * @param comparator how to order the papers
   * @return the sorted layout
   */
  public GridLayout sortedBy(Comparator<? super Paper> comparator) {
    return new GridLayout(
        studies,
        groupColumn,
        group,
        new Order(Optional.empty(), Optional.of(Objects.requireNonNull(comparator))),
        present,
        absent);
  }

  /**
   * Writes a ticked cell as {@code present} and an empty one as {@code absent}.
   *
   * @param present the text of a ticked cell
   * @param absent the text of an empty cell
   * @return the layout with these marks
   */
  public GridLayout marks(String present, String absent) {
    return new GridLayout(
        studies,
        groupColumn,
        group,
        order,
        Objects.requireNonNull(present),
        Objects.requireNonNull(absent));
  }

  boolean studies() {
    return studies;
  }

  Optional<String> groupColumn() {
    return groupColumn;
  }

  String groupOf(Paper paper) {
    Object value =
        Objects.requireNonNull(
            group.apply(paper), () -> "the grouping attribute has no value for paper " + paper);
    return value instanceof Optional<?> optional
        ? optional.map(Object::toString).orElse("")
        : value.toString();
  }

  Optional<ImmutableList<Citation>> citations() {
    return order.citations();
  }

  Optional<Comparator<? super Paper>> sort() {
    return order.sort();
  }

  String mark(boolean ticked) {
    return ticked ? present : absent;
  }
}

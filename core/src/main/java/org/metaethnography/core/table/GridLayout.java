package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Stance;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.Synthesis;

/**
 * How a key concept grid is laid out as a table: whether its rows are papers or studies, which
 * paper attribute (if any) groups its rows, the order of its rows, how ticked and empty cells are
 * written (one mark, or one per stance) and which stances the totals count. Each setting returns a
 * new layout; the default is one row per paper, ungrouped, in the review's own order of papers,
 * cells written {@code 1} and {@code 0}, totals counting every ticked cell.
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
      new GridLayout(false, Optional.empty(), Order.REVIEW, Marks.STANDARD);

  private final boolean studies;
  private final Optional<Grouping> grouping;
  private final Order order;
  private final Marks marks;

  /**
   * How cells are written and totals counted: a tick (one mark, or one per stance), an empty cell,
   * and the stances the totals count.
   */
  private record Marks(
      String present,
      String absent,
      Optional<ImmutableMap<Stance, String>> stances,
      ImmutableSet<Stance> counted) {
    static final Marks STANDARD =
        new Marks("1", "0", Optional.empty(), ImmutableSet.copyOf(Stance.values()));
  }

  /** The order of the rows: the review's, an explicit list of citations, or a sort. */
  private record Order(
      Optional<ImmutableList<Citation>> citations, Optional<Comparator<? super Paper>> sort) {
    static final Order REVIEW = new Order(Optional.empty(), Optional.empty());
  }

  /**
   * What groups the rows: the group column's name, the attribute, and whether a paper is listed
   * under each of its values ({@link #groupedByEach}) or in one group ({@link #groupedBy}).
   */
  private record Grouping(String column, Function<? super Paper, ?> attribute, boolean each) {}

  private GridLayout(boolean studies, Optional<Grouping> grouping, Order order, Marks marks) {
    this.studies = studies;
    this.grouping = grouping;
    this.order = order;
    this.marks = marks;
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
    return new GridLayout(true, grouping, order, marks);
  }

  /**
   * Groups the rows by a paper attribute shown in a first column named {@code column}. Groups
   * appear in the order their first paper appears in the row order, and keep that order inside. An
   * attribute that is an {@link Optional} or an {@link OptionalInt} (a paper's year) is shown by
   * its value, or as an empty cell; a multi-valued one (a list, such as {@code p ->
   * p.attribute("country")}) by its values joined with {@code "; "}, the paper in one group of that
   * combination ({@link #groupedByEach} lists it under each value instead).
   *
   * @param column the name of the group column, for example {@code "condition"}
   * @param attribute the attribute, for example {@code Paper::condition}; its {@code toString()} is
   *     the cell text
   * @return the grouped layout
   */
  public GridLayout groupedBy(String column, Function<? super Paper, ?> attribute) {
    Objects.requireNonNull(attribute);
    checkArgument(!column.isBlank(), "group column name must not be blank");
    return new GridLayout(
        studies, Optional.of(new Grouping(column, attribute, false)), order, marks);
  }

  /**
   * Groups the rows by a multi-valued paper attribute shown in a first column named {@code column},
   * a paper's row appearing in the group of each of its values (a paper of two countries is listed
   * under both), and in a group with an empty cell if it has none. Groups appear in the order their
   * first paper appears in the row order, and keep that order inside. The totals still count each
   * paper (or study) once.
   *
   * @param column the name of the group column, for example {@code "country"}
   * @param values the attribute's values, for example {@code p -> p.attribute("country")}; their
   *     {@code toString()} is the cell text; neither the values nor any of them may be null (a
   *     table of a paper whose attribute gives null throws a {@link NullPointerException} naming
   *     the paper)
   * @return the grouped layout
   */
  public GridLayout groupedByEach(
      String column, Function<? super Paper, ? extends Iterable<?>> values) {
    Objects.requireNonNull(values);
    checkArgument(!column.isBlank(), "group column name must not be blank");
    return new GridLayout(studies, Optional.of(new Grouping(column, values, true)), order, marks);
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
        grouping,
        new Order(Optional.of(ImmutableList.copyOf(citations)), Optional.empty()),
        marks);
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
        grouping,
        new Order(Optional.empty(), Optional.of(Objects.requireNonNull(comparator))),
        marks);
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
        grouping,
        order,
        new Marks(
            Objects.requireNonNull(present),
            Objects.requireNonNull(absent),
            marks.stances(),
            marks.counted()));
  }

  /**
   * Writes a ticked cell by the stance it records (a tick without one supports): for example {@code
   * stanceMarks("✓", "(✓)", "✗")}.
   *
   * @param supports the text of a supporting cell
   * @param partlySupports the text of a partly supporting cell
   * @param refutes the text of a refuting cell
   * @return the layout with these marks
   */
  public GridLayout stanceMarks(String supports, String partlySupports, String refutes) {
    return new GridLayout(
        studies,
        grouping,
        order,
        new Marks(
            marks.present(),
            marks.absent(),
            Optional.of(
                ImmutableMap.of(
                    Stance.SUPPORTS, Objects.requireNonNull(supports),
                    Stance.PARTLY_SUPPORTS, Objects.requireNonNull(partlySupports),
                    Stance.REFUTES, Objects.requireNonNull(refutes))),
            marks.counted()));
  }

  /**
   * Counts only cells of the given stances in the totals row (by default every ticked cell is
   * counted, whatever its stance): for example {@code counting(Stance.SUPPORTS,
   * Stance.PARTLY_SUPPORTS)} leaves refutations out of the totals.
   *
   * @param first a stance to count
   * @param more further stances to count
   * @return the layout counting these stances
   */
  public GridLayout counting(Stance first, Stance... more) {
    return new GridLayout(
        studies,
        grouping,
        order,
        new Marks(
            marks.present(), marks.absent(), marks.stances(), Sets.immutableEnumSet(first, more)));
  }

  /**
   * Whether the rows are studies ({@link #byStudy()}) rather than papers.
   *
   * @return {@code true} if a row is a study
   */
  public boolean rowsAreStudies() {
    return studies;
  }

  /**
   * The name of the group column, where the layout groups its rows.
   *
   * @return for example {@code "condition"}, or empty for an ungrouped layout
   */
  public Optional<String> groupColumn() {
    return grouping.map(Grouping::column);
  }

  /**
   * The grid this layout lays out: the synthesis's grid of papers, or by {@link #byStudy()} its
   * grid of studies.
   *
   * @param synthesis the synthesis
   * @return its grid of papers or of studies
   */
  public ConceptGrid grid(Synthesis synthesis) {
    return studies ? synthesis.studyGrid() : synthesis.grid();
  }

  /**
   * The rows of the synthesis's grid as this layout lays them out, by group: the papers (or the
   * studies' main reports) in the layout's order, then, where the layout groups them, gathered by
   * group (groups in the order of their first paper, each paper listed under each of its groups).
   * An ungrouped layout puts every row under the empty group; a grouped one puts a paper without a
   * value there too. Figures of the grid read their rows here, and its table the grouping they are
   * made from, so that they agree.
   *
   * <pre>{@code
   * layout.rows(synthesis).asMap().forEach((group, papers) -> show(group, papers));
   * }</pre>
   *
   * @param synthesis the synthesis
   * @return the rows, each group's papers under it, groups and papers in order
   * @throws IllegalArgumentException if the layout's row order does not hold every row of the grid
   *     exactly once
   */
  public ImmutableListMultimap<String, Paper> rows(Synthesis synthesis) {
    Map<String, List<Paper>> groups = groups(synthesis);
    ImmutableListMultimap.Builder<String, Paper> rows =
        ImmutableListMultimap.builderWithExpectedKeys(groups.size());
    groups.forEach(rows::putAll);
    return rows.build();
  }

  /**
   * The rows as {@link #rows(Synthesis)} gives them, each group's papers under it in a map in group
   * order, for a table to read without a multimap being built; an ungrouped layout, or one without
   * rows, may put an empty list under the empty group. The map and its lists are not to be changed.
   */
  Map<String, List<Paper>> groups(Synthesis synthesis) {
    ConceptGrid grid = grid(synthesis);
    List<Paper> papers;
    if (order.citations().isEmpty()) {
      papers =
          synthesis.review().papers().stream()
              .filter(p -> grid.paper(p.citation()).isPresent())
              .collect(ImmutableList.toImmutableList());
      if (order.sort().isPresent()) {
        papers = ImmutableList.sortedCopyOf(order.sort().get(), papers);
      }
    } else {
      papers = inGivenOrder(grid, order.citations().get());
    }
    if (grouping.isEmpty()) {
      return Map.of("", papers);
    }
    // Gathered by group, groups in the order of their first paper.
    Map<String, List<Paper>> groups = new LinkedHashMap<>();
    for (Paper paper : papers) {
      for (String group : groupsOf(paper)) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(paper);
      }
    }
    return groups;
  }

  /** The grid's papers in the given order of citations, which must name every row once. */
  private static ImmutableList<Paper> inGivenOrder(ConceptGrid grid, List<Citation> order) {
    // An order of as many distinct papers as the grid has rows, each in the grid, names every
    // row once; the messages are written only for an order that is wrong.
    Set<Citation> given = Sets.newHashSetWithExpectedSize(order.size());
    ImmutableList.Builder<Paper> inOrder = ImmutableList.builderWithExpectedSize(order.size());
    boolean everyRow = order.size() == grid.papers().size();
    for (Citation citation : order) {
      if (!given.add(citation)) {
        throw new IllegalArgumentException(
            "the row order names a paper more than once: " + Citation.inMessages(order));
      }
      Optional<Paper> row = grid.paper(citation);
      everyRow &= row.isPresent();
      row.ifPresent(inOrder::add);
    }
    if (!everyRow) {
      Set<Citation> inGrid = Sets.newLinkedHashSet(Lists.transform(grid.papers(), Paper::citation));
      Set<Citation> named = Sets.newLinkedHashSet(order);
      throw new IllegalArgumentException(
          "the row order must name every row of the grid once; missing "
              + Citation.inMessages(Sets.difference(inGrid, named))
              + ", not in the grid "
              + Citation.inMessages(Sets.difference(named, inGrid)));
    }
    return inOrder.build();
  }

  /**
   * The groups a paper's row appears in: the one group of {@link #groupedBy}, or by {@link
   * #groupedByEach} one per distinct value (the empty group if it has none); only for a layout that
   * groups.
   */
  private List<String> groupsOf(Paper paper) {
    Grouping grouping = this.grouping.orElseThrow();
    if (!grouping.each()) {
      return List.of(groupOf(grouping, paper));
    }
    Iterable<?> values =
        Objects.requireNonNull(
            (Iterable<?>) grouping.attribute().apply(paper),
            () -> "the grouping attribute has no values for paper " + paper);
    Set<String> groups = new LinkedHashSet<>();
    for (Object value : values) {
      groups.add(
          Objects.requireNonNull(
                  value, () -> "the grouping attribute gives a null value for paper " + paper)
              .toString());
    }
    return groups.isEmpty() ? List.of("") : List.copyOf(groups);
  }

  private static String groupOf(Grouping grouping, Paper paper) {
    Object value =
        Objects.requireNonNull(
            grouping.attribute().apply(paper),
            () -> "the grouping attribute has no value for paper " + paper);
    if (value instanceof Optional<?> optional) {
      return optional.map(Object::toString).orElse("");
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? Integer.toString(optional.getAsInt()) : "";
    }
    if (value instanceof Collection<?> values) {
      return String.join("; ", values.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  /** How a cell of the grid is written: by its stance, or empty where it is not ticked. */
  String mark(Optional<Stance> stance) {
    if (stance.isEmpty()) {
      return marks.absent();
    }
    return marks.stances().isPresent() ? marks.stances().get().get(stance.get()) : marks.present();
  }

  /**
   * The stances the totals count: every stance unless {@link #counting} says otherwise.
   *
   * @return the stances counted
   */
  public ImmutableSet<Stance> counted() {
    return marks.counted();
  }
}

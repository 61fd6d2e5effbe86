package org.metaethnography.synthesis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stance;

/**
 * The key concept grid: which included papers express which key concepts. Rows are papers, columns
 * are key concepts; a review publishes its incidence (as ticks per paper and key concept) to show
 * how widely each key concept is grounded in the studies.
 *
 * <p>The grid is immutable. Its rows are in the canonical order of their {@linkplain Citation
 * citations} (reference numbers ascending, then labels), whatever order the papers were given in,
 * so that grids over the same papers are equal and two grids over disjoint papers {@linkplain
 * #merge(ConceptGrid) merge} into exactly the grid of all of them. Tables lay the rows out in the
 * review's own order or any other. Its columns keep the order of the key concepts given. Each
 * column is a bit set over the rows.
 *
 * <pre>{@code
 * ConceptGrid grid = ConceptGrid.of(review);
 * int papers = grid.count(review.keyConcept("Respite").orElseThrow());
 * ImmutableMap<Condition, ConceptGrid> byCondition = grid.groupBy(Paper::condition);
 * }</pre>
 */
public final class ConceptGrid {
  /** The stances that support a key concept, fully or in part: every one but refuting it. */
  private static final Set<Stance> SUPPORTING =
      Sets.immutableEnumSet(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS);

  private static final Comparator<Paper> BY_CITATION = Comparator.comparing(Paper::citation);

  private final ImmutableList<Paper> papers;
  private final ImmutableList<KeyConcept> keyConcepts;

  /** The row of each citation, made when first needed (a grouped grid seldom needs it). */
  private final Supplier<ImmutableMap<Citation, Integer>> rowOfCitation;

  private final ImmutableMap<String, Integer> columnOfName;

  /** The columns, over the rows; for a group of another grid's rows, made when first needed. */
  private final Supplier<BitSet[]> columns;

  /**
   * For a group of another grid's rows: its columns and the rows kept, to count without copying.
   */
  private final Subset subset;

  /** Another grid's columns as words, and which of its rows a group keeps. */
  private record Subset(long[][] columns, long[] kept) {
    int count(int column) {
      long[] words = columns[column];
      int count = 0;
      for (int w = 0; w < Math.min(words.length, kept.length); w++) {
        count += Long.bitCount(words[w] & kept[w]);
      }
      return count;
    }
  }

  private final ImmutableMap<Cell, Stance> stances;

  /** A cell by the identities of its paper and key concept, stable across merges and subsets. */
  record Cell(Citation paper, String keyConcept) {}

  private ConceptGrid(
      ImmutableList<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      BitSet[] columns,
      ImmutableMap<Cell, Stance> stances) {
    this(papers, keyConcepts, Suppliers.ofInstance(columns), null, stances);
  }

  /** A grid whose row and column indices the caller has made already. */
  private ConceptGrid(
      ImmutableList<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      BitSet[] columns,
      ImmutableMap<Cell, Stance> stances,
      ImmutableMap<Citation, Integer> rowOfCitation,
      ImmutableMap<String, Integer> columnOfName) {
    this(
        papers,
        keyConcepts,
        Suppliers.ofInstance(columns),
        null,
        stances,
        Suppliers.ofInstance(rowOfCitation),
        columnOfName);
  }

  private ConceptGrid(
      ImmutableList<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      Supplier<BitSet[]> columns,
      Subset subset,
      ImmutableMap<Cell, Stance> stances) {
    this(
        papers,
        keyConcepts,
        columns,
        subset,
        stances,
        Suppliers.memoize(() -> indexOf(papers, Paper::citation)),
        indexOf(keyConcepts, KeyConcept::name));
  }

  private ConceptGrid(
      ImmutableList<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      Supplier<BitSet[]> columns,
      Subset subset,
      ImmutableMap<Cell, Stance> stances,
      Supplier<ImmutableMap<Citation, Integer>> rowOfCitation,
      ImmutableMap<String, Integer> columnOfName) {
    this.papers = papers;
    this.keyConcepts = keyConcepts;
    this.columns = columns;
    this.subset = subset;
    this.stances = stances;
    this.rowOfCitation = rowOfCitation;
    this.columnOfName = columnOfName;
  }

  private static <T, K> ImmutableMap<K, Integer> indexOf(List<T> values, Function<T, K> key) {
    ImmutableMap.Builder<K, Integer> index = ImmutableMap.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      index.put(key.apply(values.get(i)), i);
    }
    return index.buildOrThrow();
  }

  /**
   * {@return the grid of a review: its included papers by its key concepts, ticked where the review
   * records an {@link Incidence}}
   *
   * @param review the review
   */
  public static ConceptGrid of(Review review) {
    return of(review.papers(), review.keyConcepts(), review.incidences());
  }

  /**
   * Returns the grid of the given papers by the given key concepts, ticked at the given cells, with
   * the stance each cell records (a cell without one supports its key concept).
   *
   * @param papers the rows: papers with distinct citations, in any order
   * @param keyConcepts the columns: key concepts with distinct names, in presentation order
   * @param incidences the ticked cells; each must name one of the papers and key concepts
   * @return the grid
   * @throws IllegalArgumentException if a citation or key concept name is repeated, or a cell names
   *     a paper or key concept that is not in the grid (every such cell is named)
   */
  public static ConceptGrid of(
      Iterable<Paper> papers, Iterable<KeyConcept> keyConcepts, Iterable<Incidence> incidences) {
    ImmutableList<Paper> rows = sortedDistinct(papers);
    ImmutableList<KeyConcept> cols = ImmutableList.copyOf(keyConcepts);
    ImmutableMap.Builder<String, Integer> columnIndex =
        ImmutableMap.builderWithExpectedSize(cols.size());
    for (int col = 0; col < cols.size(); col++) {
      columnIndex.put(cols.get(col).name(), col);
    }
    // A repeated name keeps one entry, so that the index is smaller than the columns.
    ImmutableMap<String, Integer> columnOf = columnIndex.buildKeepingLast();
    checkArgument(
        columnOf.size() == cols.size(), "key concept names must be unique in a grid: %s", cols);
    BitSet[] columns = newColumns(cols.size());
    Map<Cell, Stance> stances = new LinkedHashMap<>();
    ImmutableMap<Citation, Integer> rowOf = indexOf(rows, Paper::citation);
    List<String> unknown = new ArrayList<>();
    // A review lists its cells paper by paper, as a grid is read, so the previous cell's row is
    // looked up again only when the paper changes.
    Citation previous = null;
    Integer row = null;
    for (Incidence cell : incidences) {
      if (!cell.paper().equals(previous)) {
        previous = cell.paper();
        row = rowOf.get(previous);
      }
      Integer col = columnOf.get(cell.keyConcept());
      if (row == null || col == null) {
        unknown.add(cell.toString());
      } else {
        columns[col].set(row);
        cell.stance()
            .filter(s -> s != Stance.SUPPORTS)
            .ifPresent(s -> stances.put(new Cell(cell.paper(), cell.keyConcept()), s));
      }
    }
    checkArgument(
        unknown.isEmpty(),
        "grid cells name papers or key concepts that are not in the grid: %s",
        unknown);
    return new ConceptGrid(rows, cols, columns, ImmutableMap.copyOf(stances), rowOf, columnOf);
  }

  /**
   * The grid of rows already in canonical order (from {@link #sortedDistinct}), with its columns
   * and the stances of its cells other than support; the columns are taken, not copied.
   */
  static ConceptGrid ofSortedRows(
      ImmutableList<Paper> rows,
      ImmutableList<KeyConcept> keyConcepts,
      BitSet[] columns,
      ImmutableMap<Cell, Stance> stances) {
    return new ConceptGrid(rows, keyConcepts, columns, stances);
  }

  /**
   * Sorts papers into the canonical order of their citations and checks that no citation repeats.
   * Papers cited by number alone are sorted as numbers (a primitive sort); others by the citation
   * order.
   */
  static ImmutableList<Paper> sortedDistinct(Iterable<Paper> papers) {
    ImmutableList<Paper> given = ImmutableList.copyOf(papers);
    ImmutableList<Paper> rows = byNumber(given);
    if (rows == null) {
      rows = ImmutableList.sortedCopyOf(BY_CITATION, given);
    }
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).citation().equals(rows.get(i - 1).citation())) {
        throw new IllegalArgumentException(
            "paper "
                + rows.get(i).citation().inMessages()
                + " appears twice; a grid's papers must have distinct citations");
      }
    }
    return rows;
  }

  /** The papers sorted by reference number, or null if one is not cited by number alone. */
  private static ImmutableList<Paper> byNumber(ImmutableList<Paper> papers) {
    long[] keyed = new long[papers.size()];
    for (int i = 0; i < keyed.length; i++) {
      Citation citation = papers.get(i).citation();
      if (citation.number().isEmpty() || citation.label().isPresent()) {
        return null;
      }
      keyed[i] = ((long) citation.number().getAsInt() << 32) | i;
    }
    Arrays.sort(keyed);
    ImmutableList.Builder<Paper> sorted = ImmutableList.builderWithExpectedSize(keyed.length);
    for (long key : keyed) {
      sorted.add(papers.get((int) key));
    }
    return sorted.build();
  }

  private static BitSet[] newColumns(int count) {
    BitSet[] columns = new BitSet[count];
    for (int i = 0; i < count; i++) {
      columns[i] = new BitSet();
    }
    return columns;
  }

  /** {@return the rows: the grid's papers in the canonical order of their citations} */
  public ImmutableList<Paper> papers() {
    return papers;
  }

  /** {@return the columns: the key concepts in the order given} */
  public ImmutableList<KeyConcept> keyConcepts() {
    return keyConcepts;
  }

  /** {@return the citations of the rows, in canonical order} */
  public ImmutableSortedSet<Citation> citations() {
    return ImmutableSortedSet.copyOf(rowOfCitation.get().keySet());
  }

  /**
   * How many of the papers that express {@code keyConcept} have each value of a paper attribute,
   * for example the conditions of the papers behind a key concept. Values are in the order they
   * first appear among those papers.
   *
   * @throws IllegalArgumentException if the key concept is not a column of this grid
   * @param keyConcept a column of this grid
   * @param attribute the paper attribute to count by
   * @param <K> the type of the attribute's values
   * @return the count of papers by attribute value
   */
  public <K> ImmutableMap<K, Integer> countBy(
      KeyConcept keyConcept, Function<? super Paper, ? extends K> attribute) {
    return PaperGroups.<K>of(papersWith(keyConcept), attribute).counts();
  }

  /**
   * {@return how many of the papers that express {@code keyConcept} have each value of a
   * multi-valued paper attribute: a paper with several values is counted under each}
   *
   * @param keyConcept a column of this grid
   * @param attribute the values of the attribute for a paper, for example {@code p ->
   *     p.attribute("country")}
   * @param <K> the type of the attribute's values
   * @throws IllegalArgumentException if the key concept is not a column of this grid
   */
  public <K> ImmutableMap<K, Integer> countByEach(
      KeyConcept keyConcept, Function<? super Paper, ? extends Iterable<? extends K>> attribute) {
    return PaperGroups.<K>ofEach(papersWith(keyConcept), attribute).counts();
  }

  /**
   * Returns the paper with the given citation, if it is a row of this grid.
   *
   * @param citation the paper's citation
   * @return the paper, or empty
   */
  public Optional<Paper> paper(Citation citation) {
    return Optional.ofNullable(rowOfCitation.get().get(Objects.requireNonNull(citation)))
        .map(papers::get);
  }

  /**
   * Whether {@code paper} expresses {@code keyConcept}.
   *
   * @throws IllegalArgumentException if the paper or key concept is not in the grid
   * @param paper a row of this grid
   * @param keyConcept a column of this grid
   * @return whether the cell is ticked
   */
  public boolean contains(Paper paper, KeyConcept keyConcept) {
    return columns.get()[column(keyConcept)].get(row(paper));
  }

  /**
   * The papers that express {@code keyConcept}, in the canonical order of their citations.
   *
   * @throws IllegalArgumentException if the key concept is not a column of this grid
   * @param keyConcept a column of this grid
   * @return the papers whose cell is ticked
   */
  public ImmutableList<Paper> papersWith(KeyConcept keyConcept) {
    BitSet column = columns.get()[column(keyConcept)];
    ImmutableList.Builder<Paper> with = ImmutableList.builderWithExpectedSize(column.cardinality());
    for (int row = column.nextSetBit(0); row >= 0; row = column.nextSetBit(row + 1)) {
      with.add(papers.get(row));
    }
    return with.build();
  }

  /**
   * The key concepts {@code paper} expresses, in column order.
   *
   * @throws IllegalArgumentException if the paper is not a row of this grid
   * @param paper a row of this grid
   * @return the key concepts ticked in its row
   */
  public ImmutableList<KeyConcept> keyConceptsOf(Paper paper) {
    int row = row(paper);
    ImmutableList.Builder<KeyConcept> found = ImmutableList.builder();
    BitSet[] columns = this.columns.get();
    for (int col = 0; col < columns.length; col++) {
      if (columns[col].get(row)) {
        found.add(keyConcepts.get(col));
      }
    }
    return found.build();
  }

  /**
   * {@return the stance of the cell of {@code paper} and {@code keyConcept}: empty where the cell
   * is not ticked, {@link Stance#SUPPORTS} where it is ticked without a stance}
   *
   * @param paper a row of this grid
   * @param keyConcept a column of this grid
   * @throws IllegalArgumentException if the paper or key concept is not in the grid
   */
  public Optional<Stance> stance(Paper paper, KeyConcept keyConcept) {
    int row = row(paper);
    int col = column(keyConcept);
    return columns.get()[col].get(row) ? Optional.of(stanceAt(row, col)) : Optional.empty();
  }

  /**
   * {@return the row of {@code paper}: for each key concept, in column order, the stance of its
   * cell, or empty where the cell is not ticked} A table of the grid reads a row at once this way.
   *
   * @param paper a row of this grid
   * @throws IllegalArgumentException if the paper is not a row of this grid
   */
  public ImmutableList<Optional<Stance>> stancesOf(Paper paper) {
    int row = row(paper);
    BitSet[] columns = this.columns.get();
    @SuppressWarnings("unchecked") // holds only optional stances, and is copied
    Optional<Stance>[] cells = new Optional[columns.length];
    for (int col = 0; col < columns.length; col++) {
      cells[col] = columns[col].get(row) ? PRESENT.get(stanceAt(row, col)) : Optional.empty();
    }
    return ImmutableList.copyOf(cells);
  }

  /** Each stance as a present optional, made once. */
  private static final ImmutableMap<Stance, Optional<Stance>> PRESENT =
      Maps.immutableEnumMap(
          Arrays.stream(Stance.values())
              .collect(Collectors.toMap(Function.identity(), Optional::of)));

  /**
   * {@return the papers that support {@code keyConcept}, fully or in part (every ticked cell but
   * those that refute it), in the canonical order of their citations}
   *
   * @param keyConcept a column of this grid
   * @throws IllegalArgumentException if the key concept is not a column of this grid
   */
  public ImmutableList<Paper> papersSupporting(KeyConcept keyConcept) {
    int col = column(keyConcept);
    BitSet column = columns.get()[col];
    ImmutableList.Builder<Paper> supporting = ImmutableList.builder();
    for (int row = column.nextSetBit(0); row >= 0; row = column.nextSetBit(row + 1)) {
      if (SUPPORTING.contains(stanceAt(row, col))) {
        supporting.add(papers.get(row));
      }
    }
    return supporting.build();
  }

  /** As the method below, finding out whether the two grids have the same rows. */
  ImmutableList<Paper> tickedButNotIn(ConceptGrid other, KeyConcept keyConcept) {
    return tickedButNotIn(other, keyConcept, papers.equals(other.papers));
  }

  /**
   * The papers whose cell of {@code keyConcept} is ticked in this grid but not in {@code other} (or
   * that are no row of {@code other}), in row order: by bit sets where the two grids have the same
   * rows. {@code sameRows} says whether the two grids have the same rows, so that a caller asking
   * of every key concept compares the rows once.
   */
  ImmutableList<Paper> tickedButNotIn(ConceptGrid other, KeyConcept keyConcept, boolean sameRows) {
    BitSet here = columns.get()[column(keyConcept)];
    ImmutableList.Builder<Paper> unticked = ImmutableList.builder();
    if (sameRows) {
      BitSet difference = (BitSet) here.clone();
      difference.andNot(other.columns.get()[other.column(keyConcept)]);
      for (int row = difference.nextSetBit(0); row >= 0; row = difference.nextSetBit(row + 1)) {
        unticked.add(papers.get(row));
      }
    } else {
      for (int row = here.nextSetBit(0); row >= 0; row = here.nextSetBit(row + 1)) {
        Optional<Paper> there = other.paper(papers.get(row).citation());
        if (there.isEmpty() || !other.contains(there.get(), keyConcept)) {
          unticked.add(papers.get(row));
        }
      }
    }
    return unticked.build();
  }

  /**
   * How many papers support {@code keyConcept}, fully or in part: the size of {@link
   * #papersSupporting(KeyConcept)}, counted without listing them.
   */
  int countSupporting(KeyConcept keyConcept) {
    return count(keyConcept, SUPPORTING);
  }

  /** The stance of a ticked cell, by row and column: support unless the grid records another. */
  private Stance stanceAt(int row, int col) {
    return stances.isEmpty()
        ? Stance.SUPPORTS
        : stances.getOrDefault(
            new Cell(papers.get(row).citation(), keyConcepts.get(col).name()), Stance.SUPPORTS);
  }

  /**
   * {@return how many papers express {@code keyConcept} with one of the given stances (a cell
   * without a stance counts as {@link Stance#SUPPORTS})}
   *
   * @param keyConcept a column of this grid
   * @param counted the stances to count
   * @throws IllegalArgumentException if the key concept is not a column of this grid
   */
  public int count(KeyConcept keyConcept, Set<Stance> counted) {
    Objects.requireNonNull(counted);
    int col = column(keyConcept);
    if (stances.isEmpty()) {
      return counted.contains(Stance.SUPPORTS) ? count(col) : 0;
    }
    BitSet column = columns.get()[col];
    int count = 0;
    for (int row = column.nextSetBit(0); row >= 0; row = column.nextSetBit(row + 1)) {
      if (counted.contains(stanceAt(row, col))) {
        count++;
      }
    }
    return count;
  }

  /**
   * How many papers express {@code keyConcept}, whatever their stance: the column's total.
   *
   * @throws IllegalArgumentException if the key concept is not a column of this grid
   * @param keyConcept a column of this grid
   * @return the number of ticked cells in its column
   */
  public int count(KeyConcept keyConcept) {
    return count(column(keyConcept));
  }

  /** The number of ticks in column {@code col}, counted without making a group's columns. */
  private int count(int col) {
    return subset != null ? subset.count(col) : columns.get()[col].cardinality();
  }

  /** {@return how many papers express each key concept, in column order: the grid's totals row} */
  public ImmutableMap<KeyConcept, Integer> counts() {
    ImmutableMap.Builder<KeyConcept, Integer> counts = ImmutableMap.builder();
    for (int col = 0; col < keyConcepts.size(); col++) {
      counts.put(keyConcepts.get(col), count(col));
    }
    return counts.buildOrThrow();
  }

  /** {@return how many cells are ticked in all} */
  public int incidenceCount() {
    int total = 0;
    for (int col = 0; col < keyConcepts.size(); col++) {
      total += count(col);
    }
    return total;
  }

  /** {@return the ticked cells, row by row, each row in column order} */
  public ImmutableList<Incidence> incidences() {
    ImmutableList.Builder<Incidence> cells = ImmutableList.builder();
    for (Paper paper : papers) {
      for (KeyConcept keyConcept : keyConceptsOf(paper)) {
        Stance stance = stances.get(new Cell(paper.citation(), keyConcept.name()));
        cells.add(
            stance == null
                ? Incidence.of(paper.citation(), keyConcept.name())
                : Incidence.of(paper.citation(), keyConcept.name(), stance));
      }
    }
    return cells.build();
  }

  /**
   * {@return the grid of the papers that satisfy {@code include}, with the same columns}
   *
   * @param include which papers to keep
   */
  public ConceptGrid restrictedTo(Predicate<? super Paper> include) {
    int[] kept = new int[papers.size()];
    int count = 0;
    for (int row = 0; row < papers.size(); row++) {
      if (include.test(papers.get(row))) {
        kept[count++] = row;
      }
    }
    return restrictedToRows(Arrays.copyOf(kept, count));
  }

  /**
   * The grid of the given rows (ascending), with the same columns: linear in the rows and ticks.
   */
  private ConceptGrid restrictedToRows(BitSet rows) {
    return restrictedToRows(rows.stream().toArray());
  }

  private ConceptGrid restrictedToRows(int[] kept) {
    int[] newRow = new int[papers.size()];
    Arrays.fill(newRow, -1);
    ImmutableList.Builder<Paper> rows = ImmutableList.builderWithExpectedSize(kept.length);
    for (int i = 0; i < kept.length; i++) {
      newRow[kept[i]] = i;
      rows.add(papers.get(kept[i]));
    }
    BitSet[] columns = this.columns.get();
    BitSet[] restricted = newColumns(columns.length);
    for (int col = 0; col < columns.length; col++) {
      BitSet column = columns[col];
      for (int row = column.nextSetBit(0); row >= 0; row = column.nextSetBit(row + 1)) {
        if (newRow[row] >= 0) {
          restricted[col].set(newRow[row]);
        }
      }
    }
    ImmutableMap.Builder<Cell, Stance> keptStances = ImmutableMap.builder();
    stances.forEach(
        (cell, stance) -> {
          if (newRow[rowOfCitation.get().get(cell.paper())] >= 0) {
            keptStances.put(cell, stance);
          }
        });
    return new ConceptGrid(rows.build(), keyConcepts, restricted, keptStances.buildOrThrow());
  }

  /**
   * Splits the grid by a paper attribute, for example {@code grid.groupBy(Paper::condition)}. The
   * groups partition the rows; each is a grid with the same columns. Groups are in the order in
   * which their key first appears among the rows. Linear in the rows; a group's counts are counted
   * on this grid's columns, and its own columns are made only if asked for.
   *
   * @param attribute the attribute to group by; must not return null
   * @return the grid of each group, by the attribute's value
   * @param <K> the type of the attribute's values
   */
  public <K> ImmutableMap<K, ConceptGrid> groupBy(Function<? super Paper, ? extends K> attribute) {
    Map<K, Integer> groupOfKey = new LinkedHashMap<>();
    int[] groupOf = new int[papers.size()];
    List<ImmutableList.Builder<Paper>> rows = new ArrayList<>();
    List<long[]> kept = new ArrayList<>();
    int words = (papers.size() + 63) >>> 6;
    for (int row = 0; row < papers.size(); row++) {
      Paper paper = papers.get(row);
      K key = Objects.requireNonNull(attribute.apply(paper), () -> "no attribute for " + paper);
      int group = groupOfKey.computeIfAbsent(key, k -> groupOfKey.size());
      if (group == rows.size()) {
        rows.add(ImmutableList.builder());
        kept.add(new long[words]);
      }
      groupOf[row] = group;
      kept.get(group)[row >>> 6] |= 1L << row;
      rows.get(group).add(paper);
    }
    BitSet[] columns = this.columns.get();
    long[][] words64 = new long[columns.length][];
    for (int col = 0; col < columns.length; col++) {
      words64[col] = columns[col].toLongArray();
    }
    List<ImmutableMap.Builder<Cell, Stance>> groupedStances = new ArrayList<>();
    rows.forEach(r -> groupedStances.add(ImmutableMap.builder()));
    stances.forEach(
        (cell, stance) ->
            groupedStances.get(groupOf[rowOfCitation.get().get(cell.paper())]).put(cell, stance));
    ImmutableMap.Builder<K, ConceptGrid> grids = ImmutableMap.builder();
    groupOfKey.forEach(
        (key, group) -> {
          long[] mask = kept.get(group);
          grids.put(
              key,
              new ConceptGrid(
                  rows.get(group).build(),
                  keyConcepts,
                  Suppliers.memoize(() -> restrictedToRows(BitSet.valueOf(mask)).columns.get()),
                  new Subset(words64, mask),
                  groupedStances.get(group).buildOrThrow()));
        });
    return grids.buildOrThrow();
  }

  /**
   * Combines this grid with a grid over other papers into the grid of all of them, as when partial
   * grids extracted by different teams are brought together. The result equals the grid built at
   * once from both sets of papers and cells.
   *
   * @param other a grid with the same columns and no paper in common with this one
   * @return the grid of the papers of both
   * @throws IllegalArgumentException if the columns differ or a citation is in both
   */
  public ConceptGrid merge(ConceptGrid other) {
    checkMergeable("grids", other);
    ImmutableList<Paper> rows =
        ImmutableList.sortedCopyOf(
            BY_CITATION,
            ImmutableList.<Paper>builder().addAll(papers).addAll(other.papers).build());
    ConceptGrid merged =
        new ConceptGrid(
            rows,
            keyConcepts,
            newColumns(keyConcepts.size()),
            ImmutableMap.<Cell, Stance>builder()
                .putAll(stances)
                .putAll(other.stances)
                .buildOrThrow());
    for (ConceptGrid part : List.of(this, other)) {
      for (int col = 0; col < keyConcepts.size(); col++) {
        BitSet column = part.columns.get()[col];
        for (int row = column.nextSetBit(0); row >= 0; row = column.nextSetBit(row + 1)) {
          merged.columns.get()[col].set(
              merged.rowOfCitation.get().get(part.papers.get(row).citation()));
        }
      }
    }
    return merged;
  }

  /**
   * Checks that {@code other} has the same columns and no row in common with this grid, the
   * condition for merging two partial results (of kind {@code what}) over disjoint papers.
   */
  void checkMergeable(String what, ConceptGrid other) {
    checkArgument(
        keyConcepts.equals(other.keyConcepts),
        "%s with different key concepts cannot be merged: %s and %s",
        what,
        keyConcepts,
        other.keyConcepts);
    Set<Citation> shared = Sets.intersection(citations(), other.citations());
    checkArgument(
        shared.isEmpty(),
        "%s over common papers cannot be merged; papers in both: %s",
        what,
        Citation.inMessages(shared));
  }

  private int row(Citation citation) {
    Integer row = rowOfCitation.get().get(Objects.requireNonNull(citation));
    if (row == null) {
      // The message is written only when it is needed: rows are looked up cell by cell.
      throw new IllegalArgumentException(
          "paper " + citation.inMessages() + " is not a row of this grid");
    }
    return row;
  }

  /**
   * {@return the rows that express {@code keyConcept}, a column of this grid} The bit set is the
   * grid's own: callers read it and never change it.
   */
  BitSet rowsWith(KeyConcept keyConcept) {
    return columns.get()[column(keyConcept)];
  }

  /** {@return the rows that express some key concept: the union of the columns} */
  BitSet rowsExpressingAny() {
    BitSet any = new BitSet(papers.size());
    for (BitSet column : columns.get()) {
      any.or(column);
    }
    return any;
  }

  /** Whether {@code paper}, a row of this grid, expresses any key concept. */
  boolean expressesAny(Paper paper) {
    int row = row(paper);
    for (BitSet column : columns.get()) {
      if (column.get(row)) {
        return true;
      }
    }
    return false;
  }

  /** The row of {@code paper}, which must be the grid's paper of that citation. */
  private int row(Paper paper) {
    int row = row(paper.citation());
    if (!papers.get(row).equals(paper)) {
      throw new IllegalArgumentException(
          "paper "
              + paper.citation().inMessages()
              + " is not a row of this grid; its row holds another paper of that citation");
    }
    return row;
  }

  /** The column of {@code keyConcept}, which must be the grid's key concept of that name. */
  private int column(KeyConcept keyConcept) {
    int col = column(keyConcept.name());
    checkArgument(
        keyConcepts.get(col).equals(keyConcept),
        "key concept \"%s\" is not a column of this grid; its column holds another key concept"
            + " of that name",
        keyConcept);
    return col;
  }

  private int column(String keyConcept) {
    Integer col = columnOfName.get(Objects.requireNonNull(keyConcept));
    checkArgument(col != null, "key concept \"%s\" is not a column of this grid", keyConcept);
    return col;
  }

  /**
   * Grids are equal when they have the same papers, key concepts and ticked cells, with the same
   * stances.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ConceptGrid)) {
      return false;
    }
    ConceptGrid that = (ConceptGrid) o;
    return papers.equals(that.papers)
        && keyConcepts.equals(that.keyConcepts)
        && Arrays.equals(columns.get(), that.columns.get())
        && stances.equals(that.stances);
  }

  @Override
  public int hashCode() {
    return Objects.hash(papers, keyConcepts, Arrays.hashCode(columns.get()), stances);
  }

  /** Returns the grid's size and ticked cells. */
  @Override
  public String toString() {
    return String.format(
        "ConceptGrid(%d papers x %d key concepts, %d ticked: %s)",
        papers.size(), keyConcepts.size(), incidenceCount(), incidences());
  }
}

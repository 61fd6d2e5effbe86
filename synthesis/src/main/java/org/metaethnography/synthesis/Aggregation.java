package org.metaethnography.synthesis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Extractions;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Translation;

/**
 * The key concept grid aggregated from raw concepts: a paper expresses a key concept when a raw
 * concept translated into it was extracted from the paper, with the stance of the {@link
 * Support#stance() support} of the cell. Every cell keeps its {@link Support}: which raw concepts,
 * of which orders, found by which reviewers.
 *
 * <p>Aggregates over disjoint papers {@linkplain #merge(Aggregation) merge} into exactly the
 * aggregate of all of them, so extraction can be split among teams and combined.
 *
 * <pre>{@code
 * Aggregation aggregation = Aggregation.of(review);
 * ConceptGrid grid = aggregation.grid();
 * Optional<Support> why = aggregation.support(paper, keyConcept);
 * }</pre>
 */
public final class Aggregation {
  private final ImmutableList<Paper> papers;
  private final ImmutableList<KeyConcept> keyConcepts;
  private final ConceptGrid grid;

  /** The support of every cell, worked out when first asked for. */
  private final Supplier<ImmutableSortedMap<Citation, ImmutableMap<String, Support>>> cells;

  /** The support of one cell, worked out from that paper's extractions alone where it can be. */
  private final CellLookup lookup;

  /** Finds the support of one cell. */
  @FunctionalInterface
  private interface CellLookup {
    Optional<Support> find(Paper paper, KeyConcept keyConcept);
  }

  private Aggregation(
      ConceptGrid grid,
      Supplier<ImmutableSortedMap<Citation, ImmutableMap<String, Support>>> cells,
      CellLookup lookup) {
    this.grid = grid;
    this.papers = grid.papers();
    this.keyConcepts = grid.keyConcepts();
    this.cells = Suppliers.memoize(cells::get);
    this.lookup = lookup != null ? lookup : this::fromCells;
  }

  private Aggregation(
      Iterable<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      ImmutableSortedMap<Citation, ImmutableMap<String, Support>> cells) {
    this(gridOf(papers, keyConcepts, cells), () -> cells, null);
  }

  private Optional<Support> fromCells(Paper paper, KeyConcept keyConcept) {
    return Optional.ofNullable(cells.get().get(paper.citation()))
        .map(row -> row.get(keyConcept.name()));
  }

  private static ConceptGrid gridOf(
      Iterable<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      ImmutableSortedMap<Citation, ImmutableMap<String, Support>> cells) {
    ImmutableList.Builder<Incidence> incidences = ImmutableList.builder();
    cells.forEach(
        (paper, row) ->
            row.forEach((k, support) -> incidences.add(Incidence.of(paper, k, support.stance()))));
    return ConceptGrid.of(papers, keyConcepts, incidences.build());
  }

  /**
   * {@return aggregates the review's extractions through its translations. Extractions of raw
   * concepts that are set aside (or not translated) support no cell}
   *
   * <p>The grid is computed from the extractions' columns, one bit per cell, in time linear in the
   * extractions, papers and key concepts; the {@link Support} of each cell (which raw concepts, by
   * whom) is worked out only when first asked for.
   *
   * @param review the review
   */
  public static Aggregation of(Review review) {
    ImmutableList<KeyConcept> keyConcepts = review.keyConcepts();
    Map<String, Integer> columnOfName = new HashMap<>();
    for (int k = 0; k < keyConcepts.size(); k++) {
      columnOfName.putIfAbsent(keyConcepts.get(k).name(), k);
    }
    Extractions found = review.extractions();
    int[] columnOf = new int[found.concepts().size()];
    for (int c = 0; c < columnOf.length; c++) {
      String name = found.concepts().get(c);
      Optional<Translation> translation = review.translationOf(name);
      Integer column =
          translation.isEmpty() ? null : columnOfName.get(translation.get().keyConcept());
      columnOf[c] = column == null || review.concept(name).isEmpty() ? -1 : column;
    }
    ImmutableList<Paper> rows = ConceptGrid.sortedDistinct(review.papers());
    Map<Citation, Integer> rowOfCitation = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      rowOfCitation.put(rows.get(r).citation(), r);
    }
    int[] rowOf = new int[found.papers().size()];
    for (int p = 0; p < rowOf.length; p++) {
      rowOf[p] = rowOfCitation.getOrDefault(found.papers().get(p), -1);
    }
    BitSet[] columns = new BitSet[keyConcepts.size()];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = new BitSet(rows.size());
    }
    found.forEachPair(
        (i, p, c) -> {
          int column = columnOf[c];
          int row = rowOf[p];
          if (column >= 0 && row >= 0) {
            columns[column].set(row);
          }
        });
    ImmutableMap<ConceptGrid.Cell, Stance> stances =
        stances(found, columnOf, rowOf, rows, keyConcepts);
    ConceptGrid grid = ConceptGrid.ofSortedRows(rows, keyConcepts, columns, stances);
    return new Aggregation(
        grid, () -> supports(review, columnOf), lookup(review, grid, columnOf, columnOfName));
  }

  /**
   * The support of one cell from the extractions of its paper alone ({@link
   * Extractions#positionsOf}), so that one cell of a corpus costs its paper's extractions, not all
   * of them.
   */
  private static CellLookup lookup(
      Review review, ConceptGrid grid, int[] columnOf, Map<String, Integer> columnOfName) {
    Extractions found = review.extractions();
    return (paper, keyConcept) -> {
      Integer column = columnOfName.get(keyConcept.name());
      Optional<Paper> row = grid.paper(paper.citation());
      if (column == null
          || row.isEmpty()
          || !grid.contains(row.get(), grid.keyConcepts().get(column))) {
        return Optional.empty();
      }
      Support support = null;
      for (int position : found.positionsOf(paper.citation())) {
        if (columnOf[found.conceptIndex(position)] == column) {
          Extraction extraction = found.get(position);
          Support one =
              Support.of(
                  extraction.concept(),
                  review.concept(extraction.concept()).orElseThrow().order(),
                  extraction.reviewers(),
                  extraction.stance().orElse(Stance.SUPPORTS));
          support = support == null ? one : support.plus(one);
        }
      }
      return Optional.ofNullable(support);
    };
  }

  /**
   * The stances of the cells other than plain support. Only cells where some extraction records a
   * stance can have one; the extractions of those cells (with or without a stance, the latter
   * supporting) are then combined as {@link Support#stance()} combines them.
   */
  private static ImmutableMap<ConceptGrid.Cell, Stance> stances(
      Extractions found,
      int[] columnOf,
      int[] rowOf,
      ImmutableList<Paper> rows,
      ImmutableList<KeyConcept> keyConcepts) {
    Map<Long, EnumSet<Stance>> marked = new HashMap<>();
    for (int i : found.detailedPositions()) {
      int column = columnOf[found.conceptIndex(i)];
      int row = rowOf[found.paperIndex(i)];
      if (column >= 0 && row >= 0 && found.stance(i).isPresent()) {
        marked.put(((long) row << 32) | column, EnumSet.noneOf(Stance.class));
      }
    }
    if (marked.isEmpty()) {
      return ImmutableMap.of();
    }
    found.forEachPair(
        (i, p, c) -> {
          int column = columnOf[c];
          int row = rowOf[p];
          if (column >= 0 && row >= 0) {
            EnumSet<Stance> stances = marked.get(((long) row << 32) | column);
            if (stances != null) {
              stances.add(found.stance(i).orElse(Stance.SUPPORTS));
            }
          }
        });
    ImmutableMap.Builder<ConceptGrid.Cell, Stance> stances = ImmutableMap.builder();
    marked.forEach(
        (cell, set) -> {
          Stance stance = set.size() == 1 ? set.iterator().next() : Stance.PARTLY_SUPPORTS;
          if (stance != Stance.SUPPORTS) {
            stances.put(
                new ConceptGrid.Cell(
                    rows.get((int) (cell >>> 32)).citation(),
                    keyConcepts.get((int) (long) cell).name()),
                stance);
          }
        });
    return stances.buildOrThrow();
  }

  /**
   * The support of every cell, extraction by extraction, read from the extractions' columns: only
   * an extraction that records reviewers or a stance is made, to read them. {@code columnOf} gives
   * the grid column of each concept index of the extractions, or -1 for a concept that supports no
   * key concept of the review.
   */
  private static ImmutableSortedMap<Citation, ImmutableMap<String, Support>> supports(
      Review review, int[] columnOf) {
    Extractions found = review.extractions();
    ImmutableList<KeyConcept> keyConcepts = review.keyConcepts();
    // Each concept's order, looked up once per concept rather than once per extraction.
    List<Optional<Order>> orderOf = new ArrayList<>(found.concepts().size());
    for (int c = 0; c < found.concepts().size(); c++) {
      orderOf.add(
          columnOf[c] < 0
              ? Optional.empty()
              : review.concept(found.concepts().get(c)).orElseThrow().order());
    }
    Support[][] cells = new Support[found.papers().size()][];
    int[] detailed = found.detailedPositions();
    int[] nextDetailed = {0};
    found.forEachPair(
        (position, paper, concept) -> {
          boolean isDetailed =
              nextDetailed[0] < detailed.length && detailed[nextDetailed[0]] == position;
          if (isDetailed) {
            nextDetailed[0]++;
          }
          int column = columnOf[concept];
          if (column < 0) {
            return;
          }
          Extraction extraction = isDetailed ? found.get(position) : null;
          Support support =
              Support.of(
                  found.concepts().get(concept),
                  orderOf.get(concept),
                  extraction == null ? List.of() : extraction.reviewers(),
                  extraction == null
                      ? Stance.SUPPORTS
                      : extraction.stance().orElse(Stance.SUPPORTS));
          if (cells[paper] == null) {
            cells[paper] = new Support[keyConcepts.size()];
          }
          Support[] row = cells[paper];
          row[column] = row[column] == null ? support : row[column].plus(support);
        });
    ImmutableSortedMap.Builder<Citation, ImmutableMap<String, Support>> frozen =
        ImmutableSortedMap.naturalOrder();
    for (int paper = 0; paper < cells.length; paper++) {
      if (cells[paper] != null) {
        ImmutableMap.Builder<String, Support> ordered = ImmutableMap.builder();
        for (int column = 0; column < keyConcepts.size(); column++) {
          if (cells[paper][column] != null) {
            ordered.put(keyConcepts.get(column).name(), cells[paper][column]);
          }
        }
        frozen.put(found.papers().get(paper), ordered.buildOrThrow());
      }
    }
    return frozen.buildOrThrow();
  }

  private static ImmutableSortedMap<Citation, ImmutableMap<String, Support>> freeze(
      Map<Citation, ? extends Map<String, Support>> cells, ImmutableList<KeyConcept> keyConcepts) {
    ImmutableSortedMap.Builder<Citation, ImmutableMap<String, Support>> frozen =
        ImmutableSortedMap.naturalOrder();
    cells.forEach(
        (paper, row) -> {
          ImmutableMap.Builder<String, Support> ordered = ImmutableMap.builder();
          for (KeyConcept keyConcept : keyConcepts) {
            Support support = row.get(keyConcept.name());
            if (support != null) {
              ordered.put(keyConcept.name(), support);
            }
          }
          frozen.put(paper, ordered.buildOrThrow());
        });
    return frozen.buildOrThrow();
  }

  /** {@return the papers, in the canonical order of their citations} */
  public ImmutableList<Paper> papers() {
    return papers;
  }

  /** {@return the key concept grid the raw concepts support} */
  public ConceptGrid grid() {
    return grid;
  }

  /**
   * What supports the cell of {@code paper} and {@code keyConcept}: the raw concepts translated
   * into the key concept that were found in the paper.
   *
   * @param paper an included paper
   * @param keyConcept a key concept of the review
   * @return the support, or empty if no raw concept supports the cell
   */
  public Optional<Support> support(Paper paper, KeyConcept keyConcept) {
    Objects.requireNonNull(paper);
    Objects.requireNonNull(keyConcept);
    return lookup.find(paper, keyConcept);
  }

  /**
   * {@return every supported cell with its support, paper by paper in the canonical order of
   * citations, each paper's cells in column order}
   */
  public ImmutableMap<Incidence, Support> supports() {
    ImmutableMap.Builder<Incidence, Support> all = ImmutableMap.builder();
    cells.get().forEach((paper, row) -> row.forEach((k, s) -> all.put(Incidence.of(paper, k), s)));
    return all.buildOrThrow();
  }

  /**
   * Combines this aggregate with one over other papers into the aggregate of all of them.
   *
   * @throws IllegalArgumentException if the key concepts differ or a paper is in both
   * @param other the aggregate over other papers
   * @return the aggregate over the papers of both
   */
  public Aggregation merge(Aggregation other) {
    grid.checkMergeable("aggregates", other.grid);
    Map<Citation, ImmutableMap<String, Support>> cells = new TreeMap<>(this.cells.get());
    cells.putAll(other.cells.get());
    return new Aggregation(
        ImmutableList.<Paper>builder().addAll(papers).addAll(other.papers).build(),
        keyConcepts,
        freeze(cells, keyConcepts));
  }

  /** Aggregates are equal when their grids and the supports of every cell are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregation
        && grid.equals(((Aggregation) o).grid)
        && cells.get().equals(((Aggregation) o).cells.get());
  }

  @Override
  public int hashCode() {
    return Objects.hash(grid, cells.get());
  }

  /** Returns the supported cells. */
  @Override
  public String toString() {
    return "Aggregation" + supports();
  }
}

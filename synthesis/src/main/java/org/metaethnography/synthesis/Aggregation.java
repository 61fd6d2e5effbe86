package org.metaethnography.synthesis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Extractions;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
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
    Map<String, String> keyConceptOf = keyConceptOf(review);
    ImmutableList<KeyConcept> keyConcepts = review.keyConcepts();
    Map<String, Integer> columnOfName = new HashMap<>();
    for (int k = 0; k < keyConcepts.size(); k++) {
      columnOfName.putIfAbsent(keyConcepts.get(k).name(), k);
    }
    Extractions found = review.extractions();
    int[] columnOf = new int[found.concepts().size()];
    for (int c = 0; c < columnOf.length; c++) {
      String name = found.concepts().get(c);
      String keyConcept = keyConceptOf.get(name);
      Integer column = keyConcept == null ? null : columnOfName.get(keyConcept);
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
        grid, () -> supports(review, keyConceptOf), lookup(review, grid, columnOf, columnOfName));
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

  private static Map<String, String> keyConceptOf(Review review) {
    Map<String, String> keyConceptOf = new HashMap<>();
    for (Translation translation : review.translations()) {
      translation.concepts().forEach(c -> keyConceptOf.putIfAbsent(c, translation.keyConcept()));
    }
    return keyConceptOf;
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

  /** The support of every cell, extraction by extraction. */
  private static ImmutableSortedMap<Citation, ImmutableMap<String, Support>> supports(
      Review review, Map<String, String> keyConceptOf) {
    Map<Citation, Map<String, Support>> cells = new TreeMap<>();
    for (Extraction extraction : review.extractions()) {
      String keyConcept = keyConceptOf.get(extraction.concept());
      Optional<Concept> concept = review.concept(extraction.concept());
      if (keyConcept == null || concept.isEmpty()) {
        continue;
      }
      Support support =
          Support.of(
              extraction.concept(),
              concept.get().order(),
              extraction.reviewers(),
              extraction.stance().orElse(Stance.SUPPORTS));
      cells
          .computeIfAbsent(extraction.paper(), p -> new HashMap<>())
          .merge(keyConcept, support, Support::plus);
    }
    return freeze(cells, review.keyConcepts());
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

package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Translation;

/**
 * The key concept grid aggregated from raw concepts: a paper expresses a key concept when a raw
 * concept translated into it was extracted from the paper. Every cell keeps its {@link Support}:
 * which raw concepts, of which orders, found by which reviewers.
 *
 * <p>Aggregates over disjoint papers {@linkplain #merge(Aggregation) merge} into exactly the
 * aggregate of all of them, so extraction can be split among teams and combined.
 *
 * <pre>{@code
 * Aggregation aggregation = Aggregation.of(review);
 * ConceptGrid grid = aggregation.grid();
 * Optional<Support> why = aggregation.support(12, "Respite");
 * }</pre>
 */
public final class Aggregation {
  private final ImmutableList<Paper> papers;
  private final ImmutableList<KeyConcept> keyConcepts;
  private final ImmutableSortedMap<Integer, ImmutableMap<String, Support>> cells;
  private final ConceptGrid grid;

  private Aggregation(
      Iterable<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      ImmutableSortedMap<Integer, ImmutableMap<String, Support>> cells) {
    this.keyConcepts = keyConcepts;
    this.cells = cells;
    ImmutableList.Builder<Incidence> incidences = ImmutableList.builder();
    cells.forEach(
        (paper, row) -> row.keySet().forEach(k -> incidences.add(Incidence.of(paper, k))));
    this.grid = ConceptGrid.of(papers, keyConcepts, incidences.build());
    this.papers = grid.papers();
  }

  /**
   * Aggregates the review's extractions through its translations. Extractions of raw concepts
   * that are set aside (or not translated) support no cell.
   */
  public static Aggregation of(Review review) {
    Map<String, String> keyConceptOf = new HashMap<>();
    for (Translation translation : review.translations()) {
      translation.concepts().forEach(c -> keyConceptOf.putIfAbsent(c, translation.keyConcept()));
    }
    Map<Integer, Map<String, Support>> cells = new TreeMap<>();
    for (Extraction extraction : review.extractions()) {
      String keyConcept = keyConceptOf.get(extraction.concept());
      Optional<Concept> concept = review.concept(extraction.concept());
      if (keyConcept == null || concept.isEmpty()) {
        continue;
      }
      Support support =
          Support.of(extraction.concept(), concept.get().order(), extraction.reviewers());
      cells
          .computeIfAbsent(extraction.paper(), p -> new HashMap<>())
          .merge(keyConcept, support, Support::plus);
    }
    return new Aggregation(review.papers(), review.keyConcepts(), freeze(cells, review.keyConcepts()));
  }

  private static ImmutableSortedMap<Integer, ImmutableMap<String, Support>> freeze(
      Map<Integer, ? extends Map<String, Support>> cells, ImmutableList<KeyConcept> keyConcepts) {
    ImmutableSortedMap.Builder<Integer, ImmutableMap<String, Support>> frozen =
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

  /** The papers, in ascending order of reference number. */
  public ImmutableList<Paper> papers() {
    return papers;
  }

  /** The key concept grid the raw concepts support. */
  public ConceptGrid grid() {
    return grid;
  }

  /**
   * What supports the cell of paper {@code paper} and key concept {@code keyConcept}; empty if
   * no raw concept does.
   */
  public Optional<Support> support(int paper, String keyConcept) {
    Objects.requireNonNull(keyConcept);
    return Optional.ofNullable(cells.get(paper)).map(row -> row.get(keyConcept));
  }

  /**
   * Every supported cell with its support, paper by paper in order of reference number, each
   * paper's cells in column order.
   */
  public ImmutableMap<Incidence, Support> supports() {
    ImmutableMap.Builder<Incidence, Support> all = ImmutableMap.builder();
    cells.forEach((paper, row) -> row.forEach((k, s) -> all.put(Incidence.of(paper, k), s)));
    return all.buildOrThrow();
  }

  /**
   * Combines this aggregate with one over other papers into the aggregate of all of them.
   *
   * @throws IllegalArgumentException if the key concepts differ or a paper is in both
   */
  public Aggregation merge(Aggregation other) {
    grid.checkMergeable("aggregates", other.grid);
    Map<Integer, ImmutableMap<String, Support>> cells = new TreeMap<>(this.cells);
    cells.putAll(other.cells);
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
        && cells.equals(((Aggregation) o).cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grid, cells);
  }

  /** Returns the supported cells. */
  @Override
  public String toString() {
    return "Aggregation" + supports();
  }
}

package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
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
  private final ImmutableSortedMap<Citation, ImmutableMap<String, Support>> cells;
  private final ConceptGrid grid;

  private Aggregation(
      Iterable<Paper> papers,
      ImmutableList<KeyConcept> keyConcepts,
      ImmutableSortedMap<Citation, ImmutableMap<String, Support>> cells) {
    this.keyConcepts = keyConcepts;
    this.cells = cells;
    ImmutableList.Builder<Incidence> incidences = ImmutableList.builder();
    cells.forEach(
        (paper, row) ->
            row.forEach((k, support) -> incidences.add(Incidence.of(paper, k, support.stance()))));
    this.grid = ConceptGrid.of(papers, keyConcepts, incidences.build());
    this.papers = grid.papers();
  }

  /**
   * {@return aggregates the review's extractions through its translations. Extractions of raw
   * concepts that are set aside (or not translated) support no cell}
   *
   * @param review the review
   */
  public static Aggregation of(Review review) {
    Map<String, String> keyConceptOf = new HashMap<>();
    for (Translation translation : review.translations()) {
      translation.concepts().forEach(c -> keyConceptOf.putIfAbsent(c, translation.keyConcept()));
    }
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
    return new Aggregation(
        review.papers(), review.keyConcepts(), freeze(cells, review.keyConcepts()));
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
    Objects.requireNonNull(keyConcept);
    return Optional.ofNullable(cells.get(paper.citation())).map(row -> row.get(keyConcept.name()));
  }

  /**
   * {@return every supported cell with its support, paper by paper in the canonical order of
   * citations, each paper's cells in column order}
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
   * @param other the aggregate over other papers
   * @return the aggregate over the papers of both
   */
  public Aggregation merge(Aggregation other) {
    grid.checkMergeable("aggregates", other.grid);
    Map<Citation, ImmutableMap<String, Support>> cells = new TreeMap<>(this.cells);
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

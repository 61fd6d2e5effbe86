package org.metaethnography.synthesis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.SetMultimap;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Theme;

/**
 * The translation table, the method's signature table: for every key concept (or theme) and every
 * study, the study's own raw concepts translated into it, so that readers can see how the
 * translation was made. It holds the same provenance as the {@link Aggregation}, but in the order
 * the review gives it (key concepts in review order, raw concepts in the order of the review's
 * translations, papers in the order of the extractions) rather than alphabetically.
 *
 * <p>Its {@linkplain #lines() lines} are the long form reviews print (theme, key concept, raw
 * concept, study); {@link #cell(KeyConcept, Paper)} and {@link #cell(Theme, Paper)} are the cells
 * of its wide form.
 *
 * <pre>{@code
 * TranslationTable table = synthesis.translationTable();
 * for (TranslationTable.Line line : table.lines()) {
 *   print(line.keyConcept(), line.concept(), line.paper());
 * }
 * }</pre>
 */
public final class TranslationTable {
  /**
   * One line of the long form: a raw concept found in a paper, and the key concept (and theme, if
   * any) it is translated into.
   *
   * @param theme the theme that groups the key concept, if one does
   * @param keyConcept the key concept
   * @param concept the raw concept
   * @param paper the paper it was found in
   * @param extraction the record of finding it there (reviewers, stance, evidence)
   */
  public record Line(
      Optional<Theme> theme,
      KeyConcept keyConcept,
      Concept concept,
      Paper paper,
      Extraction extraction) {
    /**
     * Checks that no part is null.
     *
     * @param theme the theme that groups the key concept, if one does
     * @param keyConcept the key concept
     * @param concept the raw concept
     * @param paper the paper it was found in
     * @param extraction the record of finding it there
     */
    public Line {
      Objects.requireNonNull(theme);
      Objects.requireNonNull(keyConcept);
      Objects.requireNonNull(concept);
      Objects.requireNonNull(paper);
      Objects.requireNonNull(extraction);
    }
  }

  private final ImmutableList<Line> lines;
  private final ImmutableList<Paper> papers;
  // Made when a cell is first asked for: the long form of the table needs none.
  private final Supplier<ImmutableListMultimap<CellKey, Concept>> cells =
      Suppliers.memoize(this::concepts);

  private record CellKey(String keyConcept, Citation paper) {}

  private TranslationTable(ImmutableList<Line> lines, ImmutableList<Paper> papers) {
    this.lines = lines;
    this.papers = papers;
  }

  /** The raw concepts of each cell, by key concept and paper. */
  private ImmutableListMultimap<CellKey, Concept> concepts() {
    // A set per cell: a raw concept found twice in one paper is listed once.
    SetMultimap<CellKey, Concept> cells =
        MultimapBuilder.linkedHashKeys().linkedHashSetValues().build();
    for (Line line : lines) {
      cells.put(new CellKey(line.keyConcept().name(), line.paper().citation()), line.concept());
    }
    return ImmutableListMultimap.copyOf(cells);
  }

  /**
   * Returns the translation table of {@code review}.
   *
   * @param review the review
   * @return its translation table
   */
  public static TranslationTable of(Review review) {
    return of(review, ConceptPositions.of(review.extractions()));
  }

  /** The translation table of {@code review}, whose extractions {@code found} groups. */
  static TranslationTable of(Review review, ConceptPositions found) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (KeyConcept keyConcept : review.keyConcepts()) {
      Optional<Theme> theme = review.themeOf(keyConcept);
      for (Concept concept : review.rawConceptsOf(keyConcept)) {
        found.forEach(
            concept.name(),
            extraction ->
                review
                    .paper(extraction.paper())
                    .ifPresent(
                        paper ->
                            lines.add(new Line(theme, keyConcept, concept, paper, extraction))));
      }
    }
    return new TranslationTable(lines.build(), review.papers());
  }

  /** {@return the long form: one line per raw concept found in a paper, in the review's order} */
  public ImmutableList<Line> lines() {
    return lines;
  }

  /** {@return the papers, the columns of the wide form, in the review's order} */
  public ImmutableList<Paper> papers() {
    return papers;
  }

  /**
   * {@return the raw concepts translated into {@code keyConcept} that were found in {@code paper},
   * in the review's order: a cell of the wide form}
   *
   * @param keyConcept a key concept of the review
   * @param paper an included paper
   */
  public ImmutableList<Concept> cell(KeyConcept keyConcept, Paper paper) {
    return cells.get().get(new CellKey(keyConcept.name(), paper.citation()));
  }

  /**
   * {@return the raw concepts translated into the key concepts of {@code theme} that were found in
   * {@code paper}, key concept by key concept in the theme's order: a cell of the wide form by
   * theme}
   *
   * @param theme a theme of the review
   * @param paper an included paper
   */
  public ImmutableList<Concept> cell(Theme theme, Paper paper) {
    ImmutableList.Builder<Concept> concepts = ImmutableList.builder();
    for (String keyConcept : theme.keyConcepts()) {
      concepts.addAll(cells.get().get(new CellKey(keyConcept, paper.citation())));
    }
    return concepts.build();
  }

  /** Translation tables are equal when their lines and papers are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TranslationTable that
        && lines.equals(that.lines)
        && papers.equals(that.papers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, papers);
  }

  /** Returns the number of lines. */
  @Override
  public String toString() {
    return "TranslationTable(" + lines.size() + " lines)";
  }
}

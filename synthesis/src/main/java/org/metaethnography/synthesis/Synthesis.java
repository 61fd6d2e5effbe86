package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;

/**
 * Everything computed from one review: the key concept grid, the aggregation of raw concepts with
 * its provenance, the profile of every key concept, their distributions, the conceptual model, the
 * audit, the review flow, the exclusion tallies and the groupings of the included papers. It is a
 * pure function of the review: equal reviews give equal syntheses.
 *
 * <p>The key concept grid of record is the review's own grid where it ticks any cell (as a
 * published grid does); otherwise it is the grid aggregated from raw concepts. Where both exist,
 * the {@linkplain #audit() audit} reports raw-level support the grid of record does not tick.
 *
 * <pre>{@code
 * Synthesis synthesis = Synthesis.of(review);
 * ImmutableMap<KeyConcept, Integer> papersPerKeyConcept = synthesis.grid().counts();
 * OptionalInt included = synthesis.flow().total().articlesIncluded();
 * }</pre>
 */
public final class Synthesis {
  private final Review review;
  private final ConceptGrid grid;
  private final ConceptGrid studyGrid;
  private final ReviewFlow flow;
  private final ExclusionSummary exclusions;
  private final Aggregation aggregation;
  private final ImmutableList<KeyConceptProfile> profiles;
  private final ConceptualModel model;
  private final Audit audit;

  private Synthesis(Review review) {
    this.review = review;
    this.aggregation = Aggregation.of(review);
    this.grid = review.incidences().isEmpty() ? aggregation.grid() : ConceptGrid.of(review);
    this.studyGrid = studyGrid(review, grid);
    this.flow = ReviewFlow.of(review);
    this.exclusions = ExclusionSummary.of(review);
    this.profiles =
        review.keyConcepts().stream()
            .map(k -> KeyConceptProfile.of(review, k, grid))
            .collect(ImmutableList.toImmutableList());
    this.model = ConceptualModel.of(review);
    this.audit = Audit.of(review, grid, profiles, aggregation);
  }

  /**
   * Synthesizes {@code review}: computes every view of it at once.
   *
   * @param review the review
   * @return everything computed from it
   */
  public static Synthesis of(Review review) {
    return new Synthesis(review);
  }

  /** {@return the review synthesized} */
  public Review review() {
    return review;
  }

  /**
   * {@return the key concept grid of record: included papers by key concepts, as the review ticks
   * it, or as its raw concepts support it where the review ticks nothing}
   */
  public ConceptGrid grid() {
    return grid;
  }

  /**
   * The key concept grid of record by study: one row per study, where a study reported in several
   * papers ({@link org.metaethnography.model.Study}) is the row of its main report and expresses
   * every key concept any of its reports expresses; a paper in no declared study is a study of its
   * own. Its counts are numbers of studies.
   *
   * @return the grid whose rows are studies
   */
  public ConceptGrid studyGrid() {
    return studyGrid;
  }

  private static ConceptGrid studyGrid(Review review, ConceptGrid grid) {
    if (review.studies().isEmpty()) {
      return grid;
    }
    ImmutableList.Builder<Paper> rows = ImmutableList.builder();
    ImmutableList.Builder<Incidence> cells = ImmutableList.builder();
    for (Paper paper : grid.papers()) {
      Citation row =
          review.studyOf(paper.citation()).map(s -> s.reports().get(0)).orElse(paper.citation());
      if (row.equals(paper.citation())) {
        rows.add(paper);
      }
      grid.keyConceptsOf(paper).forEach(k -> cells.add(Incidence.of(row, k.name())));
    }
    return ConceptGrid.of(rows.build(), grid.keyConcepts(), cells.build());
  }

  /** {@return the key concept grid aggregated from raw concepts, with the support of every cell} */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** {@return the profile of every key concept, in review order} */
  public ImmutableList<KeyConceptProfile> profiles() {
    return profiles;
  }

  /**
   * The profile of {@code keyConcept}, if it is a key concept of the review.
   *
   * @param keyConcept a key concept
   * @return its profile, or empty
   */
  public Optional<KeyConceptProfile> profile(KeyConcept keyConcept) {
    Objects.requireNonNull(keyConcept);
    int index = review.keyConcepts().indexOf(keyConcept);
    return index < 0 ? Optional.empty() : Optional.of(profiles.get(index));
  }

  /**
   * The profile of the key concept named {@code name}: a convenience for {@code
   * profile(review().keyConcept(name))}.
   *
   * @param name a key concept's name
   * @return its profile, or empty if the review has no key concept of that name
   */
  public Optional<KeyConceptProfile> profile(String name) {
    return review.keyConcept(name).flatMap(this::profile);
  }

  /**
   * What supports the cell of the cited paper and the named key concept: a convenience for {@code
   * aggregation().support(paper, keyConcept)} by citation and name.
   *
   * @param paper the paper's citation
   * @param keyConcept the key concept's name
   * @return the support, or empty if the paper or key concept is not in the review or no raw
   *     concept supports the cell
   */
  public Optional<Support> support(Citation paper, String keyConcept) {
    Optional<Paper> found = review.paper(paper);
    Optional<KeyConcept> column = review.keyConcept(keyConcept);
    return found.isPresent() && column.isPresent()
        ? aggregation.support(found.get(), column.get())
        : Optional.empty();
  }

  /**
   * What supports the cell of the paper with the given reference number and the named key concept:
   * a convenience for {@link #support(Citation, String)}.
   *
   * @param reference the paper's reference number
   * @param keyConcept the key concept's name
   * @return the support, or empty
   */
  public Optional<Support> support(int reference, String keyConcept) {
    Objects.requireNonNull(keyConcept);
    return reference >= 1 ? support(Citation.of(reference), keyConcept) : Optional.empty();
  }

  /**
   * {@return how key concepts distribute over stakeholder groups, phases and valence: by the
   * derived classification where the review records raw concepts, else by the declared one}
   */
  public Distributions distributions() {
    return distributions(
        review.concepts().isEmpty() ? Classification.DECLARED : Classification.DERIVED);
  }

  /**
   * {@return how key concepts distribute under the given classification}
   *
   * @param classification whether to count declared or derived classifications
   */
  public Distributions distributions(Classification classification) {
    return Distributions.of(profiles, classification);
  }

  /**
   * {@return the conceptual model: key concepts placed by phase and stakeholder group, and related}
   */
  public ConceptualModel conceptualModel() {
    return model;
  }

  /** {@return the audit's findings} */
  public Audit audit() {
    return audit;
  }

  /** {@return the flow of records through the searches, with totals} */
  public ReviewFlow flow() {
    return flow;
  }

  /** {@return the tallies of papers excluded at quality appraisal, with their total} */
  public ExclusionSummary exclusions() {
    return exclusions;
  }

  /**
   * The included papers grouped by {@code attribute}, in the review's order of papers.
   *
   * @param attribute the attribute to group by, for example {@code Paper::condition} or {@code p ->
   *     p.attributes().get("country")}; must not return null
   * @param <K> the type of the attribute's values
   * @return the papers grouped by the attribute
   */
  public <K> PaperGroups<K> papersBy(Function<? super Paper, ? extends K> attribute) {
    return PaperGroups.of(review.papers(), attribute);
  }

  /**
   * The included papers grouped by intervention format and then by participant perspective, in the
   * review's order of papers: the layout of a table of included studies. Papers that record no
   * format (or no perspective) form the group of {@code Optional.empty()}.
   *
   * @return the papers by format, then by perspective
   */
  public ImmutableMap<Optional<InterventionFormat>, PaperGroups<Optional<Perspective>>>
      papersByFormatAndPerspective() {
    return papersBy(Paper::format).thenBy(Paper::perspective);
  }

  /** Syntheses are equal when they synthesize equal reviews. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Synthesis && review.equals(((Synthesis) o).review);
  }

  @Override
  public int hashCode() {
    return review.hashCode();
  }

  /** Returns what was synthesized. */
  @Override
  public String toString() {
    return "Synthesis of " + review;
  }
}

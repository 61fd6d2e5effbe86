package org.metaethnography.synthesis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Translation;
import org.metaethnography.synthesis.agreement.Agreement;
import org.metaethnography.synthesis.agreement.ExtractionRatings;
import org.metaethnography.synthesis.agreement.ProcessRatings;

/**
 * Everything computed from one review: the key concept grid, the aggregation of raw concepts with
 * its provenance, the profile of every key concept, their distributions, the conceptual model, the
 * audit, the review flow, the exclusion tallies, the groupings of the included papers and the
 * reviewers' agreement on extraction. It is a pure function of the review: equal reviews give equal
 * syntheses. Each view is computed when first asked for and kept (safely across threads), so a
 * program that reads only the grid of a review of a million papers pays only for the grid.
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
  private final Supplier<ConceptGrid> grid;
  private final Supplier<ConceptGrid> studyGrid;
  private final Supplier<TranslationTable> translationTable;
  private final Supplier<ReviewFlow> flow;
  private final Supplier<ExclusionSummary> exclusions;
  private final Supplier<RecordFlow> recordFlow;
  private final Supplier<Aggregation> aggregation;
  private final Supplier<ImmutableList<KeyConceptProfile>> profiles;
  private final Supplier<ConceptualModel> model;
  private final Supplier<Audit> audit;
  private final Supplier<Agreement> extractionAgreement;
  private final Supplier<
          ImmutableMap<Optional<InterventionFormat>, PaperGroups<Optional<Perspective>>>>
      byFormatAndPerspective;

  private final boolean ownGrid;

  private Synthesis(Review review, boolean ownGrid) {
    this.ownGrid = ownGrid;
    this.review = review;
    this.aggregation = Suppliers.memoize(() -> Aggregation.of(review));
    this.grid =
        Suppliers.memoize(() -> ownGrid ? ConceptGrid.of(review) : aggregation.get().grid());
    this.studyGrid = Suppliers.memoize(() -> studyGrid(review, grid.get()));
    Supplier<ConceptPositions> found =
        Suppliers.memoize(() -> ConceptPositions.of(review.extractions()));
    this.translationTable = Suppliers.memoize(() -> TranslationTable.of(review, found.get()));
    this.flow = Suppliers.memoize(() -> ReviewFlow.of(review));
    this.exclusions = Suppliers.memoize(() -> ExclusionSummary.of(review));
    this.recordFlow = Suppliers.memoize(() -> RecordFlow.of(review));
    this.profiles = Suppliers.memoize(() -> KeyConceptProfile.of(review, grid.get()));
    this.model = Suppliers.memoize(() -> ConceptualModel.of(review));
    this.audit =
        Suppliers.memoize(
            () ->
                Audit.of(review, grid.get(), profiles.get(), aggregation.get(), flow.get(), found));
    this.extractionAgreement = Suppliers.memoize(() -> Agreement.of(ExtractionRatings.of(review)));
    this.byFormatAndPerspective =
        Suppliers.memoize(() -> papersBy(Paper::format).thenBy(Paper::perspective));
  }

  /**
   * Synthesizes {@code review}. Nothing is computed until a view is asked for.
   *
   * @param review the review
   * @return everything computed from it
   */
  public static Synthesis of(Review review) {
    return new Synthesis(review, !review.incidences().isEmpty());
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
    return grid.get();
  }

  /**
   * The key concept grid of record by study: one row per study, where a study reported in several
   * papers ({@link org.metaethnography.model.Study}) is the row of its main report and expresses
   * every key concept any of its reports expresses, with the stance its reports agree on (or {@link
   * org.metaethnography.model.Stance#PARTLY_SUPPORTS} where they differ, as for a cell supported by
   * several raw concepts); a paper in no declared study is a study of its own. Its counts are
   * numbers of studies.
   *
   * @return the grid whose rows are studies
   */
  public ConceptGrid studyGrid() {
    return studyGrid.get();
  }

  private static ConceptGrid studyGrid(Review review, ConceptGrid grid) {
    if (review.studies().isEmpty()) {
      return grid;
    }
    ImmutableList.Builder<Paper> rows = ImmutableList.builder();
    Map<Citation, Map<KeyConcept, Set<Stance>>> cells = new LinkedHashMap<>();
    for (Paper paper : grid.papers()) {
      Citation row =
          review.studyOf(paper.citation()).map(s -> s.reports().get(0)).orElse(paper.citation());
      if (row.equals(paper.citation())) {
        rows.add(paper);
      }
      for (KeyConcept keyConcept : grid.keyConceptsOf(paper)) {
        cells
            .computeIfAbsent(row, r -> new LinkedHashMap<>())
            .computeIfAbsent(keyConcept, k -> EnumSet.noneOf(Stance.class))
            .add(grid.stance(paper, keyConcept).orElseThrow());
      }
    }
    ImmutableList.Builder<Incidence> incidences = ImmutableList.builder();
    cells.forEach(
        (row, byKeyConcept) ->
            byKeyConcept.forEach(
                (keyConcept, stances) ->
                    incidences.add(
                        Incidence.of(
                            row,
                            keyConcept.name(),
                            stances.size() == 1
                                ? stances.iterator().next()
                                : Stance.PARTLY_SUPPORTS))));
    return ConceptGrid.of(rows.build(), grid.keyConcepts(), incidences.build());
  }

  /**
   * Synthesizes the review again on the papers that satisfy {@code keep}, as a sensitivity analysis
   * does (for example without the papers appraisal rates weakest). The papers left out take with
   * them their extractions, grid cells, their place among a study's reports (a study left without
   * reports goes) and their role as a translation's index paper; searches, exclusions and
   * everything else of the review stay (so the audit of a restriction may find that the searches
   * included more papers than it holds). The grid of record stays the same kind of grid: where the
   * review ticks its own grid, the restriction's grid of record is that grid without the papers
   * left out, even if none of them is ticked. Restricting to every paper gives an equal synthesis.
   * {@link Sensitivity#compare(Synthesis, Synthesis)} says what changes.
   *
   * @param keep which papers to keep
   * @return the synthesis of the kept papers
   */
  public Synthesis restrictedTo(Predicate<? super Paper> keep) {
    Objects.requireNonNull(keep);
    Set<Citation> kept =
        review.papers().stream()
            .filter(keep)
            .map(Paper::citation)
            .collect(Collectors.toCollection(HashSet::new));
    ImmutableList.Builder<Study> studies = ImmutableList.builder();
    for (Study study : review.studies()) {
      List<Citation> reports = study.reports().stream().filter(kept::contains).toList();
      if (!reports.isEmpty()) {
        studies.add(Study.of(study.name(), reports));
      }
    }
    ImmutableList.Builder<Translation> translations = ImmutableList.builder();
    for (Translation translation : review.translations()) {
      translations.add(
          translation.indexPaper().map(kept::contains).orElse(true)
              ? translation
              : translation.withoutIndexPaper());
    }
    Review restricted =
        Review.builder()
            .from(review)
            .papers(review.papers().stream().filter(p -> kept.contains(p.citation())).toList())
            .extractions(
                review.extractions().stream().filter(e -> kept.contains(e.paper())).toList())
            .incidences(review.incidences().stream().filter(i -> kept.contains(i.paper())).toList())
            .studies(studies.build())
            .translations(translations.build())
            .build();
    // The grid of record stays the same kind of grid: a review's own grid restricted to papers it
    // does not tick is an empty grid, not the grid its raw concepts would give.
    return new Synthesis(restricted, ownGrid);
  }

  /**
   * {@return the translation table: for every key concept (or theme) and paper, the paper's raw
   * concepts translated into it, in the review's order}
   */
  public TranslationTable translationTable() {
    return translationTable.get();
  }

  /** {@return the key concept grid aggregated from raw concepts, with the support of every cell} */
  public Aggregation aggregation() {
    return aggregation.get();
  }

  /** {@return the profile of every key concept, in review order} */
  public ImmutableList<KeyConceptProfile> profiles() {
    return profiles.get();
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
    return index < 0 ? Optional.empty() : Optional.of(profiles.get().get(index));
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
        ? aggregation.get().support(found.get(), column.get())
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
    return Distributions.of(profiles.get(), classification);
  }

  /**
   * {@return the conceptual model: key concepts placed by phase and stakeholder group, and related}
   */
  public ConceptualModel conceptualModel() {
    return model.get();
  }

  /** {@return the audit's findings} */
  public Audit audit() {
    return audit.get();
  }

  /**
   * {@return how far the reviewers agree on which raw concepts each paper holds: the agreement of
   * the review's extractions read as ratings by {@link ExtractionRatings#of(Review)}, in which
   * every (paper, raw concept) pair some reviewer found is rated found or not found by each
   * reviewer who extracted from that paper}
   */
  public Agreement extractionAgreement() {
    return extractionAgreement.get();
  }

  /**
   * How far the reviewers agreed when they screened records on their own at one level: the
   * agreement of their independent votes (see {@link ProcessRatings#screening}).
   *
   * @param level the level of screening
   * @return the agreement; every coefficient undefined (no pairable subjects) for a review that
   *     records no screening at that level
   */
  public Agreement screeningAgreement(ScreeningLevel level) {
    return Agreement.of(ProcessRatings.screening(review, level));
  }

  /**
   * {@return how far the reviewers agreed on the decisions of quality appraisal made on their own
   * (see {@link ProcessRatings#appraisal}); every coefficient undefined for a review that records
   * no appraisals}
   */
  public Agreement appraisalAgreement() {
    return Agreement.of(ProcessRatings.appraisal(review));
  }

  /** {@return the flow of records through the searches, with totals} */
  public ReviewFlow flow() {
    return flow.get();
  }

  /** {@return the tallies of papers excluded at quality appraisal, with their total} */
  public ExclusionSummary exclusions() {
    return exclusions.get();
  }

  /**
   * {@return the flow of the review's records through selection, as a PRISMA 2020 flow diagram
   * reports it; empty (all zeros) for a review that records no process}
   */
  public RecordFlow recordFlow() {
    return recordFlow.get();
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
   * {@return the included papers grouped by a multi-valued attribute, in the review's order of
   * papers: a paper is in the group of each of its values, and the grouping says which papers are
   * in several groups or in none}
   *
   * @param attribute the values of the attribute for a paper, for example {@code p ->
   *     p.attribute("country")}
   * @param <K> the type of the attribute's values
   */
  public <K> PaperGroups<K> papersByEach(
      Function<? super Paper, ? extends Iterable<? extends K>> attribute) {
    return PaperGroups.ofEach(review.papers(), attribute);
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
    return byFormatAndPerspective.get();
  }

  /**
   * Syntheses are equal when they synthesize equal reviews with the same kind of grid of record: a
   * restriction of a review that ticks its own grid keeps that grid as its grid of record even
   * where none of the kept papers is ticked, and so differs from the synthesis of a review equal to
   * the restricted one, whose grid of record is aggregated.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Synthesis
        && review.equals(((Synthesis) o).review)
        && ownGrid == ((Synthesis) o).ownGrid;
  }

  @Override
  public int hashCode() {
    return review.hashCode() * 31 + Boolean.hashCode(ownGrid);
  }

  /** Returns what was synthesized. */
  @Override
  public String toString() {
    return "Synthesis of " + review;
  }
}

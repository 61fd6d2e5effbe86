package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;

/**
 * Everything computed from one review: the key concept grid, the aggregation of raw concepts with
 * its provenance, the profile of every key concept, their distributions, the conceptual model,
 * the audit, the review flow, the exclusion tallies and the groupings of the included papers. It
 * is a pure function of the review: equal reviews give equal syntheses.
 *
 * <p>The key concept grid of record is the review's own grid where it ticks any cell (as a
 * published grid does); otherwise it is the grid aggregated from raw concepts. Where both exist,
 * the {@linkplain #audit() audit} reports raw-level support the grid of record does not tick.
 *
 * <pre>{@code
 * Synthesis synthesis = Synthesis.of(review);
 * ImmutableMap<KeyConcept, Integer> papersPerKeyConcept = synthesis.grid().counts();
 * int included = synthesis.flow().total().articlesIncluded();
 * }</pre>
 */
public final class Synthesis {
  private final Review review;
  private final ConceptGrid grid;
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
    this.flow = ReviewFlow.of(review);
    this.exclusions = ExclusionSummary.of(review);
    this.profiles =
        review.keyConcepts().stream()
            .map(k -> KeyConceptProfile.of(review, k, grid))
            .collect(ImmutableList.toImmutableList());
    this.model = ConceptualModel.of(review);
    this.audit = Audit.of(review, grid, profiles, aggregation);
  }

  /** Synthesizes {@code review}. */
  public static Synthesis of(Review review) {
    return new Synthesis(review);
  }

  /** The review synthesized. */
  public Review review() {
    return review;
  }

  /**
   * The key concept grid of record: included papers by key concepts, as the review ticks it, or
   * as its raw concepts support it where the review ticks nothing.
   */
  public ConceptGrid grid() {
    return grid;
  }

  /** The key concept grid aggregated from raw concepts, with the support of every cell. */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** The profile of every key concept, in review order. */
  public ImmutableList<KeyConceptProfile> profiles() {
    return profiles;
  }

  /** The profile of {@code keyConcept}, if it is a key concept of the review. */
  public Optional<KeyConceptProfile> profile(KeyConcept keyConcept) {
    Objects.requireNonNull(keyConcept);
    return profiles.stream().filter(p -> p.keyConcept().equals(keyConcept)).findFirst();
  }

  /**
   * How key concepts distribute over stakeholder groups, phases and valence: by the derived
   * classification where the review records raw concepts, else by the declared one.
   */
  public Distributions distributions() {
    return distributions(
        review.concepts().isEmpty() ? Classification.DECLARED : Classification.DERIVED);
  }

  /** How key concepts distribute under the given classification. */
  public Distributions distributions(Classification classification) {
    return Distributions.of(profiles, classification);
  }

  /** The conceptual model: key concepts placed by phase and stakeholder group, and related. */
  public ConceptualModel conceptualModel() {
    return model;
  }

  /** The audit's findings. */
  public Audit audit() {
    return audit;
  }

  /** The flow of records through the searches, with totals. */
  public ReviewFlow flow() {
    return flow;
  }

  /** The tallies of papers excluded at quality appraisal, with their total. */
  public ExclusionSummary exclusions() {
    return exclusions;
  }

  /**
   * The included papers grouped by {@code attribute}, in the review's order of papers.
   *
   * @param attribute the attribute to group by, for example {@code Paper::condition} or {@code
   *     p -> p.attributes().get("country")}; must not return null
   */
  public <K> PaperGroups<K> papersBy(Function<? super Paper, ? extends K> attribute) {
    return PaperGroups.of(review.papers(), attribute);
  }

  /**
   * The included papers grouped by intervention format and then by participant perspective, in
   * the review's order of papers: the layout of a table of included studies.
   */
  public ImmutableMap<InterventionFormat, PaperGroups<Perspective>> papersByFormatAndPerspective() {
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

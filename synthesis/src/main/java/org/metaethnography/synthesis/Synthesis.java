package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableMap;
import java.util.function.Function;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;

/**
 * Everything computed from one review: the key concept grid, the review flow, the exclusion
 * tallies and the groupings of the included papers. It is a pure function of the review: equal
 * reviews give equal syntheses.
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

  private Synthesis(Review review) {
    this.review = review;
    this.grid = ConceptGrid.of(review);
    this.flow = ReviewFlow.of(review);
    this.exclusions = ExclusionSummary.of(review);
  }

  /** Synthesizes {@code review}. */
  public static Synthesis of(Review review) {
    return new Synthesis(review);
  }

  /** The review synthesized. */
  public Review review() {
    return review;
  }

  /** The key concept grid: included papers by key concepts. */
  public ConceptGrid grid() {
    return grid;
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

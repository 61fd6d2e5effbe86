package org.metaethnography.core;

import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * The entry point of the library: describe a meta-ethnography fluently, then build or synthesize
 * it.
 *
 * <pre>{@code
 * Synthesis synthesis = MetaEthnography.review("Carers' experience of respite care")
 *     .stakeholders("Carers")
 *     ...
 *     .synthesize();
 * }</pre>
 */
public final class MetaEthnography {
  private MetaEthnography() {}

  /**
   * Starts describing a review.
   *
   * @param title the review's title or question
   * @return a builder that describes the review step by step
   */
  public static ReviewBuilder review(String title) {
    return new ReviewBuilder(title);
  }

  /**
   * Synthesizes a review built elsewhere (for example with {@link Review#builder()}).
   *
   * @param review the review
   * @return everything computed from it
   */
  public static Synthesis synthesize(Review review) {
    return Synthesis.of(review);
  }
}

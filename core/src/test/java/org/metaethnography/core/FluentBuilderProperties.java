package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.metaethnography.model.Review;
import org.metaethnography.model.testing.ReviewGenerators;
import org.metaethnography.synthesis.Synthesis;

/** The fluent builder and {@code Review.builder()} are two front ends of one model. */
final class FluentBuilderProperties {
  @Test
  void fluentDescription_equalsTheReviewBuiltDirectly() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Review described =
                  FluentDescription.describe(review, FluentDescription.stakeholderNames(review))
                      .build();
              assertThat(described).isEqualTo(review);
              assertThat(Synthesis.of(described)).isEqualTo(Synthesis.of(review));
            });
  }
}

package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Translation;
import org.metaethnography.model.testing.ReviewGenerators;

/** Properties of the aggregation of raw concepts into key concepts, over generated reviews. */
final class AggregationProperties {

  @Test
  void aggregation_doesNotDependOnTheOrderOfPapersOrConcepts() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Review shuffled = ReviewGenerators.reordered(review, random);
              assertThat(Aggregation.of(shuffled)).isEqualTo(Aggregation.of(review));
              assertThat(Synthesis.of(shuffled).profiles().stream().map(KeyConceptProfile::stakeholders))
                  .containsExactlyElementsOf(
                      Synthesis.of(review).profiles().stream()
                          .map(KeyConceptProfile::stakeholders)::iterator);
            });
  }

  @Test
  void aggregatedGrid_isTheUnionOfEachTranslationsConceptIncidence() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              ConceptGrid grid = Aggregation.of(review).grid();
              for (KeyConcept keyConcept : review.keyConcepts()) {
                Set<String> translated = new HashSet<>();
                for (Translation t : review.translations()) {
                  if (t.keyConcept().equals(keyConcept.name())) {
                    translated.addAll(t.concepts());
                  }
                }
                Set<Integer> expected = new HashSet<>();
                for (Extraction e : review.extractions()) {
                  if (translated.contains(e.concept())) {
                    expected.add(e.paper());
                  }
                }
                assertThat(grid.papersWith(keyConcept))
                    .extracting(Paper::reference)
                    .containsExactlyInAnyOrderElementsOf(expected);
              }
            });
  }

  @Test
  void mergingTheAggregatesOfTwoDisjointHalves_equalsAggregatingTheWhole() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Set<Integer> left = new HashSet<>();
              review.papers().forEach(p -> {
                if (random.nextBoolean()) {
                  left.add(p.reference());
                }
              });
              Aggregation merged =
                  Aggregation.of(half(review, left::contains))
                      .merge(Aggregation.of(half(review, r -> !left.contains(r))));
              assertThat(merged).isEqualTo(Aggregation.of(review));
            });
  }

  private static Review half(Review review, Predicate<Integer> keep) {
    return Review.builder()
        .from(review)
        .papers(review.papers().stream().filter(p -> keep.test(p.reference()))::iterator)
        .extractions(review.extractions().stream().filter(e -> keep.test(e.paper()))::iterator)
        .incidences(review.incidences().stream().filter(i -> keep.test(i.paper()))::iterator)
        .build();
  }

  @Test
  void removingAPaper_neverAddsASupportedCell() {
    qt().forAll(ReviewGenerators.seededReviews())
        .assuming(seeded -> !seeded.value().papers().isEmpty())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Paper removed =
                  review.papers().get(seeded.random().nextInt(review.papers().size()));
              Review fewer = half(review, r -> r != removed.reference());
              Set<Incidence> before = Aggregation.of(review).supports().keySet();
              assertThat(Aggregation.of(fewer).supports().keySet()).isSubsetOf(before);
              assertThat(Aggregation.of(fewer).supports().keySet())
                  .noneMatch(cell -> cell.paper() == removed.reference());
            });
  }

  @Test
  void derivedStakeholders_areTheUnionOfTheRawConceptsPerspectives() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              for (KeyConceptProfile profile : Synthesis.of(review).profiles()) {
                Set<Stakeholder> union = new HashSet<>();
                for (Translation t : review.translations()) {
                  if (t.keyConcept().equals(profile.keyConcept().name())) {
                    for (String name : t.concepts()) {
                      Concept concept = review.concept(name).orElseThrow();
                      union.addAll(concept.perspective().stakeholders());
                    }
                  }
                }
                assertThat(profile.stakeholders()).isEqualTo(ImmutableSet.copyOf(union));
              }
            });
  }
}

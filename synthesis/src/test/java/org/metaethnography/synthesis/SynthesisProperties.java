package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.testing.ReviewGenerators;

/** Properties of the synthesis over generated reviews. */
final class SynthesisProperties {
  private static final List<Function<Paper, ?>> ATTRIBUTES =
      List.of(
          Paper::condition,
          Paper::format,
          Paper::perspective,
          Paper::year,
          p -> p.attributes().getOrDefault("country", "none"));

  @Test
  void gridTotals_equalTheColumnSums() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              ConceptGrid grid = ConceptGrid.of(review);
              // Expected counts come from the review's own incidences, not from the grid.
              for (KeyConcept keyConcept : review.keyConcepts()) {
                long ticked =
                    review.incidences().stream()
                        .filter(i -> i.keyConcept().equals(keyConcept.name()))
                        .count();
                assertThat(grid.counts().get(keyConcept)).isEqualTo((int) ticked);
              }
              for (Incidence cell : review.incidences()) {
                assertThat(grid.contains(cell.paper(), cell.keyConcept())).isTrue();
              }
              assertThat(grid.incidenceCount()).isEqualTo(review.incidences().size());
            });
  }

  @Test
  void flowAndExclusionTotals_equalTheColumnSums() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              StageCounts total = synthesis.flow().total();
              List<StageCounts> counts =
                  review.searches().stream().map(Search::counts).collect(ImmutableList.toImmutableList());
              assertThat(total.abstractsReviewed())
                  .isEqualTo(counts.stream().mapToInt(StageCounts::abstractsReviewed).sum());
              assertThat(total.articlesRetrieved())
                  .isEqualTo(counts.stream().mapToInt(StageCounts::articlesRetrieved).sum());
              assertThat(total.articlesAppraised())
                  .isEqualTo(counts.stream().mapToInt(StageCounts::articlesAppraised).sum());
              assertThat(total.articlesIncluded())
                  .isEqualTo(counts.stream().mapToInt(StageCounts::articlesIncluded).sum());
              assertThat(synthesis.exclusions().total())
                  .isEqualTo(review.exclusions().stream().mapToInt(ExclusionTally::papers).sum());
            });
  }

  @Test
  void groupingByAnyAttribute_partitionsThePapers() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              for (Function<Paper, ?> attribute : ATTRIBUTES) {
                PaperGroups<?> groups = PaperGroups.of(review.papers(), attribute);
                assertThat(groups.papers()).containsExactlyInAnyOrderElementsOf(review.papers());
                for (Object key : groups.keys()) {
                  assertThat(groups.asMultimap().get(castKey(key)))
                      .allSatisfy(p -> assertThat((Object) attribute.apply(p)).isEqualTo(key));
                }
                ConceptGrid grid = ConceptGrid.of(review);
                List<Paper> rows = new ArrayList<>();
                int ticks = 0;
                for (ConceptGrid part : grid.groupBy(attribute).values()) {
                  rows.addAll(part.papers());
                  ticks += part.incidenceCount();
                }
                assertThat(rows).containsExactlyInAnyOrderElementsOf(review.papers());
                assertThat(ticks).isEqualTo(grid.incidenceCount());
              }
            });
  }

  @SuppressWarnings("unchecked")
  private static <K> K castKey(Object key) {
    return (K) key;
  }

  @Test
  void mergingGridsOfDisjointPapers_equalsTheGridOfTheUnion() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Set<Integer> left = new HashSet<>();
              for (Paper paper : review.papers()) {
                if (random.nextBoolean()) {
                  left.add(paper.reference());
                }
              }
              ConceptGrid whole = ConceptGrid.of(review);
              ConceptGrid merged = part(review, left, true).merge(part(review, left, false));
              assertThat(merged).isEqualTo(whole);
              assertThat(merged.counts()).isEqualTo(whole.counts());
            });
  }

  private static ConceptGrid part(Review review, Set<Integer> left, boolean inLeft) {
    return ConceptGrid.of(
        review.papers().stream().filter(p -> left.contains(p.reference()) == inLeft)::iterator,
        review.keyConcepts(),
        review.incidences().stream().filter(i -> left.contains(i.paper()) == inLeft)::iterator);
  }

  @Test
  void computedCounts_doNotDependOnTheOrderFactsWereAdded() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Review shuffled = ReviewGenerators.reordered(review, random);
              Synthesis original = Synthesis.of(review);
              Synthesis other = Synthesis.of(shuffled);
              assertThat(other.grid()).isEqualTo(original.grid());
              assertThat(other.aggregation()).isEqualTo(original.aggregation());
              assertThat(other.grid().counts()).isEqualTo(original.grid().counts());
              assertThat(other.flow().total()).isEqualTo(original.flow().total());
              assertThat(other.exclusions().total()).isEqualTo(original.exclusions().total());
              for (Function<Paper, ?> attribute : ATTRIBUTES) {
                Map<Object, Integer> counts = new HashMap<>(other.papersBy(attribute).counts());
                assertThat(counts).isEqualTo(new HashMap<>(original.papersBy(attribute).counts()));
              }
            });
  }

  @Test
  void restrictingToFewerPapers_neverAddsATick() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              ConceptGrid grid = ConceptGrid.of(seeded.value());
              Random random = seeded.random();
              ConceptGrid fewer = grid.restrictedTo(p -> random.nextBoolean());
              for (Incidence cell : fewer.incidences()) {
                assertThat(grid.contains(cell.paper(), cell.keyConcept())).isTrue();
              }
              for (KeyConcept k : grid.keyConcepts()) {
                assertThat(fewer.count(k)).isLessThanOrEqualTo(grid.count(k));
              }
            });
  }
}

package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Translation;
import org.metaethnography.model.Valence;
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
              List<KeyConceptProfile> before = Synthesis.of(review).profiles();
              List<KeyConceptProfile> after = Synthesis.of(shuffled).profiles();
              assertThat(after)
                  .extracting(KeyConceptProfile::stakeholders)
                  .containsExactlyElementsOf(
                      before.stream().map(KeyConceptProfile::stakeholders)::iterator);
              assertThat(after)
                  .extracting(KeyConceptProfile::phases)
                  .containsExactlyElementsOf(
                      before.stream().map(KeyConceptProfile::phases)::iterator);
              assertThat(after)
                  .extracting(KeyConceptProfile::valence)
                  .containsExactlyElementsOf(
                      before.stream().map(KeyConceptProfile::valence)::iterator);
              assertThat(after)
                  .extracting(KeyConceptProfile::papers)
                  .containsExactlyElementsOf(
                      before.stream().map(KeyConceptProfile::papers)::iterator);
            });
  }

  @Test
  void theSupportOfOneCell_isThatCellOfAllSupports() {
    // One cell is worked out from its paper's extractions alone; all cells extraction by
    // extraction. Every paper and key concept, supported or not, must agree.
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Aggregation aggregation = Aggregation.of(review);
              for (Paper paper : review.papers()) {
                for (KeyConcept keyConcept : review.keyConcepts()) {
                  assertThat(aggregation.support(paper, keyConcept))
                      .isEqualTo(
                          java.util.Optional.ofNullable(
                              aggregation
                                  .supports()
                                  .get(Incidence.of(paper.citation(), keyConcept.name()))));
                }
              }
            });
  }

  @Test
  void aggregatedGrid_isTheUnionOfEachTranslationsConceptIncidence() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              ConceptGrid grid = Aggregation.of(review).grid();
              for (KeyConcept keyConcept : review.keyConcepts()) {
                Set<String> translated = translatedInto(review, keyConcept);
                Set<Citation> expected = new HashSet<>();
                for (Extraction e : review.extractions()) {
                  if (translated.contains(e.concept())) {
                    expected.add(e.paper());
                  }
                }
                assertThat(grid.papersWith(keyConcept))
                    .extracting(Paper::citation)
                    .containsExactlyInAnyOrderElementsOf(expected);
              }
            });
  }

  @Test
  void aggregatedRows_areThePapersInCitationOrder() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              ConceptGrid grid = Aggregation.of(review).grid();
              assertThat(grid.papers()).containsExactlyInAnyOrderElementsOf(review.papers());
              // Numbers first, ascending, then labels in the order of their text.
              for (int i = 1; i < grid.papers().size(); i++) {
                Citation before = grid.papers().get(i - 1).citation();
                Citation after = grid.papers().get(i).citation();
                if (before.isNumbered() && after.isNumbered()) {
                  assertThat(before.number().getAsInt()).isLessThan(after.number().getAsInt());
                } else if (!before.isNumbered() && !after.isNumbered()) {
                  assertThat(before.label().orElseThrow()).isLessThan(after.label().orElseThrow());
                } else {
                  assertThat(before.isNumbered()).isTrue();
                }
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
              Set<Citation> left = new HashSet<>();
              review
                  .papers()
                  .forEach(
                      p -> {
                        if (random.nextBoolean()) {
                          left.add(p.citation());
                        }
                      });
              Aggregation merged =
                  Aggregation.of(half(review, left::contains))
                      .merge(Aggregation.of(half(review, c -> !left.contains(c))));
              assertThat(merged).isEqualTo(Aggregation.of(review));
            });
  }

  /**
   * The review restricted to the papers whose citations satisfy {@code keep}, with the facts about
   * them; a study is kept where all of its reports are, and a translation whose index paper is left
   * out names none.
   */
  static Review half(Review review, Predicate<Citation> keep) {
    return Review.builder()
        .from(review)
        .papers(review.papers().stream().filter(p -> keep.test(p.citation()))::iterator)
        .studies(
            review.studies().stream().filter(s -> s.reports().stream().allMatch(keep))::iterator)
        .extractions(review.extractions().stream().filter(e -> keep.test(e.paper()))::iterator)
        .incidences(review.incidences().stream().filter(i -> keep.test(i.paper()))::iterator)
        .translations(
            review.translations().stream()
                    .map(
                        t ->
                            t.indexPaper().map(keep::test).orElse(true)
                                ? t
                                : Translation.of(t.keyConcept(), t.kind(), t.concepts()))
                ::iterator)
        .build();
  }

  @Test
  void removingAPaper_neverAddsASupportedCell() {
    qt().forAll(ReviewGenerators.seededReviews())
        .assuming(seeded -> !seeded.value().papers().isEmpty())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Paper removed = review.papers().get(seeded.random().nextInt(review.papers().size()));
              Review fewer = half(review, c -> !c.equals(removed.citation()));
              Set<Incidence> before = Aggregation.of(review).supports().keySet();
              assertThat(Aggregation.of(fewer).supports().keySet()).isSubsetOf(before);
              assertThat(Aggregation.of(fewer).supports().keySet())
                  .noneMatch(cell -> cell.paper().equals(removed.citation()));
            });
  }

  @Test
  void derivedStakeholdersAndPhases_areTheUnionsOfTheRawConceptsReportedOnes() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              for (KeyConceptProfile profile : Synthesis.of(review).profiles()) {
                Set<Stakeholder> stakeholders = new HashSet<>();
                Set<Phase> phases = new HashSet<>();
                for (String name : translatedInto(review, profile.keyConcept())) {
                  Concept concept = review.concept(name).orElseThrow();
                  concept.perspective().ifPresent(p -> stakeholders.addAll(p.stakeholders()));
                  concept.phase().ifPresent(phases::add);
                }
                assertThat(profile.stakeholders()).isEqualTo(ImmutableSet.copyOf(stakeholders));
                assertThat(profile.phases()).isEqualTo(ImmutableSet.copyOf(phases));
              }
            });
  }

  @Test
  void derivedValence_isMixedIfAnyRawConceptIs_bothIfPositiveAndNegative_noneIfUnreported() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              for (KeyConceptProfile profile : Synthesis.of(review).profiles()) {
                Set<Valence> valences = new HashSet<>();
                for (String name : translatedInto(review, profile.keyConcept())) {
                  review.concept(name).orElseThrow().valence().ifPresent(valences::add);
                }
                ValenceProfile expected;
                if (valences.contains(Valence.MIXED)) {
                  expected = ValenceProfile.MIXED;
                } else if (valences.contains(Valence.POSITIVE)
                    && valences.contains(Valence.NEGATIVE)) {
                  expected = ValenceProfile.BOTH;
                } else if (valences.contains(Valence.POSITIVE)) {
                  expected = ValenceProfile.POSITIVE;
                } else if (valences.contains(Valence.NEGATIVE)) {
                  expected = ValenceProfile.NEGATIVE;
                } else {
                  expected = ValenceProfile.NONE;
                }
                assertThat(profile.valence()).isEqualTo(expected);
              }
            });
  }

  @Test
  void agreement_isTrueWhereNothingIsDeclaredOrDerived_elseSetEquality() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              for (KeyConceptProfile profile : Synthesis.of(review).profiles()) {
                Set<Stakeholder> declared = new HashSet<>(profile.keyConcept().stakeholders());
                Set<Phase> declaredPhases = new HashSet<>(profile.keyConcept().phases());
                assertThat(profile.stakeholdersAgree())
                    .isEqualTo(
                        declared.isEmpty()
                            || profile.stakeholders().isEmpty()
                            || declared.equals(profile.stakeholders()));
                assertThat(profile.phasesAgree())
                    .isEqualTo(
                        declaredPhases.isEmpty()
                            || profile.phases().isEmpty()
                            || declaredPhases.equals(profile.phases()));
              }
            });
  }

  private static Set<String> translatedInto(Review review, KeyConcept keyConcept) {
    Set<String> translated = new HashSet<>();
    for (Translation t : review.translations()) {
      if (t.keyConcept().equals(keyConcept.name())) {
        translated.addAll(t.concepts());
      }
    }
    return translated;
  }
}

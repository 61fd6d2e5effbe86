package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.model.testing.ReviewGenerators;

/** Properties of the translation table over generated reviews. */
final class TranslationTableProperties {

  @Test
  void cells_areExactlyTheAggregationsProvenance() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              TranslationTable table = synthesis.translationTable();
              Aggregation aggregation = synthesis.aggregation();
              for (Paper paper : review.papers()) {
                for (KeyConcept keyConcept : review.keyConcepts()) {
                  List<Concept> cell = table.cell(keyConcept, paper);
                  Optional<Support> support = aggregation.support(paper, keyConcept);
                  assertThat(cell.isEmpty()).isEqualTo(support.isEmpty());
                  assertThat(names(cell))
                      .containsExactlyInAnyOrderElementsOf(
                          support.map(Support::concepts).orElse(ImmutableSet.of()));
                }
              }
            });
  }

  @Test
  void cells_areInTheOrderOfFirstAppearanceInTheReviewsTranslations() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              TranslationTable table = Synthesis.of(review).translationTable();
              for (KeyConcept keyConcept : review.keyConcepts()) {
                List<String> translated = translatedInto(review, keyConcept);
                for (Paper paper : review.papers()) {
                  List<String> expected = new ArrayList<>();
                  for (String concept : translated) {
                    if (foundIn(review, concept, paper)) {
                      expected.add(concept);
                    }
                  }
                  assertThat(names(table.cell(keyConcept, paper)))
                      .containsExactlyElementsOf(expected);
                }
              }
            });
  }

  @Test
  void lines_areKeyConceptsInReviewOrder_conceptsInTranslationOrder_extractionsInOrder() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              List<List<Object>> expected = new ArrayList<>();
              for (KeyConcept keyConcept : review.keyConcepts()) {
                Optional<Theme> theme =
                    review.themes().stream()
                        .filter(t -> t.keyConcepts().contains(keyConcept.name()))
                        .findFirst();
                for (String concept : translatedInto(review, keyConcept)) {
                  for (Extraction extraction : review.extractions()) {
                    if (extraction.concept().equals(concept)) {
                      expected.add(
                          List.of(
                              theme,
                              keyConcept,
                              review.concept(concept).orElseThrow(),
                              review.paper(extraction.paper()).orElseThrow(),
                              extraction));
                    }
                  }
                }
              }
              assertThat(Synthesis.of(review).translationTable().lines())
                  .extracting(
                      l ->
                          List.<Object>of(
                              l.theme(), l.keyConcept(), l.concept(), l.paper(), l.extraction()))
                  .containsExactlyElementsOf(expected);
            });
  }

  @Test
  void themeCells_areTheirKeyConceptsCells_inTheThemesOrder() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              TranslationTable table = Synthesis.of(review).translationTable();
              for (Theme theme : review.themes()) {
                for (Paper paper : review.papers()) {
                  List<Concept> expected = new ArrayList<>();
                  for (String name : theme.keyConcepts()) {
                    expected.addAll(table.cell(review.keyConcept(name).orElseThrow(), paper));
                  }
                  assertThat(table.cell(theme, paper)).containsExactlyElementsOf(expected);
                }
              }
            });
  }

  @Test
  void columns_areThePapersInTheReviewsOrder() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review ->
                assertThat(Synthesis.of(review).translationTable().papers())
                    .containsExactlyElementsOf(review.papers()));
  }

  /** The concepts translated into the key concept, in order of first appearance. */
  private static List<String> translatedInto(Review review, KeyConcept keyConcept) {
    Set<String> translated = new LinkedHashSet<>();
    for (Translation translation : review.translations()) {
      if (translation.keyConcept().equals(keyConcept.name())) {
        translated.addAll(translation.concepts());
      }
    }
    return new ArrayList<>(translated);
  }

  private static boolean foundIn(Review review, String concept, Paper paper) {
    return review.extractions().stream()
        .anyMatch(e -> e.concept().equals(concept) && e.paper().equals(paper.citation()));
  }

  private static List<String> names(List<Concept> concepts) {
    return concepts.stream().map(Concept::name).toList();
  }
}

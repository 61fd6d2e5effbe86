package org.metaethnography.core.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.model.Paper;
import org.metaethnography.model.testing.ReviewGenerators;
import org.metaethnography.synthesis.Synthesis;

/**
 * The charts of reviews of every shape (with or without phases, conditions, studies, stances,
 * searches that report only some stages, other sources and reasons for exclusion) are valid SVG
 * whose texts do not overlap, stay on the canvas and are at least 8 pt on A4, and whose totals
 * agree with the synthesis.
 */
final class SvgChartsProperties {
  @Test
  void heatMaps_areReadable_andTotalAsTheGridCounts() {
    qt().withExamples(60)
        .forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              for (GridLayout layout :
                  new GridLayout[] {
                    GridLayout.standard(),
                    GridLayout.standard().groupedBy("condition", Paper::condition),
                    GridLayout.standard()
                        .byStudy()
                        .groupedByEach("country", p -> p.attribute("country"))
                  }) {
                ChartGeometry svg =
                    new ChartGeometry(SvgFigures.heatMap(synthesis, layout)).isReadable();
                if (!svg.texts("total-count").isEmpty()) {
                  assertThat(svg.contents("total-count"))
                      .containsExactlyElementsOf(
                          layout.grid(synthesis).keyConcepts().stream()
                              .map(k -> Integer.toString(layout.grid(synthesis).count(k)))
                              .toList());
                  assertThat(svg.texts("row-label")).hasSize(layout.rows(synthesis).size());
                }
              }
            });
  }

  @Test
  void flows_areReadable_andShowOnlyStagesSomeSearchReports() {
    qt().withExamples(100)
        .forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              ChartGeometry svg = new ChartGeometry(SvgFigures.flow(synthesis)).isReadable();
              for (org.metaethnography.model.Stage stage :
                  org.metaethnography.model.Stage.values()) {
                boolean reported =
                    synthesis.flow().unreported(stage).size() < synthesis.flow().searches().size();
                String cls = stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
                assertThat(svg.texts(cls + "-heading")).hasSize(reported ? 1 : 0);
              }
              assertThat(SvgFigures.flow(Synthesis.of(review)))
                  .isEqualTo(SvgFigures.flow(synthesis));
            });
  }
}

package org.metaethnography.core.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.metaethnography.model.testing.ReviewGenerators;
import org.metaethnography.synthesis.Synthesis;

/**
 * The SVG figures over generated reviews of every shape the model holds, and over models whose
 * relations put many key concepts side by side, cross between the stakeholder boxes of a phase, or
 * weave a dense web between them.
 */
final class SvgFiguresProperties {
  @Test
  void everyConceptualModel_keepsTheRulesOfAFigure() {
    qt().withExamples(200)
        .forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              SvgGeometry figure =
                  new SvgGeometry(SvgFigures.conceptualModel(Synthesis.of(review)));
              assertThat(figure.problems()).isEmpty();
              for (SvgGeometry.Box label : figure.texts("relation-label")) {
                for (SvgGeometry.Box node : figure.shapes("key-concept", "interpretation")) {
                  assertThat(label.overlaps(node)).as("%s on %s", label, node).isFalse();
                }
              }
              assertThat(figure.shapes("key-concept")).hasSize(review.keyConcepts().size());
            });
  }

  @Test
  void everyModelWithAWideLayer_keepsTheRulesOfAFigure() {
    qt().withExamples(40)
        .forAll(ModelShapes.wide())
        .checkAssert(
            synthesis ->
                SvgFiguresTest.drawsAllLegibly(
                    new SvgGeometry(SvgFigures.conceptualModel(synthesis)), synthesis));
  }

  @Test
  void everyModelWhoseRelationsCrossBetweenTheBoxesOfAPhase_keepsTheRulesOfAFigure() {
    qt().withExamples(40)
        .forAll(ModelShapes.crossing())
        .checkAssert(
            synthesis ->
                SvgFiguresTest.drawsAllLegibly(
                    new SvgGeometry(SvgFigures.conceptualModel(synthesis)), synthesis));
  }

  @Test
  void everyDenseWebOfRelationsBetweenBoxes_keepsTheRulesOfAFigure() {
    qt().withExamples(30)
        .forAll(ModelShapes.denseWeb())
        .checkAssert(
            synthesis ->
                SvgFiguresTest.drawsAllLegibly(
                    new SvgGeometry(SvgFigures.conceptualModel(synthesis)), synthesis));
  }
}

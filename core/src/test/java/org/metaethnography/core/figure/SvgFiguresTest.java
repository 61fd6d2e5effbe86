package org.metaethnography.core.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.figure.ModelShapes.Shape;
import org.metaethnography.synthesis.Synthesis;

/**
 * The conceptual model as SVG, checked from its geometry: on the reference review (its document
 * read from the examples module), on a small review worked out by hand and on models whose
 * relations put many key concepts side by side.
 */
final class SvgFiguresTest {
  private static Synthesis reference() throws IOException {
    return MetaEthnography.synthesize(
        ReviewDocuments.read(
                Path.of(
                    "../examples/src/main/resources/org/metaethnography/examples/reference/"
                        + "peer-support-review.json"))
            .review());
  }

  /** Every relation's label lies outside every key concept, interpretation and other text. */
  private static void labelsClear(SvgGeometry figure) {
    for (SvgGeometry.Box label : figure.texts("relation-label")) {
      for (SvgGeometry.Box node : figure.shapes("key-concept", "interpretation")) {
        assertThat(label.overlaps(node)).as("%s on %s", label, node).isFalse();
      }
    }
  }

  /**
   * Every rule of a figure, every relation's label clear of every node, and the model's key
   * concepts, relations and arrows all drawn: one arrowhead and one verb for each relation.
   */
  static void drawsAllLegibly(SvgGeometry figure, Synthesis synthesis) {
    assertThat(figure.problems()).isEmpty();
    labelsClear(figure);
    int relations = synthesis.conceptualModel().relations().size();
    assertThat(figure.shapes("key-concept")).hasSize(synthesis.review().keyConcepts().size());
    assertThat(figure.texts("relation-label")).hasSize(relations);
    assertThat(figure.arrowheads()).isEqualTo(relations);
  }

  @Test
  void aKeyConceptRelatedToThirtyOthersInOneBox_isLegibleAtA4Width() {
    // A star: drawn downwards, its thirty key concepts would stand side by side, 2 pt at A4.
    Synthesis star = ModelShapes.of(Shape.STAR, 31);
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(star));
    drawsAllLegibly(figure, star);
    // Its relations run across, from the one key concept on the left to the thirty in a column
    // on its right, in the model's order; the text keeps its base sizes.
    assertThat(figure.fontSizes).containsOnly(15.0, 20.0);
    List<SvgGeometry.Box> keyConcepts = figure.shapes("key-concept");
    SvgGeometry.Box hub = keyConcepts.get(0);
    for (int i = 1; i < keyConcepts.size(); i++) {
      assertThat(keyConcepts.get(i).x()).isGreaterThan(hub.x() + hub.w());
    }
    for (int i = 2; i < keyConcepts.size(); i++) {
      assertThat(keyConcepts.get(i).y()).isGreaterThan(keyConcepts.get(i - 1).y());
    }
  }

  @Test
  void thirtyKeyConceptsInAZigzagChainInOneBox_areLegibleAtA4Width() {
    // Relations alternately forwards and backwards: drawn downwards, two rows of fifteen.
    Synthesis zigzag = ModelShapes.of(Shape.ZIGZAG, 31);
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(zigzag));
    drawsAllLegibly(figure, zigzag);
    assertThat(figure.fontSizes).containsOnly(15.0, 20.0);
  }

  @Test
  void aKeyConceptRelatedToThirtyInTheNextPhase_isLegibleAtA4Width_phasesStillColumns() {
    Synthesis fan = ModelShapes.of(Shape.FAN, 31);
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(fan));
    drawsAllLegibly(figure, fan);
    assertThat(figure.fontSizes).containsOnly(15.0, 20.0);
    List<SvgGeometry.Box> phases = figure.shapes("phase");
    assertThat(phases.get(0).x() + phases.get(0).w()).isLessThan(phases.get(1).x());
  }

  @Test
  void aLongChainBesideAStarInOneBox_isLegibleAtA4Width_theChainWrappedIntoRows() {
    // Downwards the star is too wide, across the chain: across, with the chain wrapped, neither.
    for (boolean grouped : new boolean[] {true, false}) {
      Synthesis synthesis = ModelShapes.of(Shape.CHAIN_AND_STAR, 31, grouped, grouped, 0);
      SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(synthesis));
      drawsAllLegibly(figure, synthesis);
      assertThat(figure.fontSizes).containsOnly(15.0, 20.0);
      List<SvgGeometry.Box> chain = figure.shapes("key-concept").subList(0, 16);
      assertThat(chain.stream().map(SvgGeometry.Box::y).distinct()).hasSizeGreaterThan(2);
      assertThat(chain.stream().map(SvgGeometry.Box::x).distinct()).hasSizeGreaterThan(1);
    }
  }

  @Test
  void tenPhasesAndAStarInTheFirst_areRowsOneBelowAnother_eachLaidOutOnItsOwn() {
    // Too many phases for columns; stacked and laid out as one, the star runs downwards.
    Synthesis synthesis = ModelShapes.of(Shape.PHASES_AND_STAR, 40);
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(synthesis));
    drawsAllLegibly(figure, synthesis);
    assertThat(figure.fontSizes).containsOnly(15.0, 20.0);
    List<SvgGeometry.Box> phases = figure.shapes("phase");
    assertThat(phases).hasSize(10);
    for (int p = 1; p < phases.size(); p++) {
      assertThat(phases.get(p).y()).isGreaterThan(phases.get(p - 1).y() + phases.get(p - 1).h());
    }
    // The thirty key concepts the first relates to stand in a column of the first phase (drawn
    // phase by phase, they come after the first).
    List<SvgGeometry.Box> star = figure.shapes("key-concept").subList(1, 31);
    for (int i = 1; i < star.size(); i++) {
      assertThat(star.get(i).y()).isGreaterThan(star.get(i - 1).y());
      assertThat(star.get(i).y() + star.get(i).h()).isLessThan(phases.get(1).y());
    }
  }

  @Test
  void relationsCrossingBetweenThreeBoxesOfAPhase_areLegibleAtA4Width_eachGroupNamed() {
    // Twenty-five key concepts in three stakeholder groups of one phase, eleven relations across
    // their boxes and two within: nested, the nine key concepts of one box stand side by side in
    // its first row, 6.6 pt at A4 at best. Without the boxes each key concept names its group.
    Synthesis synthesis = ModelShapes.crossing(169, 25);
    String svg = SvgFigures.conceptualModel(synthesis);
    SvgGeometry figure = new SvgGeometry(svg);
    drawsAllLegibly(figure, synthesis);
    assertThat(figure.fontSizes).containsOnly(15.0, 20.0);
    assertThat(figure.texts("group-title")).isEmpty();
    assertThat(figure.texts("node-group"))
        .hasSize(25)
        .extracting(SvgGeometry.Box::what)
        .containsOnly("node-group [Group A]", "node-group [Group B]", "node-group [Group C]");
    assertThat(SvgFigures.conceptualModel(synthesis)).isEqualTo(svg);
  }

  @Test
  void relationsThatMakeEveryLayoutTooWideWithTheirVerbs_carryNumbersTheLegendKeys() {
    // Twenty-two key concepts of three groups in one phase, sixteen relations across their boxes,
    // a chain of them five long: with the verbs on the arrows, every layout (boxed or not,
    // downwards or across) comes to 7.8 pt at A4 at best. Numbered, the arrows leave room enough.
    Synthesis synthesis = ModelShapes.crossing(-4667, 22);
    String svg = SvgFigures.conceptualModel(synthesis);
    SvgGeometry figure = new SvgGeometry(svg);
    drawsAllLegibly(figure, synthesis);
    // Numbered in the order the verbs are first used in the model's relations.
    List<String> verbs =
        synthesis.conceptualModel().relations().stream().map(r -> r.kind()).distinct().toList();
    assertThat(verbs).containsExactlyInAnyOrder("leads to", "eases");
    for (SvgGeometry.Box label : figure.texts("relation-label")) {
      assertThat(label.what()).isIn("relation-label [1]", "relation-label [2]");
    }
    assertThat(figure.texts("legend-key"))
        .extracting(SvgGeometry.Box::what)
        .containsExactly("legend-key [1]", "legend-key [2]");
    assertThat(figure.texts("legend-label"))
        .extracting(SvgGeometry.Box::what)
        .containsSubsequence(
            "legend-label [relation, the number of its verb on the arrow:]",
            "legend-label [" + verbs.get(0) + "]",
            "legend-label [" + verbs.get(1) + "]");
    assertThat(SvgFigures.conceptualModel(synthesis)).isEqualTo(svg);
  }

  @Test
  void longVerbsOnNumberedArrows_areWrappedInTheLegend_insideTheFigure() {
    // Every pair of five key concepts related by one of two long verbs: with the verbs on the
    // arrows no layout is legible, so the arrows carry numbers; the legend's verbs, each longer
    // than the figure is wide, wrap onto lines of their own instead of running off the canvas.
    String longVerb =
        "is, in the accounts of most of the carers and of the staff who support them, a"
            + " necessary precondition for";
    String shortVerb = "is described by most of the carers interviewed as a consequence of";
    ReviewBuilder review = MetaEthnography.review("Long verbs").relationKinds(longVerb, shortVerb);
    for (int i = 0; i < 5; i++) {
      review
          .keyConcept("Key concept " + i, k -> {})
          .concept("Concept " + i, c -> {})
          .translate("Key concept " + i, "Concept " + i);
    }
    for (int i = 0; i < 5; i++) {
      for (int j = i + 1; j < 5; j++) {
        review.relation(
            "Key concept " + i, (i + j) % 2 == 0 ? longVerb : shortVerb, "Key concept " + j);
      }
    }
    Synthesis synthesis = review.synthesize();
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(synthesis));

    drawsAllLegibly(figure, synthesis);
    assertThat(figure.texts("legend-key")).hasSize(2);
    // The verbs are in the legend in full (compared by their letters, since the lines of a text
    // are listed with commas between them), the long one over several lines.
    String legend =
        figure.texts("legend-label").stream()
            .map(SvgGeometry.Box::what)
            .collect(java.util.stream.Collectors.joining(" "))
            .replaceAll("[^a-z]", "");
    assertThat(legend)
        .contains(longVerb.replaceAll("[^a-z]", ""))
        .contains(shortVerb.replaceAll("[^a-z]", ""));
    assertThat(figure.texts("legend-label"))
        .anySatisfy(label -> assertThat(label.what()).startsWith("legend-label [is, in the"))
        .allSatisfy(label -> assertThat(label.x() + label.w()).isLessThanOrEqualTo(figure.width));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void everyShapeOfWideLayer_inABoxOrNot_withLongNamesOrNot_isLegibleAtA4Width(Shape shape) {
    for (boolean grouped : new boolean[] {true, false}) {
      for (boolean phased : new boolean[] {true, false}) {
        for (int extraWords : new int[] {0, 3}) {
          Synthesis synthesis = ModelShapes.of(shape, 31, grouped, phased, extraWords);
          String svg = SvgFigures.conceptualModel(synthesis);
          drawsAllLegibly(new SvgGeometry(svg), synthesis);
          assertThat(SvgFigures.conceptualModel(synthesis)).isEqualTo(svg);
        }
      }
    }
  }

  @Test
  void referenceModel_keepsEveryRuleOfAFigure() throws IOException {
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(reference()));
    assertThat(figure.problems()).isEmpty();
    labelsClear(figure);
    // Worked from the review document: 13 key concepts in two phases, 19 relations, its note.
    assertThat(figure.shapes("key-concept")).hasSize(13);
    assertThat(figure.texts("phase-title"))
        .extracting(SvgGeometry.Box::what)
        .containsExactly("phase-title [During intervention]", "phase-title [Post-intervention]");
    assertThat(figure.texts("relation-label")).hasSize(19);
    assertThat(figure.texts("caption"))
        .singleElement()
        .satisfies(c -> assertThat(c.what()).startsWith("caption [Note: A reconstruction"));
    // Phases read from left to right.
    List<SvgGeometry.Box> phases = figure.shapes("phase");
    assertThat(phases.get(0).x() + phases.get(0).w()).isLessThan(phases.get(1).x());
  }

  @Test
  void smallReview_drawsItsPartsStyledByValence_withALegend() {
    Synthesis synthesis =
        MetaEthnography.review("Respite")
            .stakeholders("Carers")
            .relationKinds("eases")
            .keyConcept("Relief", k -> k.concerns("Carers"))
            .keyConcept("Guilt", k -> k.concerns("Carers"))
            .concept("Time", c -> c.voices("Carers").positive())
            .concept("Unease", c -> c.voices("Carers").negative())
            .translate("Relief", "Time")
            .translate("Guilt", "Unease")
            .interpretation("Permission to rest", "Carers need leave to rest")
            .relation("Permission to rest", "eases", "Guilt")
            .synthesize();
    String svg = SvgFigures.conceptualModel(synthesis);
    SvgGeometry figure = new SvgGeometry(svg);
    assertThat(figure.problems()).isEmpty();
    labelsClear(figure);
    assertThat(figure.shapes("key-concept positive")).hasSize(1);
    assertThat(figure.shapes("key-concept negative")).hasSize(1);
    assertThat(figure.shapes("interpretation")).hasSize(1);
    assertThat(figure.texts("legend-label"))
        .extracting(SvgGeometry.Box::what)
        .containsExactly(
            "legend-label [positive]",
            "legend-label [negative]",
            "legend-label [interpretation]",
            "legend-label [relation, its verb on the arrow]");
    assertThat(figure.texts("title"))
        .singleElement()
        .satisfies(t -> assertThat(t.what()).isEqualTo("title [Respite]"));
    // Equal syntheses give identical text.
    assertThat(SvgFigures.conceptualModel(synthesis)).isEqualTo(svg);
  }

  @Test
  void aRelationToAThemeOutsideAnyPhase_endsOnTheThemesBox() {
    Synthesis synthesis =
        MetaEthnography.review("Themes")
            .stakeholders("Carers")
            .phases("Before")
            .relationKinds("feeds")
            .keyConcept("Relief", k -> k.phase("Before").concerns("Carers"))
            .keyConcept("Guilt", k -> {})
            .keyConcept("Shame", k -> {})
            .theme("Burden", t -> t.definedAs("What weighs on carers").groups("Guilt", "Shame"))
            .concept("Time", c -> {})
            .concept("Unease", c -> {})
            .concept("Blame", c -> {})
            .translate("Relief", "Time")
            .translate("Guilt", "Unease")
            .translate("Shame", "Blame")
            .relation("Relief", "feeds", "Burden")
            .relation("Burden", "feeds", "Relief")
            .synthesize();
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(synthesis));
    assertThat(figure.problems()).isEmpty();
    labelsClear(figure);
    assertThat(figure.texts("relation-label")).hasSize(2);
    assertThat(figure.texts("group-title").size() + figure.texts("phase-title").size())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void manyKeyConceptsWithoutRelations_arePacked_andTextNeverRunsAway() {
    // Without boxes, sixteen unrelated key concepts are packed in rows: 8 pt at A4 width.
    ReviewBuilder loose = MetaEthnography.review("Loose").paper(1, p -> {});
    ReviewBuilder grouped =
        MetaEthnography.review("Grouped").stakeholders("Carers").paper(1, p -> {});
    for (int i = 0; i < 16; i++) {
      String name = "Key concept " + i;
      loose.keyConcept(name, k -> {}).concept("c" + i, c -> {}).translate(name, "c" + i);
      grouped
          .keyConcept(name, k -> k.concerns("Carers"))
          .concept("c" + i, c -> {})
          .translate(name, "c" + i);
    }
    SvgGeometry packed = new SvgGeometry(SvgFigures.conceptualModel(loose.synthesize()));
    assertThat(packed.problems()).isEmpty();
    // A figure narrow enough keeps its text at the base sizes: 15, and 20 for the title.
    assertThat(packed.fontSizes).containsOnly(15.0, 20.0);
    // In a box, they are arranged in rows of four: 8 pt at A4 width too, at the base sizes.
    SvgGeometry boxed = new SvgGeometry(SvgFigures.conceptualModel(grouped.synthesize()));
    assertThat(boxed.problems()).isEmpty();
    assertThat(boxed.fontSizes).containsOnly(15.0, 20.0);
    List<Double> rows =
        boxed.shapes("key-concept").stream().map(SvgGeometry.Box::y).distinct().toList();
    assertThat(rows).hasSize(4);
  }

  @Test
  void namesWithCharactersXmlForbids_giveWellFormedFigures() {
    Synthesis synthesis =
        MetaEthnography.review("Odd \uFFFE names")
            .paper(1, p -> {})
            .keyConcept("K url(#arrow) \uFFFF", k -> {})
            .concept("c", c -> {})
            .translate("K url(#arrow) \uFFFF", "c")
            .grid(1, "K url(#arrow) \uFFFF")
            .synthesize();
    assertThat(new SvgGeometry(SvgFigures.conceptualModel(synthesis)).problems()).isEmpty();
    // The heat map's headers are turned; reading it as XML is what is checked here.
    assertThat(
            new SvgGeometry(
                    SvgFigures.heatMap(
                        synthesis, org.metaethnography.core.table.GridLayout.standard()))
                .texts)
        .isNotEmpty();
  }

  @Test
  void eachFigure_isWrittenToItsFileAsDrawn(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Synthesis synthesis = reference();
    org.metaethnography.core.table.GridLayout layout =
        org.metaethnography.core.table.GridLayout.standard();
    SvgFigures.writeConceptualModel(synthesis, dir.resolve("a/model.svg"));
    SvgFigures.writeHeatMap(synthesis, layout, dir.resolve("a/grid.svg"));
    SvgFigures.writeFlow(synthesis, dir.resolve("a/flow.svg"));
    assertThat(java.nio.file.Files.readString(dir.resolve("a/model.svg")))
        .isEqualTo(SvgFigures.conceptualModel(synthesis));
    assertThat(java.nio.file.Files.readString(dir.resolve("a/grid.svg")))
        .isEqualTo(SvgFigures.heatMap(synthesis, layout));
    assertThat(java.nio.file.Files.readString(dir.resolve("a/flow.svg")))
        .isEqualTo(SvgFigures.flow(synthesis));
  }

  @Test
  void phasesTooManyForColumnsOnAPage_areDrawnOneBelowAnother_legibly() {
    String[] phases = new String[10];
    for (int p = 0; p < phases.length; p++) {
      phases[p] = "Phase " + p;
    }
    ReviewBuilder review =
        MetaEthnography.review("Ten phases").phases(phases).relationKinds("leads to");
    for (int p = 0; p < phases.length; p++) {
      String phase = phases[p];
      review
          .keyConcept("Key concept in " + phase, k -> k.phase(phase))
          .concept("c" + p, c -> {})
          .translate("Key concept in " + phase, "c" + p);
      if (p > 0) {
        review.relation("Key concept in " + phases[p - 1], "leads to", "Key concept in " + phase);
      }
    }
    SvgGeometry figure = new SvgGeometry(SvgFigures.conceptualModel(review.synthesize()));
    assertThat(figure.problems()).isEmpty();
    List<SvgGeometry.Box> boxes = figure.shapes("phase");
    assertThat(boxes).hasSize(10);
    for (int p = 1; p < boxes.size(); p++) {
      assertThat(boxes.get(p).y()).isGreaterThan(boxes.get(p - 1).y());
    }
  }
}

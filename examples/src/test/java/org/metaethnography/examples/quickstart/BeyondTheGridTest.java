package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.figure.ModelFigures;
import org.metaethnography.core.table.PaperColumns;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Stance;
import org.metaethnography.synthesis.PaperGroups;
import org.metaethnography.synthesis.Sensitivity;
import org.metaethnography.synthesis.Synthesis;

/** The README's "Beyond the grid" example, with every expectation worked out by hand. */
final class BeyondTheGridTest {
  private final Synthesis synthesis = BeyondTheGrid.synthesis();

  @Test
  void translationTable_longForm_listsEachStudysOwnConceptsInReviewOrder() {
    // Relief (theme Time away): Hours of my own in 12 with its quotation, A break for both in 17,
    // which only partly supports it; Guilt (Time away): Handing over in 17 and 23.
    assertThat(
            ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes())
                .toCsv())
        .isEqualTo(
            "theme,key_concept,raw_concept,study\n"
                + "Time away,Relief,\"Hours of my own \"\"the only hours that are mine\"\"\",12\n"
                + "Time away,Relief,A break for both (partly supports),17\n"
                + "Time away,Guilt,Handing over,17\n"
                + "Time away,Guilt,Handing over,23\n");
  }

  @Test
  void translationTable_wideForm_byTheme_holdsEveryConceptOfItsKeyConcepts() {
    // Paper 17's cell holds Relief's concept, then Guilt's, in the theme's order.
    assertThat(
            ReviewTables.translationGrid(synthesis, TranslationLayout.standard().byTheme()).toCsv())
        .isEqualTo(
            "theme,12,17,23\n"
                + "Time away,Hours of my own,A break for both (partly supports); Handing"
                + " over,Handing over\n");
  }

  @Test
  void stances_andIndexPaper_areKept() {
    Paper seventeen = synthesis.review().paper(17).orElseThrow();
    var relief = synthesis.review().keyConcept("Relief").orElseThrow();
    assertThat(synthesis.grid().stance(seventeen, relief)).contains(Stance.PARTLY_SUPPORTS);
    assertThat(synthesis.grid().count(relief, Set.of(Stance.SUPPORTS))).isEqualTo(1);
    assertThat(synthesis.grid().count(relief)).isEqualTo(2);
    assertThat(synthesis.review().translations().get(0).indexPaper())
        .map(c -> c.number().getAsInt())
        .contains(12);
  }

  @Test
  void includedStudies_showTheAppraisalAndEveryCountry() {
    assertThat(
            ReviewTables.includedPapers(
                    synthesis,
                    PaperColumns.none()
                        .citation("Study")
                        .attribute("Country", "country")
                        .appraisalScore("Score")
                        .appraisalCategory("Appraisal"))
                .toCsv())
        .isEqualTo(
            "Study,Country,Score,Appraisal\n"
                + "12,Norway,9/10,Key paper\n"
                + "17,Finland; Sweden,4/10,Satisfactory\n"
                + "23,France,3/10,Satisfactory\n");
    PaperGroups<String> byCountry = synthesis.papersByEach(p -> p.attribute("country"));
    assertThat(byCountry.keys()).containsExactly("Norway", "Finland", "Sweden", "France");
    assertThat(byCountry.isPartition()).isFalse();
    assertThat(byCountry.inSeveralGroups())
        .extracting(p -> p.citation().number().getAsInt())
        .containsExactly(17);
  }

  @Test
  void sensitivity_withoutTheWeakestStudies_isAsWorkedByHand() {
    // Keeping the studies scoring at least 5 of 10 keeps 12 alone. Relief: papers 12 (Carers) and
    // 17 (Carers and staff) before, 12 after: it loses Staff and comes to rest on one paper.
    // Guilt: papers 17 and 23 before, none after: it loses support.
    Synthesis strongest =
        synthesis.restrictedTo(
            p ->
                p.appraisal()
                    .flatMap(Appraisal::score)
                    .map(s -> s.low().intValue() >= 5)
                    .orElse(true));
    assertThat(strongest.review().papers()).hasSize(1);
    assertThat(ReviewTables.sensitivity(Sensitivity.compare(synthesis, strongest)).toCsv())
        .isEqualTo(
            "change,key_concept,papers_before,papers_after,stakeholders_lost\n"
                + "loses stakeholder group,Relief,2,1,Staff\n"
                + "comes to rest on a single paper,Relief,2,1,\n"
                + "loses support,Guilt,2,0,\n");
  }

  @Test
  void conceptualModel_drawsTheThemeAsABox_andTheInterpretationAsANode() {
    // No phases: no phase box. The theme's box holds Relief (k0) and Guilt (k1); the
    // interpretation is i0; the relation from the theme leaves its box.
    assertThat(ModelFigures.toDot(synthesis.conceptualModel()))
        .isEqualTo(
            "digraph conceptual_model {\n"
                + "  rankdir=LR;\n"
                + "  compound=true;\n"
                + "  node [shape=box, style=rounded];\n"
                + "  subgraph cluster_p0t0 {\n"
                + "    label=\"Time away\";\n"
                + "    k0 [label=\"Relief\"];\n"
                + "    k1 [label=\"Guilt\"];\n"
                + "  }\n"
                + "  i0 [label=\"Permission to rest\", shape=ellipse, style=solid];\n"
                + "  k0 -> i0 [label=\"makes possible\", ltail=cluster_p0t0];\n"
                + "  i0 -> k1 [label=\"eases\"];\n"
                + "}\n");
  }

  @Test
  void readme_showsTheExampleAsCompiled() throws IOException {
    assertThat(Readme.text()).contains(Readme.block("BeyondTheGrid.java", "beyond"));
  }
}

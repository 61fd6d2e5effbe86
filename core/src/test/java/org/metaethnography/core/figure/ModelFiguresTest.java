package org.metaethnography.core.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.synthesis.ConceptualModel;

/**
 * The conceptual model drawn as DOT and Mermaid, on a model of three key concepts in two phases
 * written for this test; the expected text was written by hand from the layout rules.
 */
final class ModelFiguresTest {
  private final ConceptualModel model =
      MetaEthnography.review("Respite")
          .stakeholders("Carers", "Staff")
          .phases("during", "after")
          .relationKinds("leads to", "eases")
          .keyConcept("Relief", k -> k.definedAs("Ease").phase("during").concerns("Carers"))
          .keyConcept(
              "Say \"no\"", k -> k.definedAs("Refusal").phase("during").concerns("Carers", "Staff"))
          .keyConcept("Renewal", k -> k.definedAs("New").phase("after").concerns("Carers"))
          .relation("Relief", "leads to", "Renewal")
          .relation("Say \"no\"", "eases", "Relief")
          .synthesize()
          .conceptualModel();

  @Test
  void dot_clustersPhasesAndGroups_andLabelsRelations() {
    assertThat(ModelFigures.toDot(model))
        .isEqualTo(
            "digraph conceptual_model {\n"
                + "  rankdir=LR;\n"
                + "  compound=true;\n"
                + "  node [shape=box, style=rounded];\n"
                + "  subgraph cluster_p0 {\n"
                + "    label=\"during\";\n"
                + "    subgraph cluster_p0g0 {\n"
                + "      label=\"Carers\";\n"
                + "      k0 [label=\"Relief\"];\n"
                + "    }\n"
                + "    subgraph cluster_p0g1 {\n"
                + "      label=\"Carers and staff\";\n"
                + "      k1 [label=\"Say \\\"no\\\"\"];\n"
                + "    }\n"
                + "  }\n"
                + "  subgraph cluster_p1 {\n"
                + "    label=\"after\";\n"
                + "    subgraph cluster_p1g0 {\n"
                + "      label=\"Carers\";\n"
                + "      k2 [label=\"Renewal\"];\n"
                + "    }\n"
                + "  }\n"
                + "  k0 -> k2 [label=\"leads to\"];\n"
                + "  k1 -> k0 [label=\"eases\"];\n"
                + "}\n");
  }

  @Test
  void mermaid_nestsSubgraphs_andLabelsEdges() {
    assertThat(ModelFigures.toMermaid(model))
        .isEqualTo(
            "flowchart LR\n"
                + "  subgraph p0[\"during\"]\n"
                + "    subgraph p0g0[\"Carers\"]\n"
                + "      k0[\"Relief\"]\n"
                + "    end\n"
                + "    subgraph p0g1[\"Carers and staff\"]\n"
                + "      k1[\"Say #quot;no#quot;\"]\n"
                + "    end\n"
                + "  end\n"
                + "  subgraph p1[\"after\"]\n"
                + "    subgraph p1g0[\"Carers\"]\n"
                + "      k2[\"Renewal\"]\n"
                + "    end\n"
                + "  end\n"
                + "  k0 -->|\"leads to\"| k2\n"
                + "  k1 -->|\"eases\"| k0\n");
  }

  /**
   * A review without phases: Relief and Renewal concern Carers, Strain concerns no declared
   * stakeholder. The one place of key concepts in no phase holds the group Carers (its first key
   * concept comes first), then the key concepts without stakeholders, unboxed.
   */
  private final ConceptualModel withoutPhases =
      MetaEthnography.review("Respite")
          .stakeholders("Carers", "Staff")
          .relationKinds("leads to", "undoes")
          .keyConcept("Relief", k -> k.concerns("Carers"))
          .keyConcept("Strain", k -> {})
          .keyConcept("Renewal", k -> k.concerns("Carers"))
          .relation("Relief", "leads to", "Renewal")
          .relation("Strain", "undoes", "Relief")
          .synthesize()
          .conceptualModel();

  @Test
  void dot_ofAReviewWithoutPhases_hasNoPhaseCluster_andNoClusterForNoStakeholders() {
    assertThat(ModelFigures.toDot(withoutPhases))
        .isEqualTo(
            "digraph conceptual_model {\n"
                + "  rankdir=LR;\n"
                + "  compound=true;\n"
                + "  node [shape=box, style=rounded];\n"
                + "  subgraph cluster_p0g0 {\n"
                + "    label=\"Carers\";\n"
                + "    k0 [label=\"Relief\"];\n"
                + "    k1 [label=\"Renewal\"];\n"
                + "  }\n"
                + "  k2 [label=\"Strain\"];\n"
                + "  k0 -> k1 [label=\"leads to\"];\n"
                + "  k2 -> k0 [label=\"undoes\"];\n"
                + "}\n");
  }

  @Test
  void mermaid_ofAReviewWithoutPhases_hasNoPhaseSubgraph_andNoSubgraphForNoStakeholders() {
    assertThat(ModelFigures.toMermaid(withoutPhases))
        .isEqualTo(
            "flowchart LR\n"
                + "  subgraph p0g0[\"Carers\"]\n"
                + "    k0[\"Relief\"]\n"
                + "    k1[\"Renewal\"]\n"
                + "  end\n"
                + "  k2[\"Strain\"]\n"
                + "  k0 -->|\"leads to\"| k1\n"
                + "  k2 -->|\"undoes\"| k0\n");
  }

  /**
   * Phases declared, but not every key concept has one: Relief (during, Carers), Coping (during, no
   * stakeholders), Aftermath (no phase, no stakeholders). The key concepts in no phase come after
   * the phases; within "during", the Carers group comes first, as its key concept does.
   */
  private final ConceptualModel partlyPlaced =
      MetaEthnography.review("Respite")
          .stakeholders("Carers")
          .phases("during", "after")
          .keyConcept("Relief", k -> k.phase("during").concerns("Carers"))
          .keyConcept("Coping", k -> k.phase("during"))
          .keyConcept("Aftermath", k -> {})
          .synthesize()
          .conceptualModel();

  @Test
  void dot_keyConceptsWithoutPhase_comeAfterThePhases_outsideAnyCluster() {
    assertThat(ModelFigures.toDot(partlyPlaced))
        .isEqualTo(
            "digraph conceptual_model {\n"
                + "  rankdir=LR;\n"
                + "  compound=true;\n"
                + "  node [shape=box, style=rounded];\n"
                + "  subgraph cluster_p0 {\n"
                + "    label=\"during\";\n"
                + "    subgraph cluster_p0g0 {\n"
                + "      label=\"Carers\";\n"
                + "      k0 [label=\"Relief\"];\n"
                + "    }\n"
                + "    k1 [label=\"Coping\"];\n"
                + "  }\n"
                + "  k2 [label=\"Aftermath\"];\n"
                + "}\n");
  }

  @Test
  void mermaid_keyConceptsWithoutPhase_comeAfterThePhases_outsideAnySubgraph() {
    assertThat(ModelFigures.toMermaid(partlyPlaced))
        .isEqualTo(
            "flowchart LR\n"
                + "  subgraph p0[\"during\"]\n"
                + "    subgraph p0g0[\"Carers\"]\n"
                + "      k0[\"Relief\"]\n"
                + "    end\n"
                + "    k1[\"Coping\"]\n"
                + "  end\n"
                + "  k2[\"Aftermath\"]\n");
  }

  /**
   * A review with themes and an interpretation. Pacing belongs to "during" and "before", given in
   * that order; it is drawn once, in the first declared phase ("before"), labelled with both phases
   * in declared order. "Being believed" groups Support (during) and Disclosure (before), so it is a
   * box in each of those phases; in "before" it comes first, as themes keep the review's order.
   * Renewal is in no theme and stands in its phase. A relation to or from "Being believed" meets
   * its first box, p0t0, whose first key concept is Disclosure (k0).
   */
  private final ConceptualModel themed =
      MetaEthnography.review("Returning to work")
          .stakeholders("Workers", "Managers")
          .phases("before", "during", "after")
          .relationKinds("enables", "explains")
          .keyConcept("Pacing", k -> k.phase("during", "before").concerns("Workers"))
          .keyConcept("Disclosure", k -> k.phase("before").concerns("Workers"))
          .keyConcept("Support", k -> k.phase("during").concerns("Managers"))
          .keyConcept("Renewal", k -> k.phase("after"))
          .theme("Being believed", t -> t.groups("Support", "Disclosure"))
          .theme("Managing energy", t -> t.groups("Pacing"))
          .interpretation("Legitimacy", "Work lasts once the illness is believed")
          .relation("Being believed", "enables", "Pacing")
          .relation("Legitimacy", "explains", "Being believed")
          .relation("Pacing", "enables", "Renewal")
          .synthesize()
          .conceptualModel();

  @Test
  void dot_ofAReviewWithThemes_drawsThemesInPhases_interpretationsAsEllipses() {
    assertThat(ModelFigures.toDot(themed))
        .isEqualTo(
            "digraph conceptual_model {\n"
                + "  rankdir=LR;\n"
                + "  compound=true;\n"
                + "  node [shape=box, style=rounded];\n"
                + "  subgraph cluster_p0 {\n"
                + "    label=\"before\";\n"
                + "    subgraph cluster_p0t0 {\n"
                + "      label=\"Being believed\";\n"
                + "      k0 [label=\"Disclosure\"];\n"
                + "    }\n"
                + "    subgraph cluster_p0t1 {\n"
                + "      label=\"Managing energy\";\n"
                + "      k1 [label=\"Pacing\\n(before; during)\"];\n"
                + "    }\n"
                + "  }\n"
                + "  subgraph cluster_p1 {\n"
                + "    label=\"during\";\n"
                + "    subgraph cluster_p1t0 {\n"
                + "      label=\"Being believed\";\n"
                + "      k2 [label=\"Support\"];\n"
                + "    }\n"
                + "  }\n"
                + "  subgraph cluster_p2 {\n"
                + "    label=\"after\";\n"
                + "    k3 [label=\"Renewal\"];\n"
                + "  }\n"
                + "  i0 [label=\"Legitimacy\", shape=ellipse, style=solid];\n"
                + "  k0 -> k1 [label=\"enables\", ltail=cluster_p0t0];\n"
                + "  i0 -> k0 [label=\"explains\", lhead=cluster_p0t0];\n"
                + "  k1 -> k3 [label=\"enables\"];\n"
                + "}\n");
  }

  @Test
  void mermaid_ofAReviewWithThemes_drawsThemesAsSubgraphs_interpretationsAsStadiums() {
    assertThat(ModelFigures.toMermaid(themed))
        .isEqualTo(
            "flowchart LR\n"
                + "  subgraph p0[\"before\"]\n"
                + "    subgraph p0t0[\"Being believed\"]\n"
                + "      k0[\"Disclosure\"]\n"
                + "    end\n"
                + "    subgraph p0t1[\"Managing energy\"]\n"
                + "      k1[\"Pacing (before; during)\"]\n"
                + "    end\n"
                + "  end\n"
                + "  subgraph p1[\"during\"]\n"
                + "    subgraph p1t0[\"Being believed\"]\n"
                + "      k2[\"Support\"]\n"
                + "    end\n"
                + "  end\n"
                + "  subgraph p2[\"after\"]\n"
                + "    k3[\"Renewal\"]\n"
                + "  end\n"
                + "  i0([\"Legitimacy\"])\n"
                + "  p0t0 -->|\"enables\"| k1\n"
                + "  i0 -->|\"explains\"| p0t0\n"
                + "  k1 -->|\"enables\"| k3\n");
  }

  /**
   * Themes without phases: T1 groups A, T2 groups B, C is in no theme. A relation from one theme to
   * another meets both boxes.
   */
  private final ConceptualModel themesWithoutPhases =
      MetaEthnography.review("Themes only")
          .relationKinds("shapes")
          .keyConcept("A", k -> {})
          .keyConcept("B", k -> {})
          .keyConcept("C", k -> {})
          .theme("T1", t -> t.groups("A"))
          .theme("T2", t -> t.groups("B"))
          .relation("T1", "shapes", "T2")
          .synthesize()
          .conceptualModel();

  @Test
  void dot_relationBetweenTwoThemes_hasBothTailAndHead() {
    assertThat(ModelFigures.toDot(themesWithoutPhases))
        .isEqualTo(
            "digraph conceptual_model {\n"
                + "  rankdir=LR;\n"
                + "  compound=true;\n"
                + "  node [shape=box, style=rounded];\n"
                + "  subgraph cluster_p0t0 {\n"
                + "    label=\"T1\";\n"
                + "    k0 [label=\"A\"];\n"
                + "  }\n"
                + "  subgraph cluster_p0t1 {\n"
                + "    label=\"T2\";\n"
                + "    k1 [label=\"B\"];\n"
                + "  }\n"
                + "  k2 [label=\"C\"];\n"
                + "  k0 -> k1 [label=\"shapes\", ltail=cluster_p0t0, lhead=cluster_p0t1];\n"
                + "}\n");
    assertThat(ModelFigures.toMermaid(themesWithoutPhases))
        .isEqualTo(
            "flowchart LR\n"
                + "  subgraph p0t0[\"T1\"]\n"
                + "    k0[\"A\"]\n"
                + "  end\n"
                + "  subgraph p0t1[\"T2\"]\n"
                + "    k1[\"B\"]\n"
                + "  end\n"
                + "  k2[\"C\"]\n"
                + "  p0t0 -->|\"shapes\"| p0t1\n");
  }

  @Test
  void phasesGivenOutOfDeclaredOrder_placeTheKeyConceptInTheFirstDeclaredPhase() {
    // Without themes: Relief is given "after" then "during"; it is drawn in "during", labelled
    // with both phases in declared order, in the group of its stakeholders in declared order.
    ConceptualModel model =
        MetaEthnography.review("Respite")
            .stakeholders("Carers", "Staff")
            .phases("during", "after")
            .keyConcept("Relief", k -> k.phase("after", "during").concerns("Staff", "Carers"))
            .synthesize()
            .conceptualModel();
    assertThat(ModelFigures.toMermaid(model))
        .isEqualTo(
            "flowchart LR\n"
                + "  subgraph p0[\"during\"]\n"
                + "    subgraph p0g0[\"Carers and staff\"]\n"
                + "      k0[\"Relief (during; after)\"]\n"
                + "    end\n"
                + "  end\n");
  }

  @Test
  void note_comesFirst_asAComment() {
    ConceptualModel noted =
        MetaEthnography.review("Respite")
            .stakeholders("Carers")
            .phases("during")
            .keyConcept("Relief", k -> k.definedAs("Ease").phase("during").concerns("Carers"))
            .lineOfArgumentNote("A reconstruction.\nSee section 3.")
            .synthesize()
            .conceptualModel();
    assertThat(ModelFigures.toDot(noted))
        .startsWith("digraph conceptual_model {\n  // A reconstruction.\n  // See section 3.\n");
    assertThat(ModelFigures.toMermaid(noted))
        .startsWith("flowchart LR\n  %% A reconstruction.\n  %% See section 3.\n");
  }

  @Test
  void figures_areWrittenWhole(@TempDir Path dir) throws IOException {
    ModelFigures.writeDot(model, dir.resolve("fig.dot"));
    ModelFigures.writeMermaid(model, dir.resolve("fig.mmd"));
    assertThat(Files.readString(dir.resolve("fig.dot"))).isEqualTo(ModelFigures.toDot(model));
    assertThat(Files.readString(dir.resolve("fig.mmd"))).isEqualTo(ModelFigures.toMermaid(model));
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(ConceptualModel.class, model)
        .testAllPublicStaticMethods(ModelFigures.class);
  }
}

package org.metaethnography.core.figure;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Theme;
import org.metaethnography.synthesis.ConceptualModel;

/**
 * The conceptual model as the figures draw it, whatever they are drawn in (DOT, Mermaid, SVG):
 * boxes for phases holding boxes for stakeholder groups or themes, nodes for key concepts and
 * interpretations, and where each relation's ends are drawn.
 */
final class ModelDrawing {
  private ModelDrawing() {}

  /** A part of the figure: a box or a node. */
  sealed interface Part permits Cluster, Node {}

  /** A box of the figure: a phase, a stakeholder group or a theme, holding parts. */
  record Cluster(String id, String label, List<Part> parts) implements Part {}

  /**
   * A node of the figure: a key concept or an interpretation; in a figure without boxes for
   * stakeholder groups, a key concept names its group.
   */
  record Node(String id, String label, boolean interpretation, String name, Optional<String> group)
      implements Part {}

  /**
   * Where a relation's end is drawn: a node, and for a theme the box it points at (the theme's
   * first box, its arrow drawn to the theme's first key concept).
   */
  record End(String node, Optional<String> cluster) {}

  /**
   * The figure's parts in order, and where each key concept, theme and interpretation is drawn.
   * Phases hold stakeholder groups (or, in a review with themes, themes); a phase or group that is
   * absent (no phase, no stakeholder) draws no box.
   */
  static final class Drawing {
    final List<Part> parts = new ArrayList<>();
    final Map<String, End> ends = new LinkedHashMap<>();

    /** How many key concepts are drawn so far: the number of the next one's node. */
    int keyConceptNodes;

    static Drawing of(ConceptualModel model) {
      return of(model, true);
    }

    /**
     * The figure's parts, with a box for each stakeholder group if {@code boxed}, or else each key
     * concept in its phase's box (or in none) naming its group.
     */
    static Drawing of(ConceptualModel model, boolean boxed) {
      Drawing drawing = new Drawing();
      int phaseIndex = 0;
      for (Optional<Phase> phase : model.phases()) {
        List<Part> inPhase = drawing.parts;
        if (phase.isPresent()) {
          Cluster box = new Cluster("p" + phaseIndex, phase.get().name(), new ArrayList<>());
          drawing.parts.add(box);
          inPhase = box.parts;
        }
        if (model.themes().isEmpty()) {
          int groupIndex = 0;
          for (ImmutableSet<Stakeholder> group : model.groups(phase)) {
            List<Part> inGroup = inPhase;
            Optional<String> named = Optional.empty();
            if (!group.isEmpty() && !boxed) {
              named = Optional.of(Labels.group(group));
            } else if (!group.isEmpty()) {
              Cluster box =
                  new Cluster(
                      "p" + phaseIndex + "g" + groupIndex++,
                      Labels.group(group),
                      new ArrayList<>());
              inPhase.add(box);
              inGroup = box.parts;
            }
            for (KeyConcept keyConcept : model.keyConcepts(phase, group)) {
              inGroup.add(drawing.node(model, keyConcept, named));
            }
          }
        } else {
          drawing.byTheme(model, phase, phaseIndex, inPhase);
        }
        phaseIndex++;
      }
      int interpretations = 0;
      for (Interpretation interpretation : model.interpretations()) {
        String id = "i" + interpretations++;
        drawing.parts.add(
            new Node(id, interpretation.name(), true, interpretation.name(), Optional.empty()));
        drawing.ends.put(interpretation.name(), new End(id, Optional.empty()));
      }
      return drawing;
    }

    /** Key concepts of a phase in boxes by theme, those in no theme outside any box. */
    private void byTheme(
        ConceptualModel model, Optional<Phase> phase, int phaseIndex, List<Part> inPhase) {
      List<KeyConcept> placed = new ArrayList<>();
      model.groups(phase).forEach(g -> placed.addAll(model.keyConcepts(phase, g)));
      int themeIndex = 0;
      for (Theme theme : model.themes()) {
        List<KeyConcept> members =
            placed.stream()
                .filter(k -> model.themeOf(k).filter(theme::equals).isPresent())
                .toList();
        if (members.isEmpty()) {
          continue;
        }
        String id = "p" + phaseIndex + "t" + themeIndex++;
        Cluster box = new Cluster(id, theme.name(), new ArrayList<>());
        inPhase.add(box);
        for (KeyConcept keyConcept : members) {
          Node node = node(model, keyConcept, Optional.empty());
          box.parts.add(node);
          ends.putIfAbsent(theme.name(), new End(node.id, Optional.of(id)));
        }
      }
      for (KeyConcept keyConcept : placed) {
        if (model.themeOf(keyConcept).isEmpty()) {
          inPhase.add(node(model, keyConcept, Optional.empty()));
        }
      }
    }

    /**
     * The node of a key concept, labelled with all its phases where it has more than one, naming
     * {@code group} if it is present.
     */
    private Node node(ConceptualModel model, KeyConcept keyConcept, Optional<String> group) {
      String id = "k" + keyConceptNodes++;
      List<Phase> phases = model.phasesOf(keyConcept);
      String label =
          phases.size() > 1
              ? keyConcept.name()
                  + "\n("
                  + String.join("; ", phases.stream().map(Phase::name).toList())
                  + ")"
              : keyConcept.name();
      ends.put(keyConcept.name(), new End(id, Optional.empty()));
      return new Node(id, label, false, keyConcept.name(), group);
    }
  }
}

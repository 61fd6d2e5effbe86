package org.metaethnography.core.figure;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Theme;
import org.metaethnography.synthesis.ConceptualModel;

/**
 * The conceptual model drawn as text. Each phase is a box holding one box per stakeholder group,
 * which holds that group's key concepts; in a review with themes, a phase holds one box per theme
 * instead, and key concepts in no theme stand in the phase itself. A review without phases draws no
 * phase box, and key concepts that concern no stakeholder no group box. A key concept that belongs
 * to several phases is drawn once, in the first, its label naming all of them ({@code Empowerment
 * (During; After)}). Interpretations are drawn as ellipses (DOT) or stadiums (Mermaid) beside the
 * phases. Each relation of the line of argument is an arrow labelled with its verb; an arrow to or
 * from a theme meets the theme's box. The line of argument's note, if any, comes first as a
 * comment. Parts keep the model's order, so equal models give identical text.
 *
 * <pre>{@code
 * String dot = ModelFigures.toDot(synthesis.conceptualModel());        // render with `dot -Tsvg`
 * String mermaid = ModelFigures.toMermaid(synthesis.conceptualModel()); // paste into Markdown
 * }</pre>
 */
public final class ModelFigures {
  private ModelFigures() {}

  /**
   * Returns the model as a Graphviz DOT digraph, laid out left to right.
   *
   * @param model the conceptual model of a synthesis
   * @return the DOT text
   */
  public static String toDot(ConceptualModel model) {
    Drawing drawing = Drawing.of(model);
    StringBuilder dot = new StringBuilder("digraph conceptual_model {\n");
    model.note().ifPresent(n -> n.lines().forEach(l -> dot.append("  // ").append(l).append('\n')));
    dot.append("  rankdir=LR;\n");
    dot.append("  compound=true;\n");
    dot.append("  node [shape=box, style=rounded];\n");
    for (Part part : drawing.parts) {
      dot(part, "  ", dot);
    }
    for (Relation relation : model.relations()) {
      End from = drawing.ends.get(relation.source());
      End to = drawing.ends.get(relation.target());
      dot.append("  ")
          .append(from.node)
          .append(" -> ")
          .append(to.node)
          .append(" [label=")
          .append(dotString(relation.kind()));
      from.cluster.ifPresent(c -> dot.append(", ltail=cluster_").append(c));
      to.cluster.ifPresent(c -> dot.append(", lhead=cluster_").append(c));
      dot.append("];\n");
    }
    return dot.append("}\n").toString();
  }

  private static void dot(Part part, String indent, StringBuilder dot) {
    if (part instanceof Cluster cluster) {
      dot.append(indent).append("subgraph cluster_").append(cluster.id).append(" {\n");
      dot.append(indent).append("  label=").append(dotString(cluster.label)).append(";\n");
      cluster.parts.forEach(p -> dot(p, indent + "  ", dot));
      dot.append(indent).append("}\n");
    } else if (part instanceof Node node) {
      dot.append(indent)
          .append(node.id)
          .append(" [label=")
          .append(dotString(node.label))
          .append(node.interpretation ? ", shape=ellipse, style=solid" : "")
          .append("];\n");
    }
  }

  /**
   * Returns the model as a Mermaid flowchart, laid out left to right.
   *
   * @param model the conceptual model of a synthesis
   * @return the Mermaid text
   */
  public static String toMermaid(ConceptualModel model) {
    Drawing drawing = Drawing.of(model);
    StringBuilder mmd = new StringBuilder("flowchart LR\n");
    model.note().ifPresent(n -> n.lines().forEach(l -> mmd.append("  %% ").append(l).append('\n')));
    for (Part part : drawing.parts) {
      mermaid(part, "  ", mmd);
    }
    for (Relation relation : model.relations()) {
      End from = drawing.ends.get(relation.source());
      End to = drawing.ends.get(relation.target());
      mmd.append("  ")
          .append(from.cluster.orElse(from.node))
          .append(" -->|")
          .append(mermaidString(relation.kind()))
          .append("| ")
          .append(to.cluster.orElse(to.node))
          .append('\n');
    }
    return mmd.toString();
  }

  private static void mermaid(Part part, String indent, StringBuilder mmd) {
    if (part instanceof Cluster cluster) {
      mmd.append(indent)
          .append("subgraph ")
          .append(cluster.id)
          .append('[')
          .append(mermaidString(cluster.label))
          .append("]\n");
      cluster.parts.forEach(p -> mermaid(p, indent + "  ", mmd));
      mmd.append(indent).append("end\n");
    } else if (part instanceof Node node) {
      mmd.append(indent)
          .append(node.id)
          .append(node.interpretation ? "([" : "[")
          .append(mermaidString(node.label))
          .append(node.interpretation ? "])" : "]")
          .append('\n');
    }
  }

  /** A part of the figure: a box or a node. */
  private sealed interface Part permits Cluster, Node {}

  /** A box of the figure: a phase, a stakeholder group or a theme, holding parts. */
  private record Cluster(String id, String label, List<Part> parts) implements Part {}

  /** A node of the figure: a key concept or an interpretation. */
  private record Node(String id, String label, boolean interpretation) implements Part {}

  /**
   * Where a relation's end is drawn: a node, and for a theme the box it points at (the theme's
   * first box, its arrow drawn to the theme's first key concept).
   */
  private record End(String node, Optional<String> cluster) {}

  /**
   * The figure's parts in order, and where each key concept, theme and interpretation is drawn.
   * Phases hold stakeholder groups (or, in a review with themes, themes); a phase or group that is
   * absent (no phase, no stakeholder) draws no box.
   */
  private static final class Drawing {
    final List<Part> parts = new ArrayList<>();
    final Map<String, End> ends = new LinkedHashMap<>();

    /** How many key concepts are drawn so far: the number of the next one's node. */
    int keyConceptNodes;

    static Drawing of(ConceptualModel model) {
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
            if (!group.isEmpty()) {
              Cluster box =
                  new Cluster(
                      "p" + phaseIndex + "g" + groupIndex++,
                      Labels.group(group),
                      new ArrayList<>());
              inPhase.add(box);
              inGroup = box.parts;
            }
            for (KeyConcept keyConcept : model.keyConcepts(phase, group)) {
              inGroup.add(drawing.node(model, keyConcept));
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
        drawing.parts.add(new Node(id, interpretation.name(), true));
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
          Node node = node(model, keyConcept);
          box.parts.add(node);
          ends.putIfAbsent(theme.name(), new End(node.id, Optional.of(id)));
        }
      }
      for (KeyConcept keyConcept : placed) {
        if (model.themeOf(keyConcept).isEmpty()) {
          inPhase.add(node(model, keyConcept));
        }
      }
    }

    /** The node of a key concept, labelled with all its phases where it has more than one. */
    private Node node(ConceptualModel model, KeyConcept keyConcept) {
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
      return new Node(id, label, false);
    }
  }

  /**
   * Writes the model as DOT to {@code file}, whole or not at all.
   *
   * @throws IOException if the file cannot be written
   * @param model the conceptual model of a synthesis
   * @param file the file to write; its directory is created if needed
   * @see OutputFiles#write(Path, String) how files are written
   */
  public static void writeDot(ConceptualModel model, Path file) throws IOException {
    OutputFiles.write(file, toDot(model));
  }

  /**
   * Writes the model as Mermaid to {@code file}, whole or not at all.
   *
   * @throws IOException if the file cannot be written
   * @param model the conceptual model of a synthesis
   * @param file the file to write; its directory is created if needed
   * @see OutputFiles#write(Path, String) how files are written
   */
  public static void writeMermaid(ConceptualModel model, Path file) throws IOException {
    OutputFiles.write(file, toMermaid(model));
  }

  /**
   * A DOT string: backslashes and quotes escaped, and every line break (LF, CR or CRLF) written as
   * DOT's {@code \n}, so that the statement stays on one line.
   */
  private static String dotString(String text) {
    return "\""
        + LINE_BREAK.matcher(text.replace("\\", "\\\\").replace("\"", "\\\"")).replaceAll("\\\\n")
        + "\"";
  }

  /**
   * A Mermaid label: quotes written as an entity and every line break (LF, CR or CRLF) as a space,
   * since a Mermaid statement must stay on one line.
   */
  private static String mermaidString(String text) {
    return "\"" + LINE_BREAK.matcher(text.replace("\"", "#quot;")).replaceAll(" ") + "\"";
  }

  /** A line break: CRLF, or a lone CR or LF. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
}

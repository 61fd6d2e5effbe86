package org.metaethnography.core.figure;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.core.internal.TextFiles;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.ConceptualModel;

/**
 * The conceptual model drawn as text. Each phase is a box holding one box per stakeholder group,
 * which holds that group's key concepts; each relation of the line of argument is an arrow labelled
 * with its verb; the line of argument's note, if any, comes first as a comment. Phases, groups and
 * key concepts keep the model's order, so equal models give identical text.
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
    Map<String, String> ids = ids(model);
    StringBuilder dot = new StringBuilder("digraph conceptual_model {\n");
    model.note().ifPresent(n -> n.lines().forEach(l -> dot.append("  // ").append(l).append('\n')));
    dot.append("  rankdir=LR;\n");
    dot.append("  compound=true;\n");
    dot.append("  node [shape=box, style=rounded];\n");
    int phaseIndex = 0;
    for (Optional<Phase> phase : model.phases()) {
      String indent = phase.isPresent() ? "    " : "  ";
      if (phase.isPresent()) {
        dot.append("  subgraph cluster_p").append(phaseIndex).append(" {\n");
        dot.append("    label=").append(dotString(phase.get().name())).append(";\n");
      }
      int groupIndex = 0;
      for (ImmutableSet<Stakeholder> group : model.groups(phase)) {
        String inner = group.isEmpty() ? indent : indent + "  ";
        if (!group.isEmpty()) {
          dot.append(indent)
              .append("subgraph cluster_p")
              .append(phaseIndex)
              .append('g')
              .append(groupIndex++)
              .append(" {\n");
          dot.append(inner).append("label=").append(dotString(Labels.group(group))).append(";\n");
        }
        for (KeyConcept keyConcept : model.keyConcepts(phase, group)) {
          dot.append(inner)
              .append(ids.get(keyConcept.name()))
              .append(" [label=")
              .append(dotString(keyConcept.name()))
              .append("];\n");
        }
        if (!group.isEmpty()) {
          dot.append(indent).append("}\n");
        }
      }
      if (phase.isPresent()) {
        dot.append("  }\n");
      }
      phaseIndex++;
    }
    for (Relation relation : model.relations()) {
      dot.append("  ")
          .append(ids.get(relation.source()))
          .append(" -> ")
          .append(ids.get(relation.target()))
          .append(" [label=")
          .append(dotString(relation.kind()))
          .append("];\n");
    }
    return dot.append("}\n").toString();
  }

  /**
   * Returns the model as a Mermaid flowchart, laid out left to right.
   *
   * @param model the conceptual model of a synthesis
   * @return the Mermaid text
   */
  public static String toMermaid(ConceptualModel model) {
    Map<String, String> ids = ids(model);
    StringBuilder mmd = new StringBuilder("flowchart LR\n");
    model.note().ifPresent(n -> n.lines().forEach(l -> mmd.append("  %% ").append(l).append('\n')));
    int phaseIndex = 0;
    for (Optional<Phase> phase : model.phases()) {
      String indent = phase.isPresent() ? "    " : "  ";
      if (phase.isPresent()) {
        mmd.append("  subgraph p")
            .append(phaseIndex)
            .append('[')
            .append(mermaidString(phase.get().name()))
            .append("]\n");
      }
      int groupIndex = 0;
      for (ImmutableSet<Stakeholder> group : model.groups(phase)) {
        String inner = group.isEmpty() ? indent : indent + "  ";
        if (!group.isEmpty()) {
          mmd.append(indent)
              .append("subgraph p")
              .append(phaseIndex)
              .append('g')
              .append(groupIndex++)
              .append('[')
              .append(mermaidString(Labels.group(group)))
              .append("]\n");
        }
        for (KeyConcept keyConcept : model.keyConcepts(phase, group)) {
          mmd.append(inner)
              .append(ids.get(keyConcept.name()))
              .append('[')
              .append(mermaidString(keyConcept.name()))
              .append("]\n");
        }
        if (!group.isEmpty()) {
          mmd.append(indent).append("end\n");
        }
      }
      if (phase.isPresent()) {
        mmd.append("  end\n");
      }
      phaseIndex++;
    }
    for (Relation relation : model.relations()) {
      mmd.append("  ")
          .append(ids.get(relation.source()))
          .append(" -->|")
          .append(mermaidString(relation.kind()))
          .append("| ")
          .append(ids.get(relation.target()))
          .append('\n');
    }
    return mmd.toString();
  }

  /**
   * Writes the model as DOT to {@code file}, whole or not at all.
   *
   * @throws IOException if the file cannot be written
   * @param model the conceptual model of a synthesis
   * @param file the file to write; its directory is created if needed
   */
  public static void writeDot(ConceptualModel model, Path file) throws IOException {
    TextFiles.write(file, toDot(model));
  }

  /**
   * Writes the model as Mermaid to {@code file}, whole or not at all.
   *
   * @throws IOException if the file cannot be written
   * @param model the conceptual model of a synthesis
   * @param file the file to write; its directory is created if needed
   */
  public static void writeMermaid(ConceptualModel model, Path file) throws IOException {
    TextFiles.write(file, toMermaid(model));
  }

  /** Identifiers {@code k0, k1, ...} for key concepts in the order the model places them. */
  private static Map<String, String> ids(ConceptualModel model) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Optional<Phase> phase : model.phases()) {
      for (ImmutableSet<Stakeholder> group : model.groups(phase)) {
        for (KeyConcept keyConcept : model.keyConcepts(phase, group)) {
          ids.putIfAbsent(keyConcept.name(), "k" + ids.size());
        }
      }
    }
    return ImmutableMap.copyOf(ids);
  }

  private static String dotString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String mermaidString(String text) {
    return "\"" + text.replace("\"", "#quot;").replace("\n", " ") + "\"";
  }
}

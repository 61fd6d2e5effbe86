package org.metaethnography.core.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.model.Relation;
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
    ModelDrawing.Drawing drawing = ModelDrawing.Drawing.of(model);
    StringBuilder dot = new StringBuilder("digraph conceptual_model {\n");
    model.note().ifPresent(n -> n.lines().forEach(l -> dot.append("  // ").append(l).append('\n')));
    dot.append("  rankdir=LR;\n");
    dot.append("  compound=true;\n");
    dot.append("  node [shape=box, style=rounded];\n");
    for (ModelDrawing.Part part : drawing.parts) {
      dot(part, "  ", dot);
    }
    for (Relation relation : model.relations()) {
      ModelDrawing.End from = drawing.ends.get(relation.source());
      ModelDrawing.End to = drawing.ends.get(relation.target());
      dot.append("  ")
          .append(from.node())
          .append(" -> ")
          .append(to.node())
          .append(" [label=")
          .append(dotString(relation.kind()));
      from.cluster().ifPresent(c -> dot.append(", ltail=cluster_").append(c));
      to.cluster().ifPresent(c -> dot.append(", lhead=cluster_").append(c));
      dot.append("];\n");
    }
    return dot.append("}\n").toString();
  }

  private static void dot(ModelDrawing.Part part, String indent, StringBuilder dot) {
    if (part instanceof ModelDrawing.Cluster cluster) {
      dot.append(indent).append("subgraph cluster_").append(cluster.id()).append(" {\n");
      dot.append(indent).append("  label=").append(dotString(cluster.label())).append(";\n");
      cluster.parts().forEach(p -> dot(p, indent + "  ", dot));
      dot.append(indent).append("}\n");
    } else if (part instanceof ModelDrawing.Node node) {
      dot.append(indent)
          .append(node.id())
          .append(" [label=")
          .append(dotString(node.label()))
          .append(node.interpretation() ? ", shape=ellipse, style=solid" : "")
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
    ModelDrawing.Drawing drawing = ModelDrawing.Drawing.of(model);
    StringBuilder mmd = new StringBuilder("flowchart LR\n");
    model.note().ifPresent(n -> n.lines().forEach(l -> mmd.append("  %% ").append(l).append('\n')));
    for (ModelDrawing.Part part : drawing.parts) {
      mermaid(part, "  ", mmd);
    }
    for (Relation relation : model.relations()) {
      ModelDrawing.End from = drawing.ends.get(relation.source());
      ModelDrawing.End to = drawing.ends.get(relation.target());
      mmd.append("  ")
          .append(from.cluster().orElse(from.node()))
          .append(" -->|")
          .append(mermaidString(relation.kind()))
          .append("| ")
          .append(to.cluster().orElse(to.node()))
          .append('\n');
    }
    return mmd.toString();
  }

  private static void mermaid(ModelDrawing.Part part, String indent, StringBuilder mmd) {
    if (part instanceof ModelDrawing.Cluster cluster) {
      mmd.append(indent)
          .append("subgraph ")
          .append(cluster.id())
          .append('[')
          .append(mermaidString(cluster.label()))
          .append("]\n");
      cluster.parts().forEach(p -> mermaid(p, indent + "  ", mmd));
      mmd.append(indent).append("end\n");
    } else if (part instanceof ModelDrawing.Node node) {
      mmd.append(indent)
          .append(node.id())
          .append(node.interpretation() ? "([" : "[")
          .append(mermaidString(node.label()))
          .append(node.interpretation() ? "])" : "]")
          .append('\n');
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

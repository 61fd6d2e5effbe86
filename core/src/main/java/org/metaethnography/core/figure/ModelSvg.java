package org.metaethnography.core.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.metaethnography.model.Relation;
import org.metaethnography.synthesis.ConceptualModel;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.ValenceProfile;

/**
 * The conceptual model drawn as SVG: the parts of {@link ModelDrawing} laid out by the Eclipse
 * Layout Kernel's layered algorithm, phases as columns from left to right in their order (or, when
 * those cannot be legible on a page, one below another), the review's title above, a legend and the
 * line of argument's note as a caption below.
 */
final class ModelSvg {
  static {
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /** Font sizes, in user units. */
  static final double NODE_FONT = 15;

  static final double BOX_FONT = 15;
  static final double LABEL_FONT = 15;
  static final double TITLE_FONT = 20;
  static final double SMALL_FONT = 15;

  /** The widest a node's text runs before it wraps. */
  private static final double NODE_TEXT = 118;

  private static final double NODE_PAD = 8;
  private static final double MARGIN = 16;

  /** How much larger than their base sizes the figure's fonts are. */
  private final double scale;

  /** Whether phases are columns from left to right, rather than one below another. */
  private final boolean columns;

  private ModelSvg(double scale, boolean columns) {
    this.scale = scale;
    this.columns = columns;
  }

  /**
   * The smallest ratio of a font size to the figure's width: 8 pt (2.822 mm) on a page 210 mm wide
   * (A4), so that no text is smaller than that when the figure is printed at the page's width.
   */
  static final double MIN_FONT_TO_WIDTH = 8 / 72.0 * 25.4 / 210;

  /**
   * The SVG of the conceptual model. A figure too wide for its text to be 8 pt at A4 width is laid
   * out again with larger text, until it is; the text grows faster than the spacing between parts,
   * so a few rounds suffice.
   */
  static String svg(Synthesis synthesis) {
    Optional<String> columns = legible(synthesis, true);
    if (columns.isPresent()) {
      return columns.get();
    }
    // Phases as columns cannot be printed legibly at A4 width: they are drawn one below another,
    // which reads from top to bottom and is much narrower; failing that, as columns at base size.
    return legible(synthesis, false).orElseGet(() -> new ModelSvg(1, true).render(synthesis));
  }

  /**
   * The figure with phases as columns (or one below another), its text as large as it needs (up to
   * MAX_SCALE times) to be 8 pt at A4 width, if it can be. Larger text helps only while the text,
   * not the room between parts, makes the width: it is tried while each round brings the figure
   * nearer the rule.
   */
  private static Optional<String> legible(Synthesis synthesis, boolean columns) {
    ModelSvg base = new ModelSvg(1, columns);
    String svg = base.render(synthesis);
    double ratio = base.smallestToWidth();
    if (ratio >= MIN_FONT_TO_WIDTH) {
      return Optional.of(svg);
    }
    double scale = 1;
    for (int round = 0; round < 8 && scale < MAX_SCALE; round++) {
      scale = Math.min(MAX_SCALE, scale * MIN_FONT_TO_WIDTH / ratio * 1.02);
      ModelSvg larger = new ModelSvg(scale, columns);
      String candidate = larger.render(synthesis);
      double nearer = larger.smallestToWidth();
      if (nearer >= MIN_FONT_TO_WIDTH) {
        return Optional.of(candidate);
      }
      if (nearer <= ratio) {
        break;
      }
      ratio = nearer;
    }
    return Optional.empty();
  }

  /** How many times larger than their base sizes text is drawn, at most. */
  private static final double MAX_SCALE = 3;

  /** The smallest font size as drawn (rounded as the SVG writes it) over the figure's width. */
  private double smallestToWidth() {
    return Double.parseDouble(Svg.n(scale * SMALLEST)) / Double.parseDouble(Svg.n(width));
  }

  /** A stroke width, grown with the text but more slowly, as the SVG writes it. */
  private String w(double base) {
    return Svg.n(base * Math.sqrt(scale));
  }

  /** A size of a legend's mark, grown with the text. */
  private double mark(double base) {
    return base * scale;
  }

  /** The smallest base font size of the figure. */
  private static final double SMALLEST = 15;

  /** Each box and node of the layout, by the identifier of its part of the drawing. */
  private final Map<String, ElkNode> nodes = new LinkedHashMap<>();

  /** Each box of the layout, outermost first, with its title's lines. */
  private final Map<ElkNode, List<String>> titles = new LinkedHashMap<>();

  /** Each node of the layout with the part of the drawing it shows. */
  private final Map<ElkNode, ModelDrawing.Node> drawn = new LinkedHashMap<>();

  /** Each node's text in lines, as it was measured. */
  private final Map<ElkNode, List<String>> labels = new LinkedHashMap<>();

  /** The width of the figure last rendered. */
  private double width;

  private String render(Synthesis synthesis) {
    ConceptualModel model = synthesis.conceptualModel();
    ModelDrawing.Drawing drawing = ModelDrawing.Drawing.of(model);
    Map<String, ValenceProfile> valences = new HashMap<>();
    for (KeyConceptProfile profile : synthesis.profiles()) {
      valences.put(profile.keyConcept().name(), profile.valence());
    }
    boolean phased = columns && model.phases().stream().anyMatch(Optional::isPresent);
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    spacing(root);
    if (!phased) {
      // Without phases, the whole model is laid out from top to bottom, relations downwards.
      downwards(root);
      if (drawing.parts.stream().noneMatch(ModelDrawing.Cluster.class::isInstance)) {
        // With no box, there is no hierarchy to lay out as one, and parts with no relation
        // between them can be packed.
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
      }
      for (ModelDrawing.Part part : drawing.parts) {
        add(root, part);
      }
    } else {
      // Phases are columns from left to right, each laid out from top to bottom; the parts
      // outside any phase (interpretations) make a last column without a box.
      root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
      // Columns with no relation between them are still columns, not packed as separate parts.
      root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
      root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
      ElkNode loose = null;
      int column = 0;
      for (ModelDrawing.Part part : drawing.parts) {
        ElkNode node;
        if (part instanceof ModelDrawing.Cluster) {
          node = add(root, part);
        } else {
          if (loose == null) {
            loose = ElkGraphUtil.createNode(root);
            loose.setProperty(CoreOptions.PADDING, new ElkPadding(0));
          }
          add(loose, part);
          continue;
        }
        column(node, column++);
      }
      if (loose != null) {
        column(loose, column);
      }
    }
    List<ElkEdge> edges = new ArrayList<>();
    List<ElkEdge> arrows = new ArrayList<>();
    for (Relation relation : model.relations()) {
      ElkNode from = endOf(drawing.ends.get(relation.source()));
      ElkNode to = endOf(drawing.ends.get(relation.target()));
      ElkNode fromColumn = columnOf(from, root);
      ElkNode toColumn = columnOf(to, root);
      if (!phased || fromColumn == toColumn) {
        ElkEdge edge = edge(from, to, relation.kind());
        edges.add(edge);
        arrows.add(edge);
        continue;
      }
      // Between columns: out through a port on each box around the source, on the side towards
      // the target's column, across with the verb, and in through a port on each box around the
      // target; ELK routes each piece within its box.
      boolean rightwards =
          fromColumn.getProperty(LayeredOptions.PARTITIONING_PARTITION)
              < toColumn.getProperty(LayeredOptions.PARTITIONING_PARTITION);
      PortSide outSide = rightwards ? PortSide.EAST : PortSide.WEST;
      PortSide inSide = rightwards ? PortSide.WEST : PortSide.EAST;
      ElkConnectableShape at = from;
      for (ElkNode box = from.getParent(); box != root; box = box.getParent()) {
        ElkPort out = port(box, outSide);
        edges.add(inside(at, out, box));
        at = out;
      }
      List<ElkNode> boxes = new ArrayList<>();
      for (ElkNode box = to.getParent(); box != root; box = box.getParent()) {
        boxes.add(0, box);
      }
      if (boxes.isEmpty()) {
        // The target is a column itself (a box outside any phase): the arrow ends on it.
        ElkEdge across = edge(at, to, relation.kind());
        edges.add(across);
        arrows.add(across);
        continue;
      }
      ElkPort in = port(boxes.get(0), inSide);
      edges.add(edge(at, in, relation.kind()));
      for (int i = 0; i < boxes.size(); i++) {
        ElkConnectableShape next = i + 1 < boxes.size() ? port(boxes.get(i + 1), inSide) : to;
        ElkEdge piece = inside(in, next, boxes.get(i));
        edges.add(piece);
        if (next == to) {
          arrows.add(piece);
        } else {
          in = (ElkPort) next;
        }
      }
    }
    rows(edges);
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    return draw(synthesis, model, root, edges, arrows, valences);
  }

  /**
   * Arranges the key concepts of a box that relates none of them to another of them in rows of
   * about the square root of their number, rather than all side by side: an undrawn edge from each
   * to the one a row below it places them so.
   */
  private void rows(List<ElkEdge> edges) {
    for (ElkNode box : titles.keySet()) {
      List<ElkNode> leaves = new ArrayList<>();
      for (ElkNode child : box.getChildren()) {
        if (drawn.containsKey(child)) {
          leaves.add(child);
        }
      }
      boolean related =
          edges.stream()
              .anyMatch(
                  e ->
                      leaves.contains(ElkGraphUtil.connectableShapeToNode(e.getSources().get(0)))
                          && leaves.contains(
                              ElkGraphUtil.connectableShapeToNode(e.getTargets().get(0))));
      if (leaves.size() <= 3 || related) {
        continue;
      }
      int perRow = (int) Math.ceil(Math.sqrt(leaves.size()));
      for (int i = 0; i + perRow < leaves.size(); i++) {
        ElkEdge placing = ElkGraphUtil.createSimpleEdge(leaves.get(i), leaves.get(i + perRow));
        placing.setContainingNode(box);
      }
    }
  }

  private static void spacing(ElkNode graph) {
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 28.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 10.0);
  }

  /** Lays out {@code graph} and everything in it as one, from top to bottom, in model order. */
  private static void downwards(ElkNode graph) {
    graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    graph.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    // Parts with no relation between them are packed in rows towards the shape of a page, not all
    // side by side in one.
    graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
    graph.setProperty(CoreOptions.ASPECT_RATIO, 0.75);
    spacing(graph);
  }

  /** Makes {@code node} the column of index {@code index}, laid out from top to bottom. */
  private static void column(ElkNode node, int index) {
    downwards(node);
    node.setProperty(LayeredOptions.PARTITIONING_PARTITION, index);
    node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
  }

  /** The column (a child of {@code root}) that holds {@code node}, or the node itself. */
  private static ElkNode columnOf(ElkNode node, ElkNode root) {
    ElkNode column = node;
    while (column.getParent() != null && column.getParent() != root) {
      column = column.getParent();
    }
    return column;
  }

  /** An unlabelled edge from {@code from} to {@code to} that belongs to {@code box}. */
  private static ElkEdge inside(ElkConnectableShape from, ElkConnectableShape to, ElkNode box) {
    ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
    edge.setContainingNode(box);
    return edge;
  }

  private static ElkPort port(ElkNode node, PortSide side) {
    node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
    ElkPort port = ElkGraphUtil.createPort(node);
    port.setProperty(CoreOptions.PORT_SIDE, side);
    port.setDimensions(0, 0);
    return port;
  }

  /** An edge from {@code from} to {@code to}, labelled with {@code verb} unless it is null. */
  private ElkEdge edge(ElkConnectableShape from, ElkConnectableShape to, String verb) {
    ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
    if (verb != null) {
      ElkLabel label = ElkGraphUtil.createLabel(verb, edge);
      label.setDimensions(
          TextMetrics.width(verb, (scale * LABEL_FONT), false) + 4,
          (scale * LABEL_FONT) * TextMetrics.LINE);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
    }
    ElkGraphUtil.updateContainment(edge);
    return edge;
  }

  private ElkNode endOf(ModelDrawing.End end) {
    return nodes.get(end.cluster().orElse(end.node()));
  }

  /** Adds {@code part} to {@code parent}, sized by its text, with its parts inside. */
  private ElkNode add(ElkNode parent, ModelDrawing.Part part) {
    ElkNode node = ElkGraphUtil.createNode(parent);
    if (part instanceof ModelDrawing.Cluster cluster) {
      List<String> title = TextMetrics.wrap(cluster.label(), scale * 170, (scale * BOX_FONT), true);
      double top = title.size() * (scale * BOX_FONT) * TextMetrics.LINE + 12;
      node.setProperty(CoreOptions.PADDING, new ElkPadding(top, 12, 12, 12));
      double minWidth = TextMetrics.widest(title, (scale * BOX_FONT), true) + 24;
      node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
      node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, top + 20));
      titles.put(node, title);
      nodes.put(cluster.id(), node);
      for (ModelDrawing.Part inner : cluster.parts()) {
        add(node, inner);
      }
    } else if (part instanceof ModelDrawing.Node leaf) {
      List<String> lines =
          TextMetrics.wrap(leaf.label(), (scale * NODE_TEXT), (scale * NODE_FONT), false);
      double w = TextMetrics.widest(lines, (scale * NODE_FONT), false) + 2 * (scale * NODE_PAD);
      double h = lines.size() * (scale * NODE_FONT) * TextMetrics.LINE + 2 * (scale * NODE_PAD);
      if (leaf.interpretation()) {
        // An ellipse holding the text's box: its axes are the box's times the square root of 2.
        w *= Math.sqrt(2);
        h *= Math.sqrt(2);
      }
      node.setDimensions(w, h);
      nodes.put(leaf.id(), node);
      drawn.put(node, leaf);
      labels.put(node, lines);
    }
    return node;
  }

  /** The absolute position of {@code node}'s top left corner in the layout. */
  private static double[] origin(ElkNode node) {
    double x = 0;
    double y = 0;
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      x += n.getX();
      y += n.getY();
    }
    return new double[] {x, y};
  }

  private String draw(
      Synthesis synthesis,
      ConceptualModel model,
      ElkNode root,
      List<ElkEdge> edges,
      List<ElkEdge> arrows,
      Map<String, ValenceProfile> valences) {
    String reviewTitle = synthesis.review().title();
    double layoutWidth = root.getWidth();
    width = Math.max(layoutWidth, 480) + 2 * MARGIN;
    List<String> title =
        TextMetrics.wrap(reviewTitle, width - 2 * MARGIN, (scale * TITLE_FONT), true);
    double top = MARGIN + title.size() * (scale * TITLE_FONT) * TextMetrics.LINE + 12;
    double left = MARGIN + (width - 2 * MARGIN - layoutWidth) / 2;
    Svg svg = new Svg();
    svg.raw(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
            + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\""
            + INK
            + "\"/></marker></defs>");
    svg.text("title", width / 2, MARGIN, title, (scale * TITLE_FONT), true, "middle");
    // Boxes first, outermost first, so that inner boxes and nodes are drawn over them.
    for (Map.Entry<ElkNode, List<String>> box : titles.entrySet()) {
      ElkNode node = box.getKey();
      double[] at = origin(node);
      boolean phase = node.getParent() == root;
      svg.rect(
          phase ? "phase" : "group",
          left + at[0],
          top + at[1],
          node.getWidth(),
          node.getHeight(),
          phase
              ? "rx=\"10\" fill=\"#f4f6f8\" stroke=\"#8a96a3\" stroke-width=\"" + w(1.5) + "\""
              : "rx=\"8\" fill=\"#ffffff\" stroke=\"#b3bcc6\" stroke-width=\"" + w(1.2) + "\"");
      svg.text(
          phase ? "phase-title" : "group-title",
          left + at[0] + node.getWidth() / 2,
          top + at[1] + 6,
          box.getValue(),
          (scale * BOX_FONT),
          true,
          "middle");
    }
    Set<ValenceProfile> used = EnumSet.noneOf(ValenceProfile.class);
    boolean interpretations = false;
    for (Map.Entry<ElkNode, ModelDrawing.Node> entry : drawn.entrySet()) {
      ElkNode node = entry.getKey();
      ModelDrawing.Node leaf = entry.getValue();
      double[] at = origin(node);
      double x = left + at[0];
      double y = top + at[1];
      if (leaf.interpretation()) {
        interpretations = true;
        svg.raw(ellipse("interpretation", x, y, node.getWidth(), node.getHeight()));
      } else {
        ValenceProfile valence = valences.getOrDefault(leaf.name(), ValenceProfile.NONE);
        used.add(valence);
        svg.rect(
            "key-concept " + valence.name().toLowerCase(Locale.ROOT),
            x,
            y,
            node.getWidth(),
            node.getHeight(),
            "rx=\"6\" " + style(valence));
      }
      List<String> lines = labels.get(node);
      double textHeight = lines.size() * (scale * NODE_FONT) * TextMetrics.LINE;
      svg.text(
          "node-label",
          x + node.getWidth() / 2,
          y + (node.getHeight() - textHeight) / 2,
          lines,
          (scale * NODE_FONT),
          false,
          "middle");
    }
    for (ElkEdge edge : edges) {
      ElkNode container = edge.getContainingNode();
      double[] at = container == null ? new double[] {0, 0} : origin(container);
      double dx = left + at[0];
      double dy = top + at[1];
      for (ElkEdgeSection section : edge.getSections()) {
        StringBuilder path = new StringBuilder();
        path.append('M').append(point(dx + section.getStartX(), dy + section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
          path.append(" L").append(point(dx + bend.getX(), dy + bend.getY()));
        }
        path.append(" L").append(point(dx + section.getEndX(), dy + section.getEndY()));
        svg.raw(
            "<path class=\"relation\" d=\""
                + path
                + "\" fill=\"none\" stroke=\""
                + INK
                + "\" stroke-width=\""
                + w(1.4)
                + "\""
                + (arrows.contains(edge) ? " marker-end=\"url(#arrow)\"" : "")
                + "/>");
      }
      for (ElkLabel label : edge.getLabels()) {
        svg.text(
            "relation-label",
            dx + label.getX() + label.getWidth() / 2,
            dy + label.getY(),
            List.of(label.getText()),
            (scale * LABEL_FONT),
            false,
            "middle");
      }
    }
    double y =
        legend(svg, top + root.getHeight() + 18, width, used, interpretations, !edges.isEmpty());
    if (model.note().isPresent()) {
      List<String> lines =
          TextMetrics.wrap(
              "Note: " + model.note().get(), width - 2 * MARGIN, (scale * SMALL_FONT), false);
      svg.text("caption", MARGIN, y, lines, (scale * SMALL_FONT), false, "start");
      y += lines.size() * (scale * SMALL_FONT) * TextMetrics.LINE;
    }
    return svg.document(
        width,
        y + MARGIN,
        "Conceptual model: " + reviewTitle,
        "The line of argument of the review: key concepts by phase and stakeholder group,"
            + " related by labelled arrows");
  }

  /**
   * Draws the legend from {@code y}: the styles of key concepts the figure uses, interpretations
   * and relations if it has them, in rows no wider than the figure; returns where it ends.
   */
  private double legend(
      Svg svg,
      double y,
      double width,
      Set<ValenceProfile> used,
      boolean interpretations,
      boolean relations) {
    double x = MARGIN;
    double row = (scale * SMALL_FONT) * TextMetrics.LINE + 8;
    svg.text("legend-title", x, y, List.of("Legend"), (scale * SMALL_FONT), true, "start");
    x += TextMetrics.width("Legend", (scale * SMALL_FONT), true) + 14;
    List<String> entries = new ArrayList<>();
    for (ValenceProfile valence : ValenceProfile.values()) {
      if (used.contains(valence)) {
        entries.add(valence.name());
      }
    }
    if (interpretations) {
      entries.add("INTERPRETATION");
    }
    if (relations) {
      entries.add("RELATION");
    }
    double middle = (scale * SMALL_FONT) * TextMetrics.LINE / 2;
    for (String entry : entries) {
      String words =
          switch (entry) {
            case "INTERPRETATION" -> "interpretation";
            case "RELATION" -> "relation, its verb on the arrow";
            default -> words(ValenceProfile.valueOf(entry));
          };
      double need = mark(34) + TextMetrics.width(words, (scale * SMALL_FONT), false) + mark(18);
      if (x + need > width - MARGIN) {
        x = MARGIN;
        y += row;
      }
      switch (entry) {
        case "INTERPRETATION" ->
            svg.raw(ellipse("legend-mark", x, y + middle - mark(8), mark(26), mark(16)));
        case "RELATION" ->
            svg.raw(
                "<path class=\"legend-mark\" d=\"M"
                    + point(x, y + middle)
                    + " L"
                    + point(x + mark(26), y + middle)
                    + "\" stroke=\""
                    + INK
                    + "\" stroke-width=\""
                    + w(1.4)
                    + "\" marker-end=\"url(#arrow)\"/>");
        default ->
            svg.rect(
                "legend-mark",
                x,
                y + middle - mark(8),
                mark(26),
                mark(16),
                "rx=\"4\" " + style(ValenceProfile.valueOf(entry)));
      }
      svg.text(
          "legend-label", x + mark(34), y, List.of(words), (scale * SMALL_FONT), false, "start");
      x += need;
    }
    return y + row + 6;
  }

  private String ellipse(String cls, double x, double y, double width, double height) {
    return String.format(
        "<ellipse class=\"%s\" cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"#fff8e6\""
            + " stroke=\"#b7791f\" stroke-width=\""
            + w(1.5)
            + "\"/>",
        cls,
        Svg.n(x + width / 2),
        Svg.n(y + height / 2),
        Svg.n(width / 2),
        Svg.n(height / 2));
  }

  private static String point(double x, double y) {
    return Svg.n(x) + " " + Svg.n(y);
  }

  /** The colour of arrows and their heads. */
  private static final String INK = "#37474f";

  private static String words(ValenceProfile valence) {
    return switch (valence) {
      case POSITIVE -> "positive";
      case NEGATIVE -> "negative";
      case BOTH -> "positive and negative aspects";
      case MIXED -> "mixed";
      case NONE -> "valence not reported";
    };
  }

  private String style(ValenceProfile valence) {
    return switch (valence) {
      case POSITIVE -> "fill=\"#e8f3ec\" stroke=\"#2f7d4f\" stroke-width=\"" + w(1.6) + "\"";
      case NEGATIVE ->
          "fill=\"#fbeaea\" stroke=\"#b03a3a\" stroke-width=\""
              + w(1.6)
              + "\" stroke-dasharray=\"6 3\"";
      case BOTH ->
          "fill=\"#f1ecf8\" stroke=\"#6a4c9c\" stroke-width=\""
              + w(2.4)
              + "\" stroke-dasharray=\"10 3 2 3\"";
      case MIXED ->
          "fill=\"#f1ecf8\" stroke=\"#6a4c9c\" stroke-width=\""
              + w(1.6)
              + "\" stroke-dasharray=\"2 2\"";
      case NONE -> "fill=\"#ffffff\" stroke=\"#5f6b76\" stroke-width=\"" + w(1.2) + "\"";
    };
  }
}

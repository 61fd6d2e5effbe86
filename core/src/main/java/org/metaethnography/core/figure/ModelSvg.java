package org.metaethnography.core.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.eclipse.elk.alg.layered.options.EdgeLabelSideSelection;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
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
 * those cannot be legible on a page, one below another), relations running downwards in each (or,
 * where that stands many key concepts side by side, across), stakeholder groups as boxes in each
 * (or, when those cannot be legible on a page, named on each key concept), relations as arrows that
 * carry their verbs (or, when those cannot be legible on a page, numbers the legend keys to the
 * verbs), the review's title above, a legend and the line of argument's note as a caption below.
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

  /** How the figure is arranged. */
  private final Arrangement arrangement;

  private ModelSvg(double scale, Arrangement arrangement) {
    this.scale = scale;
    this.arrangement = arrangement;
  }

  /**
   * How a figure is arranged: where its phases go; which columns (or rows), by index in their
   * order, have their relations running across, from left to right, rather than downwards (a column
   * for each phase, then for each box outside any phase, then for the parts outside any box; a
   * figure laid out as one is one, of index 0); and whether a box running across that holds a chain
   * of relations too long for a row wraps it into rows; and whether each stakeholder group has its
   * box, or each key concept names its group instead; and whether each arrow carries its verb, or a
   * number the legend keys to the verb.
   */
  private record Arrangement(
      Phases phases, IntPredicate across, boolean wrapped, boolean boxed, boolean keyed) {}

  /** The number on the arrows of each verb, when they carry numbers (in order of first use). */
  private final Map<String, String> keys = new LinkedHashMap<>();

  /** Where the phases of a figure go, each way tried in this order. */
  private enum Phases {
    /** Columns from left to right, each phase laid out on its own. */
    COLUMNS,
    /**
     * One below another, the whole laid out as one, so that relations run straight down through the
     * phases.
     */
    STACKED,
    /** Rows from top to bottom, each phase laid out on its own, centred. */
    ROWS
  }

  /**
   * The smallest ratio of a font size to the figure's width: 8 pt (2.822 mm) on a page 210 mm wide
   * (A4), so that no text is smaller than that when the figure is printed at the page's width.
   */
  static final double MIN_FONT_TO_WIDTH = 8 / 72.0 * 25.4 / 210;

  /**
   * The SVG of the conceptual model, its text at least 8 pt when it is printed at the width of an
   * A4 page if it can be. The phases go where {@link Phases} says, each way tried in turn; in each,
   * these arrangements are tried at the base sizes, and the first to meet the rule is drawn:
   *
   * <ol>
   *   <li>Relations running downwards in every phase.
   *   <li>Relations running across, from left to right, in each phase that is narrower so: a layer
   *       of many key concepts side by side (one related to many, a zigzag of relations, many
   *       related pairs) becomes a column of them.
   *   <li>The same, where a box running across holds a chain too long for a row, the chain wrapped
   *       into rows.
   * </ol>
   *
   * <p>If none meets the rule, the one that needs its text enlarged least to meet it is drawn so
   * (the earlier of equals); if none can, the next way of placing the phases is tried. A model
   * without phases is laid out as one, its relations running downwards or across as a whole.
   *
   * <p>If no way with a box for each stakeholder group meets the rule, the same ways are tried
   * without those boxes, each key concept naming its group in bold above its name: relations that
   * cross between the boxes of a phase make the layout arrange each box on its own, the key
   * concepts fed from other boxes side by side in its first row, and the Eclipse Layout Kernel
   * cannot wrap a box that relations cross; without the boxes a phase is one level, which it wraps
   * soundly. A review with themes keeps its boxes, since relations end on them. A layout that
   * routes an edge astray (see {@link #astray(ElkEdge)}) is never drawn while another can be.
   *
   * <p>If still nothing meets the rule (a dense web of relations, whose verbs between the layers
   * make every layout too wide), all of that is tried again with a number on each arrow in place of
   * its verb, the legend listing each number with its verb. If nothing meets the rule then, the
   * figure is the one whose text comes nearest to it.
   */
  static String svg(Synthesis synthesis) {
    ConceptualModel model = synthesis.conceptualModel();
    boolean phased = model.phases().stream().anyMatch(Optional::isPresent);
    boolean grouped =
        model.themes().isEmpty()
            && model.phases().stream()
                .anyMatch(phase -> model.groups(phase).stream().anyMatch(g -> !g.isEmpty()));
    Attempt nearest = null;
    for (boolean keyed : model.relations().isEmpty() ? List.of(false) : List.of(false, true)) {
      for (boolean boxed : grouped ? List.of(true, false) : List.of(true)) {
        for (Phases phases : phased ? List.of(Phases.values()) : List.of(Phases.STACKED)) {
          Attempt arranged = arranged(synthesis, phases, boxed, keyed);
          if (arranged.legible()) {
            return arranged.svg();
          }
          if (nearest == null || arranged.ratio() > nearest.ratio()) {
            nearest = arranged;
          }
        }
      }
    }
    return nearest.svg();
  }

  /**
   * The figure with its phases placed as {@code phases} says: the first arrangement that meets the
   * rule at the base sizes, else the one that needs its text enlarged least, else the one that
   * comes nearest.
   */
  private static Attempt arranged(
      Synthesis synthesis, Phases phases, boolean boxed, boolean keyed) {
    ModelSvg down = new ModelSvg(1, new Arrangement(phases, column -> false, false, boxed, keyed));
    Attempt downwards = down.attempt(synthesis);
    if (downwards.legible()) {
      return downwards;
    }
    List<ModelSvg> bases = new ArrayList<>(List.of(down));
    List<Attempt> attempts = new ArrayList<>(List.of(downwards));
    for (boolean wrapped : List.of(false, true)) {
      ModelSvg across =
          new ModelSvg(1, new Arrangement(phases, column -> true, wrapped, boxed, keyed));
      Attempt turned = across.attempt(synthesis);
      if (wrapped && !across.wrapping) {
        // Nothing to wrap: the same as unwrapped.
        continue;
      }
      Set<Integer> narrower = new HashSet<>();
      for (int column = 0; column < down.columnWidths.size(); column++) {
        if (across.columnWidths.get(column) < down.columnWidths.get(column)) {
          narrower.add(column);
        }
      }
      if (narrower.isEmpty()) {
        continue;
      }
      if (narrower.size() < down.columnWidths.size()) {
        across =
            new ModelSvg(1, new Arrangement(phases, narrower::contains, wrapped, boxed, keyed));
        turned = across.attempt(synthesis);
      }
      if (turned.legible()) {
        return turned;
      }
      bases.add(across);
      attempts.add(turned);
    }
    Attempt chosen = null;
    for (int i = 0; i < bases.size(); i++) {
      Attempt enlarged = enlarged(synthesis, bases.get(i), attempts.get(i));
      if (chosen == null
          || (enlarged.legible()
              ? !chosen.legible() || enlarged.scale() < chosen.scale()
              : !chosen.legible() && enlarged.ratio() > chosen.ratio())) {
        chosen = enlarged;
      }
    }
    return chosen;
  }

  /** The figure drawn as this arranges it, at this size. */
  private Attempt attempt(Synthesis synthesis) {
    String svg = render(synthesis);
    // A layout the Eclipse Layout Kernel routed astray is never drawn while another can be.
    return new Attempt(svg, scale, astray ? 0 : smallestToWidth());
  }

  /**
   * Whether the layout left {@code edge} astray: not routed, or routed with a slanting segment, as
   * its wrapping does with some graphs that hold cycles; a sound route is orthogonal.
   */
  private static boolean astray(ElkEdge edge) {
    if (edge.getSections().isEmpty()) {
      return true;
    }
    for (ElkEdgeSection section : edge.getSections()) {
      double x = section.getStartX();
      double y = section.getStartY();
      List<double[]> points = new ArrayList<>();
      section.getBendPoints().forEach(b -> points.add(new double[] {b.getX(), b.getY()}));
      points.add(new double[] {section.getEndX(), section.getEndY()});
      for (double[] point : points) {
        if (Math.abs(point[0] - x) > 0.01 && Math.abs(point[1] - y) > 0.01) {
          return true;
        }
        x = point[0];
        y = point[1];
      }
    }
    return false;
  }

  /**
   * A figure as drawn in one arrangement: its SVG, how much its text is enlarged and the ratio of
   * its smallest text to its width.
   */
  private record Attempt(String svg, double scale, double ratio) {
    /** Whether its text is at least 8 pt at A4 width. */
    boolean legible() {
      return ratio >= MIN_FONT_TO_WIDTH;
    }
  }

  /**
   * The figure {@code base} drew as {@code drawn}, its text as large as it needs (up to MAX_SCALE
   * times) to be 8 pt at A4 width, if it can be, or else as near as it comes. Larger text helps
   * only while the text, not the room between parts, makes the width: it is tried while each round
   * brings the figure nearer the rule; the text grows faster than the spacing between parts, so a
   * few rounds suffice.
   */
  private static Attempt enlarged(Synthesis synthesis, ModelSvg base, Attempt drawn) {
    Attempt best = drawn;
    double scale = 1;
    for (int round = 0; round < 8 && scale < MAX_SCALE && !best.legible(); round++) {
      scale = Math.min(MAX_SCALE, scale * MIN_FONT_TO_WIDTH / best.ratio() * 1.02);
      Attempt larger = new ModelSvg(scale, base.arrangement).attempt(synthesis);
      if (larger.ratio() <= best.ratio()) {
        break;
      }
      best = larger;
    }
    return best;
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

  /** The lines of the group each node names, as they were measured, if it names one. */
  private final Map<ElkNode, List<String>> groups = new HashMap<>();

  /** Every box (or column, or the whole figure) whose relations run across. */
  private final Set<ElkNode> turned = new LinkedHashSet<>();

  /** Whether a box running across wraps its rows. */
  private boolean wrapping;

  /** Each column (or row) of the layout, in order; none if the figure is laid out as one. */
  private final List<ElkNode> columnNodes = new ArrayList<>();

  /** The width of each column (or row) as laid out, in order; a figure laid out as one is one. */
  private final List<Double> columnWidths = new ArrayList<>();

  /** The width of the figure last rendered. */
  private double width;

  /** Whether the layout last rendered left an edge astray. */
  private boolean astray;

  private String render(Synthesis synthesis) {
    ConceptualModel model = synthesis.conceptualModel();
    ModelDrawing.Drawing drawing = ModelDrawing.Drawing.of(model, arrangement.boxed());
    Map<String, ValenceProfile> valences = new HashMap<>();
    for (KeyConceptProfile profile : synthesis.profiles()) {
      valences.put(profile.keyConcept().name(), profile.valence());
    }
    boolean parted =
        arrangement.phases() != Phases.STACKED
            && model.phases().stream().anyMatch(Optional::isPresent);
    boolean columns = arrangement.phases() == Phases.COLUMNS;
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    spacing(root);
    if (!parted) {
      // Without phases (or with phases stacked), the whole model is laid out as one, from top to
      // bottom, relations downwards, unless they run across.
      downwards(root);
      if (drawing.parts.stream().noneMatch(ModelDrawing.Cluster.class::isInstance)) {
        // With no box, there is no hierarchy to lay out as one, and parts with no relation
        // between them can be packed.
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
      }
      for (ModelDrawing.Part part : drawing.parts) {
        add(root, part);
      }
      if (arrangement.across().test(0)) {
        turn(root);
      }
    } else {
      // Phases are columns from left to right (or rows from top to bottom), each laid out on its
      // own; the parts outside any phase (interpretations) make a last column without a box.
      root.setProperty(CoreOptions.DIRECTION, columns ? Direction.RIGHT : Direction.DOWN);
      if (!columns) {
        // Rows centred rather than each placed where the arrows into it are straightest, which
        // would set them ever further to one side.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
      }
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
    // The ports shared by relations into columns laid out across, by where they come from and the
    // box they are on.
    Map<List<ElkConnectableShape>, ElkPort> ways = new HashMap<>();
    List<ElkEdge> edges = new ArrayList<>();
    List<ElkEdge> arrows = new ArrayList<>();
    for (Relation relation : model.relations()) {
      ElkNode from = endOf(drawing.ends.get(relation.source()));
      ElkNode to = endOf(drawing.ends.get(relation.target()));
      ElkNode fromColumn = columnOf(from, root);
      ElkNode toColumn = columnOf(to, root);
      if (!parted || fromColumn == toColumn) {
        ElkEdge edge = edge(from, to, verb(relation));
        edges.add(edge);
        arrows.add(edge);
        continue;
      }
      // Between columns (or rows): out through a port on each box around the source, on its right
      // if the target's phase comes later (else on its left), across with the verb, and in
      // through a port on each box around the target, on the other side; ELK routes each piece
      // within its box. Ports on the sides rather than the top and bottom of rows, on which ELK
      // fails with some nested boxes.
      boolean later =
          fromColumn.getProperty(LayeredOptions.PARTITIONING_PARTITION)
              < toColumn.getProperty(LayeredOptions.PARTITIONING_PARTITION);
      PortSide outSide = later ? PortSide.EAST : PortSide.WEST;
      PortSide inSide = later ? PortSide.WEST : PortSide.EAST;
      // Into a column laid out across, relations from one key concept share their way, and the
      // verb is on the last piece, where they branch.
      boolean bundled = turned.contains(toColumn);
      ElkConnectableShape at = from;
      for (ElkNode box = from.getParent(); box != root; box = box.getParent()) {
        at = bundled ? way(ways, at, box, outSide, box, edges) : way(at, box, outSide, box, edges);
      }
      List<ElkNode> boxes = new ArrayList<>();
      for (ElkNode box = to.getParent(); box != root; box = box.getParent()) {
        boxes.add(0, box);
      }
      if (boxes.isEmpty()) {
        // The target is a column itself (a box outside any phase): the arrow ends on it.
        ElkEdge across = edge(at, to, verb(relation));
        edges.add(across);
        arrows.add(across);
        continue;
      }
      if (bundled) {
        ElkNode container = root;
        for (ElkNode box : boxes) {
          at = way(ways, at, box, inSide, container, edges);
          container = box;
        }
        ElkEdge last = edge(at, to, verb(relation));
        last.setContainingNode(container);
        edges.add(last);
        arrows.add(last);
        continue;
      }
      ElkPort in = port(boxes.get(0), inSide);
      edges.add(edge(at, in, verb(relation)));
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
    forks();
    if (arrangement.wrapped()) {
      wraps(edges);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    astray = edges.stream().anyMatch(ModelSvg::astray);
    if (parted) {
      columnNodes.forEach(column -> columnWidths.add(column.getWidth()));
    } else {
      columnWidths.add(root.getWidth());
    }
    return draw(synthesis, model, root, edges, arrows, valences);
  }

  /**
   * Arranges the key concepts of a box that relates none of them to another of them in rows of
   * about the square root of their number, rather than all side by side: an undrawn edge from each
   * to the one a row below it places them so.
   */
  private void rows(List<ElkEdge> edges) {
    for (ElkNode box : titles.keySet()) {
      if (turned.contains(box)) {
        // Across, they stand in a column, as narrow as they can be.
        continue;
      }
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

  /**
   * Makes {@code node} the column of index {@code index}, laid out from top to bottom, or from left
   * to right if its relations run across.
   */
  private void column(ElkNode node, int index) {
    columnNodes.add(node);
    downwards(node);
    node.setProperty(LayeredOptions.PARTITIONING_PARTITION, index);
    node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
    if (arrangement.across().test(index)) {
      turn(node);
    }
  }

  /**
   * Lays out {@code graph} and every box in it from left to right: a layer of many key concepts
   * side by side becomes a column of them. Edges from one node merge before they branch, and nodes
   * keep the model's order.
   */
  private void turn(ElkNode graph) {
    turned.add(graph);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(LayeredOptions.EDGE_LABELS_SIDE_SELECTION, EdgeLabelSideSelection.ALWAYS_UP);
    graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
    for (ElkNode child : graph.getChildren()) {
      if (titles.containsKey(child)) {
        turn(child);
      }
    }
  }

  /**
   * Makes the relations from a node laid out across to several others leave it as one, through one
   * port on its right, and branch after, and those from several into it arrive as one, through one
   * port on its left, rather than each at its own point of its side.
   */
  private void forks() {
    for (ElkNode node : drawn.keySet()) {
      if (!turned.contains(node.getParent())) {
        continue;
      }
      List<ElkEdge> out = List.copyOf(node.getOutgoingEdges());
      if (out.size() > 1) {
        ElkPort fork = port(node, PortSide.EAST);
        out.forEach(edge -> edge.getSources().set(0, fork));
      }
      List<ElkEdge> in = List.copyOf(node.getIncomingEdges());
      if (in.size() > 1) {
        ElkPort join = port(node, PortSide.WEST);
        in.forEach(edge -> edge.getTargets().set(0, join));
      }
    }
  }

  /**
   * Wraps each box that runs across, holds no other box and has no relation crossing its border (or
   * the whole figure, if it has no box): a chain of relations too long for a row is cut into rows
   * one below another, towards the shape of a page. The Eclipse Layout Kernel wraps only a graph of
   * one level soundly: with edges through a box's border it draws them astray or fails.
   */
  private void wraps(List<ElkEdge> edges) {
    for (ElkNode graph : turned) {
      boolean alone = graph.getChildren().stream().noneMatch(titles::containsKey);
      for (ElkEdge edge : edges) {
        ElkNode source = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0));
        ElkNode target = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0));
        alone &=
            source != graph
                && target != graph
                && ElkGraphUtil.isDescendant(source, graph)
                    == ElkGraphUtil.isDescendant(target, graph);
      }
      if (alone) {
        // Nothing crosses its border, so it can be laid out on its own: each of its parts with no
        // relation between them wrapped alone, and the parts packed.
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        graph.setProperty(
            LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        spacing(graph);
        graph.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
        graph.setProperty(CoreOptions.ASPECT_RATIO, 0.75);
        wrapping = true;
      }
    }
  }

  /**
   * A port on {@code box}'s {@code side} and an unlabelled edge to it from {@code from}, belonging
   * to {@code container}.
   */
  private static ElkPort way(
      ElkConnectableShape from,
      ElkNode box,
      PortSide side,
      ElkNode container,
      List<ElkEdge> edges) {
    ElkPort port = port(box, side);
    edges.add(inside(from, port, container));
    return port;
  }

  /**
   * The port {@link #way(ElkConnectableShape, ElkNode, PortSide, ElkNode, List) way} makes, made
   * once for each {@code from} and {@code box} and shared after.
   */
  private static ElkPort way(
      Map<List<ElkConnectableShape>, ElkPort> ways,
      ElkConnectableShape from,
      ElkNode box,
      PortSide side,
      ElkNode container,
      List<ElkEdge> edges) {
    List<ElkConnectableShape> key = List.of(from, box);
    ElkPort port = ways.get(key);
    if (port == null) {
      port = way(from, box, side, container, edges);
      ways.put(key, port);
    }
    return port;
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

  /** What the arrow of {@code relation} carries: its verb, or the verb's number in the legend. */
  private String verb(Relation relation) {
    return arrangement.keyed()
        ? keys.computeIfAbsent(relation.kind(), k -> Integer.toString(keys.size() + 1))
        : relation.kind();
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
      List<String> group =
          leaf.group()
              .map(g -> TextMetrics.wrap(g, (scale * NODE_TEXT), (scale * NODE_FONT), true))
              .orElse(List.of());
      double w =
          Math.max(
                  TextMetrics.widest(lines, (scale * NODE_FONT), false),
                  TextMetrics.widest(group, (scale * NODE_FONT), true))
              + 2 * (scale * NODE_PAD);
      double h =
          (lines.size() + group.size()) * (scale * NODE_FONT) * TextMetrics.LINE
              + 2 * (scale * NODE_PAD);
      if (!group.isEmpty()) {
        groups.put(node, group);
      }
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
      List<String> group = groups.getOrDefault(node, List.of());
      double line = (scale * NODE_FONT) * TextMetrics.LINE;
      double textTop = y + (node.getHeight() - (group.size() + lines.size()) * line) / 2;
      if (!group.isEmpty()) {
        // The group it concerns, in bold, above its name.
        svg.text(
            "node-group",
            x + node.getWidth() / 2,
            textTop,
            group,
            (scale * NODE_FONT),
            true,
            "middle");
      }
      svg.text(
          "node-label",
          x + node.getWidth() / 2,
          textTop + group.size() * line,
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
    double line = (scale * SMALL_FONT) * TextMetrics.LINE;
    // Where the arrows carry numbers, each number with its verb follows the entries.
    for (Map.Entry<String, String> key : keys.entrySet()) {
      entries.add("KEY " + key.getValue());
    }
    Map<String, String> verbOfKey = new HashMap<>();
    keys.forEach((verb, number) -> verbOfKey.put(number, verb));
    for (String entry : entries) {
      String number = entry.startsWith("KEY ") ? entry.substring(4) : null;
      String words =
          number != null
              ? verbOfKey.get(number)
              : switch (entry) {
                case "INTERPRETATION" -> "interpretation";
                case "RELATION" ->
                    keys.isEmpty()
                        ? "relation, its verb on the arrow"
                        : "relation, the number of its verb on the arrow:";
                default -> words(ValenceProfile.valueOf(entry));
              };
      // What goes before the words: a mark, or the number in bold.
      double lead =
          number != null
              ? TextMetrics.width(number, (scale * SMALL_FONT), true) + mark(6)
              : mark(34);
      // Words longer than a row (a long verb) are wrapped to the figure's width.
      List<String> lines =
          TextMetrics.wrap(words, width - 2 * MARGIN - lead, (scale * SMALL_FONT), false);
      double need = lead + TextMetrics.widest(lines, (scale * SMALL_FONT), false) + mark(18);
      if (x > MARGIN && x + need > width - MARGIN) {
        x = MARGIN;
        y += row;
      }
      if (number != null) {
        svg.text("legend-key", x, y, List.of(number), (scale * SMALL_FONT), true, "start");
      } else {
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
      }
      svg.text("legend-label", x + lead, y, lines, (scale * SMALL_FONT), false, "start");
      if (lines.size() > 1) {
        // An entry of several lines ends its row.
        x = MARGIN;
        y += (lines.size() - 1) * line + row;
      } else {
        x += need;
      }
    }
    // After an entry of several lines the row has ended already.
    return x == MARGIN ? y + 6 : y + row + 6;
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

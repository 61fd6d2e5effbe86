package org.metaethnography.core.figure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.model.Citation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.Synthesis;

/**
 * The key concept grid drawn as a heat map: a row per paper (or study), grouped as the layout
 * groups them under a row of the group's counts, a column per key concept headed by its name turned
 * upwards, a mark in each ticked cell by its stance, the number of key concepts of each row on the
 * right, a row of totals and a legend. Every length is in ems of the one font size, so that the
 * figure keeps its proportions.
 */
final class GridHeatMap {
  /** The font size of every text, in user units. */
  static final double SIZE = 11;

  private static final double EM = SIZE;
  private static final double MARGIN = 1.2 * EM;
  private static final double GAP = 0.8 * EM;
  private static final double HEADER_WRAP = 13 * EM;
  private static final double LABEL_WRAP = 16 * EM;
  private static final double INDENT = 0.8 * EM;
  private static final double PAD = 0.5 * EM;

  private static final String INK = "#1b4f72";
  private static final String REFUTING = "#c0392b";
  private static final String STRIPE = "#eef2f6";
  private static final String RULE = "#9aa7b4";

  private final Synthesis synthesis;
  private final GridLayout layout;
  private final ConceptGrid grid;
  private final List<KeyConcept> keyConcepts;
  private final ImmutableListMultimap<String, Paper> rows;
  private final boolean grouped;
  private final Set<Stance> counted;
  private final String unit;

  private GridHeatMap(Synthesis synthesis, GridLayout layout) {
    this.synthesis = synthesis;
    this.layout = layout;
    this.grid = layout.grid(synthesis);
    this.keyConcepts = grid.keyConcepts();
    this.rows = layout.rows(synthesis);
    this.grouped = layout.groupColumn().isPresent();
    this.counted = layout.counted();
    this.unit = layout.rowsAreStudies() ? "stud" : "paper";
  }

  static String draw(Synthesis synthesis, GridLayout layout) {
    GridHeatMap map = new GridHeatMap(synthesis, layout);
    return map.keyConcepts.isEmpty() || map.rows.isEmpty() ? map.empty() : map.draw();
  }

  /** A small figure saying why there is no grid. */
  private String empty() {
    String why =
        keyConcepts.isEmpty()
            ? "The review has no key concepts, so it has no key concept grid to show."
            : "The review has no included "
                + plural(0)
                + ", so it has no key concept grid to show.";
    double width = 30 * EM;
    List<String> lines = TextMetrics.wrap(why, width - 2 * MARGIN, SIZE, false);
    double height = 2 * MARGIN + (lines.size() + 1) * TextMetrics.LINE * SIZE + PAD;
    Svg svg = new Svg(width, height);
    svg.text("title", MARGIN, MARGIN, List.of("Key concept grid"), SIZE, true, "start");
    svg.text("note", MARGIN, MARGIN + TextMetrics.LINE * SIZE + PAD, lines, SIZE, false, "start");
    return svg.document("Key concept grid", why);
  }

  private String draw() {
    // Columns: labels, then a column per key concept, then the number of key concepts per row.
    List<List<String>> headers = new ArrayList<>();
    double[] columnWidths = new double[keyConcepts.size()];
    double[] headerHeights = new double[keyConcepts.size()];
    for (int k = 0; k < keyConcepts.size(); k++) {
      List<String> lines = TextMetrics.wrap(keyConcepts.get(k).name(), HEADER_WRAP, SIZE, false);
      headers.add(lines);
      columnWidths[k] =
          Math.max(
              Math.max(2 * EM, lines.size() * TextMetrics.LINE * SIZE + 0.6 * EM),
              TextMetrics.width(Integer.toString(rows.values().size()), SIZE, true) + 0.8 * EM);
      headerHeights[k] = TextMetrics.widest(lines, SIZE, false);
    }
    List<String> rowsHeader = List.of("Key concepts");
    double countWidth =
        Math.max(
            TextMetrics.LINE * SIZE + 0.6 * EM,
            TextMetrics.width(Integer.toString(totalTicks()), SIZE, true) + 0.8 * EM);

    List<Row> drawn = rows();
    double labelWidth = 0;
    for (Row row : drawn) {
      labelWidth = Math.max(labelWidth, row.indent + TextMetrics.widest(row.label, SIZE, row.bold));
    }
    double gridLeft = MARGIN + labelWidth + GAP;
    // The key concepts in panels, one below another, each no wider than lets its text be 8 pt
    // when the figure is printed at the width of an A4 page; one panel where they all fit.
    double widest = SIZE / ModelSvg.MIN_FONT_TO_WIDTH;
    List<List<Integer>> panels = new ArrayList<>();
    List<Integer> panel = new ArrayList<>();
    double used = gridLeft + 0.4 * EM + countWidth + MARGIN;
    for (int k = 0; k < keyConcepts.size(); k++) {
      if (!panel.isEmpty() && used + columnWidths[k] > widest) {
        panels.add(panel);
        panel = new ArrayList<>();
        used = gridLeft + 0.4 * EM + countWidth + MARGIN;
      }
      panel.add(k);
      used += columnWidths[k];
    }
    panels.add(panel);
    double width = 0;
    for (List<Integer> columns : panels) {
      double right = gridLeft;
      for (int k : columns) {
        right += columnWidths[k];
      }
      width = Math.max(width, right + 0.4 * EM + countWidth + MARGIN);
    }
    // A narrow grid is widened to hold each entry of its legend on a line.
    for (String entry : legendWords()) {
      width = Math.max(width, 2 * MARGIN + 1.6 * EM + TextMetrics.width(entry, SIZE, false));
    }

    String subtitle = subtitle();
    List<String> title = TextMetrics.wrap("Key concept grid", width - 2 * MARGIN, SIZE * 1.2, true);
    List<String> subtitleLines = TextMetrics.wrap(subtitle, width - 2 * MARGIN, SIZE, false);
    double y = MARGIN;
    double titleHeight = title.size() * TextMetrics.LINE * SIZE * 1.2;
    double subtitleTop = y + titleHeight;
    double panelTop = subtitleTop + subtitleLines.size() * TextMetrics.LINE * SIZE + PAD;

    double bodyHeight = 0;
    for (Row row : drawn) {
      bodyHeight += row.height();
    }
    double[] headerHeight = new double[panels.size()];
    double panelsHeight = 0;
    for (int p = 0; p < panels.size(); p++) {
      headerHeight[p] = TextMetrics.width(rowsHeader.get(0), SIZE, false);
      for (int k : panels.get(p)) {
        headerHeight[p] = Math.max(headerHeight[p], headerHeights[k]);
      }
      panelsHeight += headerHeight[p] + PAD + bodyHeight + (p + 1 < panels.size() ? 2 * PAD : 0);
    }
    List<String> notes = notes();
    List<List<String>> noteLines = new ArrayList<>();
    double notesHeight = 0;
    for (String note : notes) {
      List<String> lines = TextMetrics.wrap(note, width - 2 * MARGIN, SIZE, false);
      noteLines.add(lines);
      notesHeight += lines.size() * TextMetrics.LINE * SIZE;
    }
    Legend legend = new Legend(width - 2 * MARGIN);
    double legendTop = panelTop + panelsHeight + PAD;
    double height =
        legendTop + legend.height() + (notes.isEmpty() ? 0 : PAD + notesHeight) + MARGIN;

    Svg svg = new Svg(width, height);
    svg.text("title", MARGIN, y, title, SIZE * 1.2, true, "start");
    svg.text("subtitle", MARGIN, subtitleTop, subtitleLines, SIZE, false, "start");
    double top = panelTop;
    for (int p = 0; p < panels.size(); p++) {
      List<Integer> columns = panels.get(p);
      double[] columnLeft = new double[keyConcepts.size()];
      double left = gridLeft;
      for (int k : columns) {
        columnLeft[k] = left;
        left += columnWidths[k];
      }
      double countLeft = left + 0.4 * EM;
      double panelRight = countLeft + countWidth + MARGIN;
      double headerBottom = top + headerHeight[p];
      for (int k : columns) {
        List<String> lines = headers.get(k);
        double textHeight = lines.size() * TextMetrics.LINE * SIZE;
        double x = columnLeft[k] + (columnWidths[k] - textHeight) / 2;
        svg.upward("key-concept", x, headerBottom, lines, SIZE, false);
      }
      svg.upward(
          "count-header",
          countLeft + (countWidth - TextMetrics.LINE * SIZE) / 2,
          headerBottom,
          rowsHeader,
          SIZE,
          false);
      top = headerBottom + PAD;
      int stripe = 0;
      for (Row row : drawn) {
        double h = row.height();
        if (row.kind == Kind.PAPER && stripe++ % 2 == 1) {
          svg.rect("stripe", MARGIN, top, panelRight - 2 * MARGIN, h, "fill=\"" + STRIPE + "\"");
        }
        if (row.kind != Kind.PAPER) {
          svg.rect("rule", MARGIN, top, panelRight - 2 * MARGIN, 0.8, "fill=\"" + RULE + "\"");
        }
        double textTop = top + (h - row.label.size() * TextMetrics.LINE * SIZE) / 2;
        svg.text(
            row.kind.cls + "-label",
            MARGIN + row.indent,
            textTop,
            row.label,
            SIZE,
            row.bold,
            "start");
        double numberTop = top + (h - TextMetrics.LINE * SIZE) / 2;
        for (int k : columns) {
          double centre = columnLeft[k] + columnWidths[k] / 2;
          if (row.kind == Kind.PAPER) {
            double middle = top + h / 2;
            String cell = String.join(" ", row.label) + ": " + keyConcepts.get(k).name();
            row.cells
                .get(k)
                .ifPresent(
                    s -> {
                      // A title says which cell it is, as a tooltip in a browser.
                      svg.raw(
                          "<g class=\"cell\"><title>"
                              + Svg.escape(cell + " (" + Labels.words(s) + ")")
                              + "</title>");
                      mark(svg, s, centre, middle);
                      svg.raw("</g>");
                    });
          } else {
            svg.text(
                row.kind.cls + "-count",
                centre,
                numberTop,
                List.of(Integer.toString(row.counts[k])),
                SIZE,
                row.kind == Kind.TOTAL,
                "middle");
          }
        }
        if (row.kind != Kind.GROUP) {
          svg.text(
              row.kind.cls + "-key-concepts",
              countLeft + countWidth / 2,
              numberTop,
              List.of(Integer.toString(row.keyConceptCount)),
              SIZE,
              row.kind == Kind.TOTAL,
              "middle");
        }
        top += h;
      }
      top += 2 * PAD;
    }
    legend.draw(svg, MARGIN, legendTop);
    double noteTop = legendTop + legend.height() + PAD;
    for (List<String> lines : noteLines) {
      svg.text("note", MARGIN, noteTop, lines, SIZE, false, "start");
      noteTop += lines.size() * TextMetrics.LINE * SIZE;
    }
    return svg.document("Key concept grid", subtitle);
  }

  private String subtitle() {
    int distinct = distinctRows().size();
    StringBuilder subtitle =
        new StringBuilder()
            .append(distinct)
            .append(' ')
            .append(plural(distinct))
            .append(" by ")
            .append(keyConcepts.size())
            .append(keyConcepts.size() == 1 ? " key concept" : " key concepts");
    layout.groupColumn().ifPresent(c -> subtitle.append(", grouped by ").append(c));
    return subtitle.toString();
  }

  /** What the counts count, where that is not plain from the marks. */
  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (counted.size() < Stance.values().length) {
      List<String> words = new ArrayList<>();
      for (Stance stance : Stance.values()) {
        if (counted.contains(stance)) {
          words.add(Labels.words(stance));
        }
      }
      notes.add("Counts include only the cells marked " + String.join(" or ", words) + ".");
    }
    if (rows.size() > distinctRows().size()) {
      notes.add(
          "A "
              + plural(1)
              + " listed in several groups counts in each group's row and once in the totals.");
    }
    return notes;
  }

  private String plural(int count) {
    return unit.equals("stud")
        ? (count == 1 ? "study" : "studies")
        : (count == 1 ? "paper" : "papers");
  }

  private Set<Paper> distinctRows() {
    return new LinkedHashSet<>(rows.values());
  }

  /** How many counted cells there are in all rows, each paper (or study) counted once. */
  private int totalTicks() {
    int total = 0;
    for (Paper paper : distinctRows()) {
      total += ticks(paper);
    }
    return total;
  }

  private int ticks(Paper paper) {
    int ticks = 0;
    for (Optional<Stance> cell : grid.stancesOf(paper)) {
      if (cell.isPresent() && counted.contains(cell.get())) {
        ticks++;
      }
    }
    return ticks;
  }

  /** The rows as drawn: group rows with their counts, paper rows, the totals row. */
  private List<Row> rows() {
    List<Row> drawn = new ArrayList<>();
    for (Map.Entry<String, Collection<Paper>> group : rows.asMap().entrySet()) {
      if (grouped) {
        String name =
            group.getKey().isEmpty() ? "No " + layout.groupColumn().orElseThrow() : group.getKey();
        int size = group.getValue().size();
        drawn.add(
            new Row(
                Kind.GROUP,
                TextMetrics.wrap(name + " (" + size + ")", LABEL_WRAP, SIZE, true),
                0,
                true,
                List.of(),
                counts(group.getValue()),
                0));
      }
      for (Paper paper : group.getValue()) {
        drawn.add(
            new Row(
                Kind.PAPER,
                TextMetrics.wrap(label(paper), LABEL_WRAP, SIZE, false),
                grouped ? INDENT : 0,
                false,
                grid.stancesOf(paper),
                new int[0],
                ticks(paper)));
      }
    }
    int[] totals = new int[keyConcepts.size()];
    for (int k = 0; k < totals.length; k++) {
      totals[k] = grid.count(keyConcepts.get(k), counted);
    }
    int distinct = distinctRows().size();
    drawn.add(
        new Row(
            Kind.TOTAL,
            TextMetrics.wrap("All " + distinct + " " + plural(distinct), LABEL_WRAP, SIZE, true),
            0,
            true,
            List.of(),
            totals,
            totalTicks()));
    return drawn;
  }

  private int[] counts(Collection<Paper> papers) {
    int[] counts = new int[keyConcepts.size()];
    for (Paper paper : papers) {
      ImmutableList<Optional<Stance>> cells = grid.stancesOf(paper);
      for (int k = 0; k < counts.length; k++) {
        if (cells.get(k).isPresent() && counted.contains(cells.get(k).get())) {
          counts[k]++;
        }
      }
    }
    return counts;
  }

  /**
   * A row's label: a study's name, or the first author with the reference number, or the citation
   * label (which names its author already).
   */
  private String label(Paper paper) {
    Citation citation = paper.citation();
    if (layout.rowsAreStudies()) {
      Optional<Study> study = synthesis.review().studyOf(citation);
      if (study.isPresent()) {
        return study.get().name();
      }
    }
    if (!citation.isNumbered()) {
      return Labels.reference(citation);
    }
    String reference = "[" + Labels.reference(citation) + "]";
    return paper.firstAuthor().map(a -> a + " " + reference).orElse(reference);
  }

  /** Whether the grid records a stance other than support anywhere: then marks tell stances. */
  private boolean stances() {
    for (Paper paper : distinctRows()) {
      for (Optional<Stance> cell : grid.stancesOf(paper)) {
        if (cell.isPresent() && cell.get() != Stance.SUPPORTS) {
          return true;
        }
      }
    }
    return false;
  }

  /** The mark of a ticked cell, centred on {@code (x, y)}. */
  private static void mark(Svg svg, Stance stance, double x, double y) {
    double half = 0.62 * EM;
    String left = Svg.n(x - half);
    String top = Svg.n(y - half);
    String right = Svg.n(x + half);
    String bottom = Svg.n(y + half);
    switch (stance) {
      case SUPPORTS -> svg.rect("supports", x - half, y - half, 2 * half, 2 * half, fill(INK));
      case PARTLY_SUPPORTS -> {
        svg.rect(
            "partly-supports",
            x - half + 0.5,
            y - half + 0.5,
            2 * half - 1,
            2 * half - 1,
            "fill=\"white\" stroke=\"" + INK + "\" stroke-width=\"1\"");
        svg.raw(
            String.format(
                "<polygon class=\"partly-supports\" points=\"%s,%s %s,%s %s,%s\" %s/>",
                left, top, left, bottom, right, bottom, fill(INK)));
      }
      case REFUTES -> {
        svg.rect("refutes", x - half, y - half, 2 * half, 2 * half, fill(REFUTING));
        svg.rect("refutes", x - half * 0.7, y - 1.2, 1.4 * half, 2.4, "fill=\"white\"");
      }
      default -> throw new AssertionError(stance);
    }
  }

  private static String fill(String colour) {
    return "fill=\"" + colour + "\"";
  }

  /** What the legend says of each mark it shows. */
  private List<String> legendWords() {
    return stances()
        ? List.of(
            "supports (or ticked without a stance)",
            Labels.words(Stance.PARTLY_SUPPORTS),
            Labels.words(Stance.REFUTES))
        : List.of("the " + plural(1) + " expresses the key concept");
  }

  /** The legend: a mark and its meaning for each stance the grid shows, side by side. */
  private final class Legend {
    private final List<Stance> shown;
    private final List<String> words;
    private final List<double[]> places = new ArrayList<>();
    private double height;

    Legend(double width) {
      shown = stances() ? List.of(Stance.values()) : List.of(Stance.SUPPORTS);
      words = legendWords();
      double x = 0;
      double y = 0;
      double line = Math.max(1.6 * EM, TextMetrics.LINE * SIZE);
      for (String text : words) {
        double itemWidth = 1.6 * EM + TextMetrics.width(text, SIZE, false);
        if (x > 0 && x + itemWidth > width) {
          x = 0;
          y += line;
        }
        places.add(new double[] {x, y});
        x += itemWidth + 1.5 * EM;
      }
      height = y + line;
    }

    double height() {
      return height;
    }

    void draw(Svg svg, double left, double top) {
      for (int i = 0; i < shown.size(); i++) {
        double x = left + places.get(i)[0];
        double y = top + places.get(i)[1];
        double middle = y + 0.8 * EM;
        mark(svg, shown.get(i), x + 0.62 * EM, middle);
        svg.text(
            "legend",
            x + 1.6 * EM,
            middle - TextMetrics.LINE * SIZE / 2,
            List.of(words.get(i)),
            SIZE,
            false,
            "start");
      }
    }
  }

  private enum Kind {
    GROUP("group"),
    PAPER("row"),
    TOTAL("total");

    final String cls;

    Kind(String cls) {
      this.cls = cls;
    }
  }

  /** A row as drawn: its label, and its cells' stances or its counts. */
  private record Row(
      Kind kind,
      List<String> label,
      double indent,
      boolean bold,
      List<Optional<Stance>> cells,
      int[] counts,
      int keyConceptCount) {
    double height() {
      return Math.max(1.8 * EM, label.size() * TextMetrics.LINE * SIZE + 0.5 * EM);
    }
  }
}

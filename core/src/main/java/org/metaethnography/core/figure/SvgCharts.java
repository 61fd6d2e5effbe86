package org.metaethnography.core.figure;

import java.util.Objects;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.synthesis.Synthesis;

/**
 * Charts of a synthesis as standalone SVG 1.1 documents, drawn in pure Java: the key concept grid
 * as a heat map, and the flow of records through the searches in the manner of a PRISMA 2020 flow
 * diagram. Text is set in Liberation Sans (or Arial, Helvetica: fonts of the same widths), measured
 * from a table shipped with the library, so that a chart comes out the same on every machine, its
 * texts never overlap, and its smallest text is still 8 pt when the chart is printed across the
 * width of an A4 page. Equal inputs give identical text. Write a chart to a file as it is, or open
 * it in a browser.
 *
 * <pre>{@code
 * Files.writeString(Path.of("grid.svg"), SvgCharts.heatMap(synthesis, GridLayout.standard()));
 * Files.writeString(Path.of("flow.svg"), SvgCharts.flow(synthesis));
 * }</pre>
 */
public final class SvgCharts {
  private SvgCharts() {}

  /**
   * The key concept grid as a heat map, showing a review team at a glance how widely each key
   * concept is grounded in the studies and where the gaps are: one row per paper (or per study, by
   * {@link GridLayout#byStudy()}) labelled by its first author and reference number (or its
   * citation, or its study's name), in the layout's order; one column per key concept, headed by
   * its name turned upwards; a mark in each ticked cell. Where the grid records stances, the mark
   * tells them apart (a filled square supports, a half-filled one partly supports, a red one with a
   * bar refutes); otherwise every tick is a filled square. Where the layout {@linkplain
   * GridLayout#groupedBy groups} the rows, each group opens with a row of its name, its number of
   * rows and its count for each key concept. A column on the right gives each row's number of key
   * concepts, and a last row the number of papers (or studies) expressing each key concept,
   * counting only the stances the layout {@linkplain GridLayout#counting counts}, as the grid table
   * does. A legend explains the marks. A review without key concepts or without included papers
   * gives a small chart saying so.
   *
   * <pre>{@code
   * String svg = SvgCharts.heatMap(synthesis,
   *     GridLayout.standard().groupedBy("setting", p -> p.attribute("setting")));
   * }</pre>
   *
   * @param synthesis the synthesis
   * @param layout rows, their order and grouping, and the stances counted; its marks are not used
   * @return the SVG document
   * @throws IllegalArgumentException if the layout's row order does not hold every row of the grid
   *     exactly once
   */
  public static String heatMap(Synthesis synthesis, GridLayout layout) {
    return GridHeatMap.draw(Objects.requireNonNull(synthesis), Objects.requireNonNull(layout));
  }

  /**
   * The flow of records through the review's searches, in the manner of a PRISMA 2020 flow diagram,
   * showing readers how the review came from the records found to the papers it synthesizes: from
   * top to bottom, the records each search identified, the records screened, the full texts
   * retrieved, the articles appraised and the papers included, joined by arrows. Beside each stage,
   * a box gives what the next stage left out, where both are reported by every search; beside
   * appraisal, the reasons for exclusion with their counts; beside the papers included, the other
   * sources (citation chasing, experts) with what they found and included.
   *
   * <p>Nothing is invented: a stage that no search reports has no box, and where only some searches
   * report a stage its box gives what they report as a lower bound and says how many searches do
   * not report it, for example {@code at least 812; 2 searches do not report it}. A review that
   * reports no search gives a small chart saying so.
   *
   * <pre>{@code
   * String svg = SvgCharts.flow(synthesis);
   * }</pre>
   *
   * @param synthesis the synthesis
   * @return the SVG document
   */
  public static String flow(Synthesis synthesis) {
    return FlowChart.draw(Objects.requireNonNull(synthesis));
  }
}

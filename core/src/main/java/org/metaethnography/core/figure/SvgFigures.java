package org.metaethnography.core.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.synthesis.Synthesis;

/**
 * The figures of a review as standalone SVG, drawn in pure Java (the conceptual model, the key
 * concept grid as a heat map, the flow of records): no native tool is needed to see them, and
 * browsers, word processors and journals' systems show them as they are. Text is set in Liberation
 * Sans (or Arial or Helvetica, which have its metrics), measured with a table of its widths shipped
 * in the library, so that what a browser draws is what the layout assumed. Text is at least 8 pt
 * when a figure is printed at the width of an A4 page as far as the figure allows. A conceptual
 * model whose relations would stand many key concepts side by side (one related to many, a zigzag,
 * a fan into the next phase) has them run from left to right in that phase instead, a chain too
 * long for a row wrapped into rows; failing that, its text is larger (up to three times its base
 * size), and one whose phases are too many for columns on a page has its phases one below another.
 * A model whose relations cross between the stakeholder boxes of a phase so that no arrangement
 * with those boxes meets the rule is drawn without them, each key concept naming its stakeholder
 * group in bold above its name. Stars, zigzags, chains, pairs and fans of up to 40 key concepts
 * meet the rule, and so do models of up to 40 in two to four groups of one phase with relations
 * crossing between them; a model whose relations are both deep and broad (a dense web) may not, and
 * is drawn as near it as it comes. A heat map too wide for a page is drawn in panels of key
 * concepts, one below another.
 *
 * <pre>{@code
 * String model = SvgFigures.conceptualModel(synthesis);
 * String grid = SvgFigures.heatMap(synthesis, GridLayout.standard());
 * String flow = SvgFigures.flow(synthesis);
 * SvgFigures.writeConceptualModel(synthesis, Path.of("figures/conceptual-model.svg"));
 * }</pre>
 */
public final class SvgFigures {
  private SvgFigures() {}

  /**
   * The conceptual model: the line of argument drawn from left to right, one box per phase in the
   * review's order, inside it one box per stakeholder group (or per theme, in a review with themes)
   * holding its key concepts, third-order interpretations as ellipses, and each relation as an
   * arrow labelled with its verb, laid out by the Eclipse Layout Kernel's layered algorithm so that
   * no label lies on a box or on another label. Relations run downwards in each phase, or, where
   * that would stand many key concepts side by side, from left to right, those from one key concept
   * leaving it as one line that branches. Where every layout would be too wide for its text to be 8
   * pt at A4 width with the verbs on the arrows (a dense web of relations), the arrows carry
   * numbers and the legend lists each number with its verb. Equal syntheses give identical text. A
   * key concept's border and fill say whether its raw concepts are positive, negative, both, mixed
   * or of unreported valence; a legend names the styles used, and the line of argument's note (for
   * example that the model is a reconstruction) is printed below as a caption. The review's title
   * heads the figure.
   *
   * @param synthesis the synthesis of a review
   * @return the SVG document
   */
  public static String conceptualModel(Synthesis synthesis) {
    return ModelSvg.svg(Objects.requireNonNull(synthesis));
  }

  /**
   * Writes the conceptual model ({@link #conceptualModel(Synthesis)}) to {@code file}, whole or not
   * at all.
   *
   * @param synthesis the synthesis of a review
   * @param file the file to write; its directory is created if needed
   * @throws IOException if the file cannot be written
   * @see OutputFiles#write(Path, String) how files are written
   */
  public static void writeConceptualModel(Synthesis synthesis, Path file) throws IOException {
    OutputFiles.write(file, conceptualModel(synthesis));
  }

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
   * String svg = SvgFigures.heatMap(synthesis,
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
   * <p>A review whose counts all come from its records of the review process ({@link
   * Synthesis#recordFlow()}) is drawn from its records, with the boxes of PRISMA 2020 they make
   * known: the records each search and other source identified and the duplicates removed; the
   * records screened at title and abstract and those excluded; the full texts assessed and those
   * excluded, by reason where reasons are recorded; the articles appraised and those excluded, with
   * their reasons; the papers included. Each step gives the records still awaiting it and the
   * disagreements between reviewers, with how they were settled, where there are any; a step no
   * record reaches has no box. Records that enter a step without the step before it, such as
   * records of other sources (PRISMA 2020's identification via other methods) assessed at full text
   * without a title and abstract screening, come in from a box on the left of the step they enter,
   * by the source that found them, so that the counts add up: the full texts assessed (and
   * awaiting) are the records kept at title and abstract and those entering. A review that mixes
   * recorded and stated counts is drawn from its counts, as its tables give them, and its first box
   * names the counts that are stated.
   *
   * <pre>{@code
   * String svg = SvgFigures.flow(synthesis);
   * }</pre>
   *
   * @param synthesis the synthesis
   * @return the SVG document
   */
  public static String flow(Synthesis synthesis) {
    return FlowChart.draw(Objects.requireNonNull(synthesis));
  }

  /**
   * Writes the heat map ({@link #heatMap(Synthesis, GridLayout)}) to {@code file}, whole or not at
   * all.
   *
   * @param synthesis the synthesis
   * @param layout rows, their order and grouping, and the stances counted
   * @param file the file to write; its directory is created if needed
   * @throws IOException if the file cannot be written
   * @see OutputFiles#write(Path, String) how files are written
   */
  public static void writeHeatMap(Synthesis synthesis, GridLayout layout, Path file)
      throws IOException {
    OutputFiles.write(file, heatMap(synthesis, layout));
  }

  /**
   * Writes the flow of records ({@link #flow(Synthesis)}) to {@code file}, whole or not at all.
   *
   * @param synthesis the synthesis
   * @param file the file to write; its directory is created if needed
   * @throws IOException if the file cannot be written
   * @see OutputFiles#write(Path, String) how files are written
   */
  public static void writeFlow(Synthesis synthesis, Path file) throws IOException {
    OutputFiles.write(file, flow(synthesis));
  }
}

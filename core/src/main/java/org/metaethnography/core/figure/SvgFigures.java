package org.metaethnography.core.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.synthesis.Synthesis;

/**
 * The figures of a review as standalone SVG, drawn in pure Java: no native tool is needed to see
 * them, and browsers, word processors and journals' systems show them as they are. Text is set in
 * Liberation Sans (or Arial or Helvetica, which have its metrics), measured with a table of its
 * widths shipped in the library, so that what a browser draws is what the layout assumed; no text
 * is smaller than 8 pt when a figure is printed at the width of an A4 page.
 *
 * <pre>{@code
 * String model = SvgFigures.conceptualModel(synthesis);
 * SvgFigures.writeConceptualModel(synthesis, Path.of("figures/conceptual-model.svg"));
 * }</pre>
 */
public final class SvgFigures {
  private SvgFigures() {}

  /**
   * The conceptual model: the line of argument drawn from left to right, one box per phase in the
   * review's order, inside it one box per stakeholder group (or per theme, in a review with themes)
   * holding its key concepts, third-order interpretations as ellipses, and each relation as an arrow
   * labelled with its verb, laid out by the Eclipse Layout Kernel's layered algorithm so that no
   * label lies on a box or on another label. A key concept's border and fill say whether its raw
   * concepts are positive, negative, both, mixed or of unreported valence; a legend names the styles
   * used, and the line of argument's note (for example that the model is a reconstruction) is
   * printed below as a caption. The review's title heads the figure.
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
}

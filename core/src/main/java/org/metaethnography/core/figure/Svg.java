package org.metaethnography.core.figure;

import java.util.List;
import java.util.Locale;
import org.metaethnography.core.internal.Markup;

/**
 * An SVG document being written: elements with their coordinates rounded to a tenth, and text
 * escaped for XML. Each element carries a class naming what it is in the figure, so that tests and
 * style sheets can find it.
 */
final class Svg {
  private final StringBuilder body = new StringBuilder();
  private final double width;
  private final double height;

  Svg(double width, double height) {
    this.width = width;
    this.height = height;
  }

  /**
   * An SVG document whose size is given when it is finished ({@link #document(double, double,
   * String, String)}), for figures whose size is known only once they are drawn.
   */
  Svg() {
    this(Double.NaN, Double.NaN);
  }

  /** A number as SVG writes it: at most one decimal, no trailing zero. */
  static String n(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Escapes text for an XML element or a double-quoted attribute. */
  static String escape(String text) {
    return Markup.escape(text);
  }

  Svg raw(String element) {
    body.append("  ").append(element).append('\n');
    return this;
  }

  Svg rect(String cls, double x, double y, double w, double h, String style) {
    return raw(
        String.format(
            "<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"%s/>",
            cls, n(x), n(y), n(w), n(h), style.isEmpty() ? "" : " " + style));
  }

  /**
   * Lines of text, the first baseline at {@code y} plus the ascent, each line {@link
   * TextMetrics#LINE} apart; {@code anchor} is {@code start}, {@code middle} or {@code end}.
   */
  Svg text(
      String cls,
      double x,
      double y,
      List<String> lines,
      double size,
      boolean bold,
      String anchor) {
    return text(cls, x, y, lines, size, bold, anchor, "");
  }

  private Svg text(
      String cls,
      double x,
      double y,
      List<String> lines,
      double size,
      boolean bold,
      String anchor,
      String transform) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                "<text class=\"%s\"%s x=\"%s\" y=\"%s\" font-size=\"%s\"%s%s>",
                cls,
                transform,
                n(x),
                n(y + size * TextMetrics.ASCENT),
                n(size),
                bold ? " font-weight=\"bold\"" : "",
                anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\""));
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        text.append(escape(lines.get(0)));
      } else {
        text.append("<tspan x=\"")
            .append(n(x))
            .append("\" dy=\"")
            .append(n(size * TextMetrics.LINE))
            .append("\">")
            .append(escape(lines.get(i)))
            .append("</tspan>");
      }
    }
    return raw(text.append("</text>").toString());
  }

  /**
   * Lines of text turned a quarter to read upwards, pivoting on {@code (x, y)}: the first line's
   * start at the pivot, the text rising from it and the lines following to its right. It covers
   * {@code x} to {@code x} plus the lines' height across, and the widest line's width above {@code
   * y}.
   */
  Svg upward(String cls, double x, double y, List<String> lines, double size, boolean bold) {
    return text(
        cls,
        x,
        y,
        lines,
        size,
        bold,
        "start",
        " transform=\"rotate(-90 " + n(x) + " " + n(y) + ")\"");
  }

  /**
   * The document of the size given when it was made (see {@link #document(double, double, String,
   * String)}).
   */
  String document(String title, String description) {
    return document(width, height, title, description);
  }

  /** The document: the XML declaration, the {@code svg} element with its size, and the body. */
  String document(double width, double height, String title, String description) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%s\" height=\"%s\""
                + " viewBox=\"0 0 %s %s\" font-family=\"%s\">\n",
            n(width), n(height), n(width), n(height), escape(TextMetrics.FAMILY))
        + "  <title>"
        + escape(title)
        + "</title>\n"
        + "  <desc>"
        + escape(description)
        + "</desc>\n"
        + "  <rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\""
        + " fill=\"white\"/>\n"
        + body
        + "</svg>\n";
  }
}

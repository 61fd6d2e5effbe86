package org.metaethnography.core.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An SVG chart read back as XML, with the box each text covers worked out from the font's widths,
 * so that tests check what a reader sees: texts that do not overlap, everything on the canvas, and
 * no text smaller than 8 pt when the chart is printed across an A4 page.
 */
final class ChartGeometry {
  static final String SVG = "http://www.w3.org/2000/svg";

  /** 8 pt (2.822 mm) as a share of the width of A4 (210 mm). */
  static final double SMALLEST_TEXT = 0.01344;

  /** Coordinates are written to a tenth: boxes that touch may seem to overlap by as much. */
  private static final double ROUNDING = 0.25;

  private static final Pattern ROTATE = Pattern.compile("rotate\\(-90 ([-0-9.]+) ([-0-9.]+)\\)");

  /** A text of the chart: its class, its lines, its size and the box it covers. */
  record Text(String cls, List<String> lines, double size, Box box) {
    String content() {
      return String.join(" ", lines);
    }
  }

  /** A box, from its left, top, right and bottom. */
  record Box(double left, double top, double right, double bottom) {
    boolean overlaps(Box other) {
      return left < other.right - ROUNDING
          && other.left < right - ROUNDING
          && top < other.bottom - ROUNDING
          && other.top < bottom - ROUNDING;
    }
  }

  final Document document;
  final Element root;
  final double width;
  final double height;
  final List<Text> texts = new ArrayList<>();

  ChartGeometry(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
    root = document.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("version")).isEqualTo("1.1");
    width = Double.parseDouble(root.getAttribute("width"));
    height = Double.parseDouble(root.getAttribute("height"));
    assertThat(root.getAttribute("viewBox"))
        .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
    NodeList nodes = root.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(text((Element) nodes.item(i)));
    }
  }

  private static Text text(Element text) {
    assertThat(text.getAttribute("class")).as("class of a text").isNotEmpty();
    double size = Double.parseDouble(text.getAttribute("font-size"));
    boolean bold = text.getAttribute("font-weight").equals("bold");
    List<String> lines = SvgGeometry.lines(text);
    double x = Double.parseDouble(text.getAttribute("x"));
    double top = Double.parseDouble(text.getAttribute("y")) - size * TextMetrics.ASCENT;
    double widest = TextMetrics.widest(lines, size, bold);
    String anchor = text.getAttribute("text-anchor");
    double left =
        switch (anchor) {
          case "middle" -> x - widest / 2;
          case "end" -> x - widest;
          default -> x;
        };
    Box box = new Box(left, top, left + widest, top + lines.size() * TextMetrics.LINE * size);
    String transform = text.getAttribute("transform");
    if (!transform.isEmpty()) {
      Matcher rotate = ROTATE.matcher(transform);
      assertThat(rotate.matches()).as(transform).isTrue();
      double cx = Double.parseDouble(rotate.group(1));
      double cy = Double.parseDouble(rotate.group(2));
      // A quarter turn upwards about (cx, cy): x' = cx + (y - cy), y' = cy - (x - cx).
      box =
          new Box(
              cx + (box.top() - cy),
              cy - (box.right() - cx),
              cx + (box.bottom() - cy),
              cy - (box.left() - cx));
    }
    return new Text(text.getAttribute("class"), lines, size, box);
  }

  /** The texts of one class, in document order. */
  List<Text> texts(String cls) {
    return texts.stream().filter(t -> t.cls().equals(cls)).toList();
  }

  /** The contents of the texts of one class, in document order. */
  List<String> contents(String cls) {
    return texts(cls).stream().map(Text::content).toList();
  }

  /** The elements of a name and class, in document order. */
  List<Element> elements(String name, String cls) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = root.getElementsByTagNameNS(SVG, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (element.getAttribute("class").equals(cls)) {
        found.add(element);
      }
    }
    return found;
  }

  /** Checks the rules every chart keeps; returns this. */
  ChartGeometry isReadable() {
    for (Text text : texts) {
      assertThat(text.size()).as("size of %s", text).isGreaterThanOrEqualTo(SMALLEST_TEXT * width);
      Box box = text.box();
      assertThat(
              box.left() >= -0.1
                  && box.top() >= -0.1
                  && box.right() <= width + 0.1
                  && box.bottom() <= height + 0.1)
          .as("%s inside the canvas %s x %s", text, width, height)
          .isTrue();
    }
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        assertThat(texts.get(i).box().overlaps(texts.get(j).box()))
            .as("%s overlaps %s", texts.get(i), texts.get(j))
            .isFalse();
      }
    }
    NodeList rects = root.getElementsByTagNameNS(SVG, "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getAttribute("class").equals("background")) {
        continue;
      }
      double x = Double.parseDouble(rect.getAttribute("x"));
      double y = Double.parseDouble(rect.getAttribute("y"));
      assertThat(
              x >= 0
                  && y >= 0
                  && x + Double.parseDouble(rect.getAttribute("width")) <= width + 0.1
                  && y + Double.parseDouble(rect.getAttribute("height")) <= height + 0.1)
          .as("rect %s at %s, %s inside the canvas", rect.getAttribute("class"), x, y)
          .isTrue();
    }
    return this;
  }
}

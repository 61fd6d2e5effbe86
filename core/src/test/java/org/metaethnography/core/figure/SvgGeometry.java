package org.metaethnography.core.figure;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The geometry of an SVG figure read back from its XML, independently of how it was drawn: the box
 * of each text (from the font metrics the figure names), of each rectangle and ellipse, and the
 * canvas; and the rules a figure must keep, each broken one described.
 */
final class SvgGeometry {
  /** A box on the canvas, with what it is. */
  record Box(String what, double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      // A shared edge or a tenth of a unit of rounding is not an overlap.
      double e = 0.2;
      return x + e < o.x + o.w && o.x + e < x + w && y + e < o.y + o.h && o.y + e < y + h;
    }

    boolean inside(double width, double height) {
      return x >= -0.01 && y >= -0.01 && x + w <= width + 0.01 && y + h <= height + 0.01;
    }
  }

  final double width;
  final double height;
  final List<Box> texts = new ArrayList<>();
  final List<Box> shapes = new ArrayList<>();
  final List<Double> fontSizes = new ArrayList<>();
  final Document document;

  SvgGeometry(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
    Element root = document.getDocumentElement();
    if (!root.getNamespaceURI().equals("http://www.w3.org/2000/svg")
        || !root.getLocalName().equals("svg")) {
      throw new AssertionError("not an SVG document: " + root.getTagName());
    }
    String[] viewBox = root.getAttribute("viewBox").split(" ");
    width = Double.parseDouble(viewBox[2]);
    height = Double.parseDouble(viewBox[3]);
    NodeList texts = document.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      double size = Double.parseDouble(text.getAttribute("font-size"));
      boolean bold = text.getAttribute("font-weight").equals("bold");
      List<String> lines = lines(text);
      double w = TextMetrics.widest(lines, size, bold);
      double x = Double.parseDouble(text.getAttribute("x"));
      String anchor = text.getAttribute("text-anchor");
      double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
      double top = Double.parseDouble(text.getAttribute("y")) - size * TextMetrics.ASCENT;
      double h = size * (TextMetrics.LINE * (lines.size() - 1) + TextMetrics.ASCENT + 0.212);
      this.texts.add(new Box(text.getAttribute("class") + " " + lines, left, top, w, h));
      fontSizes.add(size);
    }
    for (String tag : List.of("rect", "ellipse")) {
      NodeList shapes = document.getElementsByTagNameNS("*", tag);
      for (int i = 0; i < shapes.getLength(); i++) {
        Element shape = (Element) shapes.item(i);
        String cls = shape.getAttribute("class");
        if (cls.equals("background")) {
          continue;
        }
        if (tag.equals("rect")) {
          this.shapes.add(
              new Box(
                  cls,
                  Double.parseDouble(shape.getAttribute("x")),
                  Double.parseDouble(shape.getAttribute("y")),
                  Double.parseDouble(shape.getAttribute("width")),
                  Double.parseDouble(shape.getAttribute("height"))));
        } else {
          double rx = Double.parseDouble(shape.getAttribute("rx"));
          double ry = Double.parseDouble(shape.getAttribute("ry"));
          this.shapes.add(
              new Box(
                  cls,
                  Double.parseDouble(shape.getAttribute("cx")) - rx,
                  Double.parseDouble(shape.getAttribute("cy")) - ry,
                  2 * rx,
                  2 * ry));
        }
      }
    }
  }

  /** The lines of a text element: its own text, then each of its {@code tspan}s. */
  static List<String> lines(Element text) {
    List<String> lines = new ArrayList<>();
    StringBuilder first = new StringBuilder();
    for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE) {
        first.append(child.getNodeValue());
      } else {
        lines.add(child.getTextContent());
      }
    }
    lines.add(0, first.toString());
    return lines;
  }

  /** The shapes whose class begins with one of {@code classes}. */
  List<Box> shapes(String... classes) {
    List<Box> found = new ArrayList<>();
    for (Box shape : shapes) {
      for (String cls : classes) {
        if (shape.what().startsWith(cls)) {
          found.add(shape);
        }
      }
    }
    return found;
  }

  /** How many arrowheads the figure draws: paths that end in a marker, legend's marks aside. */
  int arrowheads() {
    int arrowheads = 0;
    NodeList paths = document.getElementsByTagNameNS("*", "path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      if (path.hasAttribute("marker-end") && !path.getAttribute("class").equals("legend-mark")) {
        arrowheads++;
      }
    }
    return arrowheads;
  }

  /** The texts of a class. */
  List<Box> texts(String cls) {
    return texts.stream().filter(t -> t.what().startsWith(cls + " ")).toList();
  }

  /**
   * The rules every figure keeps, each broken one described: no two texts overlap, everything lies
   * on the canvas, and no text is smaller than 8 pt when the figure is printed 210 mm wide.
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (texts.get(i).overlaps(texts.get(j))) {
          problems.add("texts overlap: " + texts.get(i) + " and " + texts.get(j));
        }
      }
    }
    for (Box box : texts) {
      if (!box.inside(width, height)) {
        problems.add("text outside the canvas: " + box);
      }
    }
    for (Box box : shapes) {
      if (!box.inside(width, height)) {
        problems.add("shape outside the canvas: " + box);
      }
    }
    double smallest = fontSizes.stream().mapToDouble(Double::doubleValue).min().orElse(100);
    double printed = smallest * 210 / width / 25.4 * 72;
    if (printed < 8 - 1e-9) {
      problems.add(
          String.format(
              Locale.ROOT,
              "the smallest text (%.1f) on a canvas %.1f wide is %.2f pt at A4 width",
              smallest,
              width,
              printed));
    }
    return problems;
  }
}

package org.metaethnography.core.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metaethnography.core.internal.Markup;
import org.metaethnography.core.report.Section.Figure;
import org.metaethnography.core.report.Section.TableSection;
import org.metaethnography.core.table.Table;

/**
 * Writes a report as HTML: a document with its style and script inline, a table of contents, each
 * table as an HTML table and each figure as inline SVG. All text is escaped; the output depends on
 * nothing but the sections given.
 */
final class ReportHtml {
  /** The style sheet, with its rules for print. */
  static final String STYLE = resource("report.css");

  /** The script that makes tables sortable. */
  static final String SCRIPT = resource("report.js");

  /**
   * What the document may load: nothing from anywhere but itself, so that a browser enforces that
   * the report is standalone.
   */
  private static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  /** A cell that is a whole number or a decimal; columns of such cells are aligned right. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** An identifier in an SVG document, and the two ways it is referred to. */
  private static final Pattern SVG_ID =
      Pattern.compile("(?<=\\s)id=\"([^\"]*)\"|url\\(#([^)]*)\\)|href=\"#([^\"]*)\"");

  /** A tag of the SVG: everything between a {@code <} and the next {@code >}. */
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private ReportHtml() {}

  private static String resource(String name) {
    try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the library's resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTML document of a report titled {@code title}, with its notes and sections. */
  static String document(String title, List<String> notes, List<Section> sections) {
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(POLICY)
        .append("\">\n")
        .append("<title>")
        .append(Markup.escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Markup.escape(title))
        .append("</h1>\n");
    html.append("</header>\n");
    List<String> anchors = anchors(sections);
    contents(html, sections, anchors, !notes.isEmpty());
    html.append("<main>\n");
    int tables = 0;
    int figures = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      if (section instanceof TableSection table) {
        table(html, table, ++tables);
      } else {
        figure(html, (Figure) section, anchors.get(i), ++figures);
      }
    }
    if (!notes.isEmpty()) {
      heading(html, "notes", "Notes");
      for (String note : notes) {
        html.append("<p class=\"note\">").append(Markup.escape(note)).append("</p>\n");
      }
      html.append("</section>\n");
    }
    html.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * The anchor of each section: a table's own, {@code figure-1}, {@code figure-2}... a figure's.
   */
  private static List<String> anchors(List<Section> sections) {
    ImmutableList.Builder<String> anchors = ImmutableList.builder();
    int figures = 0;
    for (Section section : sections) {
      anchors.add(
          section instanceof TableSection table
              ? table.id()
              : "figure-" + Integer.toString(++figures));
    }
    return anchors.build();
  }

  /** The table of contents: a link to each section, and to the notes where there are any. */
  private static void contents(
      StringBuilder html, List<Section> sections, List<String> anchors, boolean notes) {
    html.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
    for (int i = 0; i < sections.size(); i++) {
      html.append("<li><a href=\"#")
          .append(anchors.get(i))
          .append("\">")
          .append(Markup.escape(sections.get(i).title()))
          .append("</a></li>\n");
    }
    if (notes) {
      html.append("<li><a href=\"#notes\">Notes</a></li>\n");
    }
    html.append("</ol>\n</nav>\n");
  }

  /** Opens the section {@code id} with its heading, which labels it. */
  private static StringBuilder heading(StringBuilder html, String id, String title) {
    return html.append("<section id=\"")
        .append(id)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title\">\n<h2 id=\"")
        .append(id)
        .append("-title\">")
        .append(Markup.escape(title))
        .append("</h2>\n");
  }

  /**
   * A table's section: its heading, what it shows, and the table, its numeric columns aligned
   * right, its totals row (if any) in the table's foot, where sorting leaves it.
   */
  private static void table(StringBuilder html, TableSection section, int number) {
    Table table = section.table();
    String id = section.id();
    heading(html, id, section.title())
        .append("<p class=\"about\">")
        .append(Markup.escape(section.description()))
        .append("</p>\n");
    ImmutableList<ImmutableList<String>> rows = table.rows();
    int body = section.totalRow() && !rows.isEmpty() ? rows.size() - 1 : rows.size();
    boolean[] numeric = numericColumns(table.columns().size(), rows.subList(0, body));
    html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
        .append(id)
        .append("-caption\">\n<table class=\"sortable\">\n<caption id=\"")
        .append(id)
        .append("-caption\">Table ")
        .append(number)
        .append(". ")
        .append(Markup.escape(section.title()))
        .append("</caption>\n<thead>\n<tr>");
    for (int c = 0; c < table.columns().size(); c++) {
      String name = table.columns().get(c);
      boolean library = c < section.libraryColumns();
      // The review's own columns (a key concept's) are narrow, their headings set on end.
      html.append("<th scope=\"col\"")
          .append(classes(numeric[c], !library))
          .append('>')
          .append(
              library
                  ? Markup.escape(name.replace('_', ' '))
                  : "<span class=\"on-end\">" + Markup.escape(name) + "</span>")
          .append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (int r = 0; r < body; r++) {
      row(html, rows.get(r), numeric, "td");
    }
    html.append("</tbody>\n");
    if (body < rows.size()) {
      html.append("<tfoot>\n");
      row(html, rows.get(body), numeric, "th");
      html.append("</tfoot>\n");
    }
    html.append("</table>\n</div>\n");
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">None recorded.</p>\n");
    }
    html.append("</section>\n");
  }

  /** A row; a totals row's first cell is its heading ({@code th}). */
  private static void row(
      StringBuilder html, List<String> cells, boolean[] numeric, String firstCell) {
    html.append("<tr>");
    for (int c = 0; c < cells.size(); c++) {
      String element = c == 0 ? firstCell : "td";
      html.append('<').append(element);
      if (element.equals("th")) {
        html.append(" scope=\"row\"");
      }
      html.append(classes(numeric[c], false))
          .append('>')
          .append(Markup.escape(cells.get(c)))
          .append("</")
          .append(element)
          .append('>');
    }
    html.append("</tr>\n");
  }

  /**
   * The class attribute of a cell: {@code num} if numeric, {@code vertical} if its text is on end.
   */
  private static String classes(boolean numeric, boolean vertical) {
    if (numeric && vertical) {
      return " class=\"num vertical\"";
    }
    return numeric ? " class=\"num\"" : vertical ? " class=\"vertical\"" : "";
  }

  /**
   * Which columns are numeric: those with a number in some cell and nothing but numbers or empty
   * cells in the others.
   */
  static boolean[] numericColumns(int columns, List<? extends List<String>> rows) {
    boolean[] numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      boolean any = false;
      boolean all = true;
      for (List<String> row : rows) {
        String cell = row.get(c);
        if (!cell.isEmpty()) {
          any = true;
          all &= NUMBER.matcher(cell).matches();
        }
      }
      numeric[c] = any && all;
    }
    return numeric;
  }

  /** A figure's section: its heading, the SVG inline, and its caption. */
  private static void figure(StringBuilder html, Figure figure, String id, int number) {
    heading(html, id, figure.title())
        .append("<figure>\n")
        .append(inline(figure.svg(), id))
        .append("<figcaption>Figure ")
        .append(number)
        .append(". ")
        .append(Markup.escape(figure.title()))
        .append("</figcaption>\n</figure>\n</section>\n");
  }

  /**
   * A standalone SVG document as an element of the report: from its {@code svg} element on (without
   * the XML declaration), each of its identifiers, and each reference to one, prefixed with {@code
   * prefix}, so that no two figures of a report share an identifier.
   */
  static String inline(String svg, String prefix) {
    int start = svg.indexOf("<svg");
    String element = start < 0 ? svg : svg.substring(start);
    // Identifiers are rewritten inside tags only: text, escaped, never holds a tag, so a name that
    // reads "url(#arrow)" stays as written.
    StringBuilder scoped = new StringBuilder(element.length() + 64);
    Matcher tags = TAG.matcher(element);
    int from = 0;
    while (tags.find()) {
      scoped.append(element, from, tags.start());
      Matcher matcher = SVG_ID.matcher(tags.group());
      while (matcher.find()) {
        String replacement;
        if (matcher.group(1) != null) {
          replacement = "id=\"" + prefix + "-" + matcher.group(1) + "\"";
        } else if (matcher.group(2) != null) {
          replacement = "url(#" + prefix + "-" + matcher.group(2) + ")";
        } else {
          replacement = "href=\"#" + prefix + "-" + matcher.group(3) + "\"";
        }
        matcher.appendReplacement(scoped, Matcher.quoteReplacement(replacement));
      }
      matcher.appendTail(scoped);
      from = tags.end();
    }
    scoped.append(element, from, element.length());
    if (scoped.length() > 0 && scoped.charAt(scoped.length() - 1) != '\n') {
      scoped.append('\n');
    }
    return scoped.toString();
  }
}

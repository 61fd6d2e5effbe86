package org.metaethnography.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.figure.SvgFigures;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.synthesis.Synthesis;
import org.xml.sax.InputSource;

/**
 * The report parsed back with jsoup, a parser that reads HTML as browsers do: on a small review
 * whose names hold markup, worked out by hand, and on the reference review, whose tables are
 * compared with those the library renders.
 */
final class ReviewReportTest {
  /**
   * Papers 4, 9, 2 in review order. Grid: 4 Respite; 9 Respite and Guilt; 2 nothing. "Time off" is
   * found in 4 (quoted) and 9, "Self-blame" in 9 (quoted). Two searches, one reason for exclusion.
   * Its names hold {@code <}, {@code &} and both quotes.
   */
  private static Synthesis small() {
    return MetaEthnography.review("Caring & coping: <carers'> \"views\"")
        .search("Medline", 200, 20, 5, 2)
        .search("Embase", 100, 10, 3, 1)
        .exclusion("Scores < 5 & \"weak\"", 5)
        .paper(4, p -> p.by("O'Neil A"))
        .paper(9, p -> p.by("Ng L"))
        .paper(2, p -> p.by("Ruiz M"))
        .keyConcept("Respite \"time\"", k -> {})
        .keyConcept("Guilt <private>", k -> {})
        .concept("Time off", c -> {})
        .concept("Self-blame", c -> {})
        .translate("Respite \"time\"", "Time off")
        .translate("Guilt <private>", "Self-blame")
        .found("Time off", 4, e -> e.quoting("a break & a rest"))
        .found("Time off", 9)
        .found("Self-blame", 9, e -> e.quoting("I <should> cope"))
        .grid(4, "Respite \"time\"")
        .grid(9, "Respite \"time\"", "Guilt <private>")
        .synthesize();
  }

  private static ReviewDocument referenceDocument() throws IOException {
    return ReviewDocuments.read(
        Path.of(
            "../examples/src/main/resources/org/metaethnography/examples/reference/"
                + "peer-support-review.json"));
  }

  /** A table of the report as read back: its caption, headings, body rows and foot rows. */
  private record Shown(
      String caption, List<String> headings, List<List<String>> body, List<List<String>> foot) {
    static Shown of(Element table) {
      List<String> headings = new ArrayList<>();
      table.select("thead th").forEach(th -> headings.add(th.wholeText()));
      return new Shown(
          table.selectFirst("caption").text(),
          headings,
          rows(table.select("tbody tr")),
          rows(table.select("tfoot tr")));
    }

    private static List<List<String>> rows(List<Element> rows) {
      List<List<String>> cells = new ArrayList<>();
      for (Element row : rows) {
        List<String> cellsOfRow = new ArrayList<>();
        row.children().forEach(cell -> cellsOfRow.add(cell.wholeText()));
        cells.add(cellsOfRow);
      }
      return cells;
    }

    /** The rows, body then foot, as a {@link Table} holds them. */
    List<List<String>> rows() {
      List<List<String>> all = new ArrayList<>(body);
      all.addAll(foot);
      return all;
    }
  }

  private static Shown table(Document html, String section) {
    Element table = html.selectFirst("section#" + section + " table");
    assertThat(table).as("table of section %s", section).isNotNull();
    return Shown.of(table);
  }

  @Test
  void html_isOneDocument_withItsLanguageCharsetAndTitle() {
    String text = ReviewReport.of(small()).html();
    Document html = Jsoup.parse(text);

    assertThat(text).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html.select("html")).hasSize(1);
    assertThat(html.select("head")).hasSize(1);
    assertThat(html.select("body")).hasSize(1);
    assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(html.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(html.title()).isEqualTo("Caring & coping: <carers'> \"views\"");
    assertThat(html.select("h1").text()).isEqualTo("Caring & coping: <carers'> \"views\"");
  }

  @Test
  void contents_linkEverySection_inOrder() {
    Document html = Jsoup.parse(ReviewReport.of(small()).withNotes(List.of("A note.")).html());

    assertThat(html.select("nav a"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(
            tuple("#included-papers", "Included papers"),
            tuple("#search-flow", "Search flow"),
            tuple("#exclusions", "Reasons for exclusion"),
            tuple("#key-concept-grid", "Key concept grid"),
            tuple("#translations", "Translations"),
            tuple("#translation-table", "Translation table"),
            tuple("#key-concept-profiles", "Key concept profiles"),
            tuple("#audit", "Audit"),
            tuple("#figure-1", "Conceptual model"),
            tuple("#figure-2", "Key concept grid as a heat map"),
            tuple("#figure-3", "Flow of records"),
            tuple("#notes", "Notes"));
    for (Element link : html.select("nav a")) {
      assertThat(html.getElementById(link.attr("href").substring(1))).isNotNull();
    }
    assertThat(html.select("section#notes p").eachText()).containsExactly("A note.");
    assertThat(html.select("table caption").eachText())
        .containsExactly(
            "Table 1. Included papers",
            "Table 2. Search flow",
            "Table 3. Reasons for exclusion",
            "Table 4. Key concept grid",
            "Table 5. Translations",
            "Table 6. Translation table",
            "Table 7. Key concept profiles",
            "Table 8. Audit");
  }

  @Test
  void smallReview_tables_holdTheCellsWorkedOutByHand() {
    Document html = Jsoup.parse(ReviewReport.of(small()).html());

    Shown papers = table(html, "included-papers");
    assertThat(papers.headings())
        .containsExactly("reference", "first author", "participant type", "condition", "format");
    assertThat(papers.body())
        .containsExactly(
            List.of("4", "O'Neil", "", "", ""),
            List.of("9", "Ng", "", "", ""),
            List.of("2", "Ruiz", "", "", ""));
    assertThat(papers.foot()).isEmpty();

    Shown flow = table(html, "search-flow");
    assertThat(flow.headings())
        .containsExactly(
            "search",
            "abstracts reviewed",
            "articles retrieved",
            "quality appraisal",
            "articles included");
    assertThat(flow.body())
        .containsExactly(
            List.of("Medline", "200", "20", "5", "2"), List.of("Embase", "100", "10", "3", "1"));
    assertThat(flow.foot()).containsExactly(List.of("Total", "300", "30", "8", "3"));

    Shown exclusions = table(html, "exclusions");
    assertThat(exclusions.body()).containsExactly(List.of("Scores < 5 & \"weak\"", "5"));
    assertThat(exclusions.foot()).containsExactly(List.of("Total", "5"));

    Shown grid = table(html, "key-concept-grid");
    assertThat(grid.headings())
        .containsExactly("reference", "first author", "Respite \"time\"", "Guilt <private>");
    assertThat(grid.body())
        .containsExactly(
            List.of("4", "O'Neil", "1", "0"),
            List.of("9", "Ng", "1", "1"),
            List.of("2", "Ruiz", "0", "0"));
    assertThat(grid.foot()).containsExactly(List.of("Total", "", "2", "1"));

    Shown translations = table(html, "translations");
    assertThat(translations.headings())
        .containsExactly("raw concept", "order", "key concept", "translation kind", "papers");
    assertThat(translations.body())
        .containsExactly(
            List.of("Time off", "", "Respite \"time\"", "", "4 9"),
            List.of("Self-blame", "", "Guilt <private>", "", "9"));

    Shown quotations = table(html, "translation-table");
    assertThat(quotations.headings()).containsExactly("key concept", "raw concept", "study");
    assertThat(quotations.body())
        .containsExactly(
            List.of("Respite \"time\"", "Time off \"a break & a rest\"", "4"),
            List.of("Respite \"time\"", "Time off", "9"),
            List.of("Guilt <private>", "Self-blame \"I <should> cope\"", "9"));

    assertThat(table(html, "key-concept-profiles").body())
        .extracting(row -> row.get(0), row -> row.get(5), row -> row.get(6))
        .containsExactly(tuple("Respite \"time\"", "2", "1"), tuple("Guilt <private>", "1", "1"));
  }

  @Test
  void numericColumns_areAlignedRight_andTotalsStayInTheFoot() {
    Document html = Jsoup.parse(ReviewReport.of(small()).html());

    assertThat(html.select("section#search-flow thead th"))
        .extracting(th -> th.hasClass("num"))
        .containsExactly(false, true, true, true, true);
    assertThat(html.select("section#search-flow tbody tr").first().select("td"))
        .extracting(td -> td.hasClass("num"))
        .containsExactly(false, true, true, true, true);
    // The grid's marks are numbers, its key concepts' headings set on end; the totals row is
    // headed by its first cell.
    assertThat(html.select("section#key-concept-grid thead th"))
        .extracting(th -> th.className())
        .containsExactly("num", "", "num vertical", "num vertical");
    assertThat(html.select("section#key-concept-grid tfoot th[scope=row]").text())
        .isEqualTo("Total");
    assertThat(html.select("style").html()).contains("table.sortable .num { text-align: right;");
  }

  @Test
  void markup_inNames_isEscaped() {
    String text = ReviewReport.of(small()).html();

    assertThat(text)
        .contains("<title>Caring &amp; coping: &lt;carers'&gt; &quot;views&quot;</title>")
        .contains("<span class=\"on-end\">Guilt &lt;private&gt;</span>")
        .contains("<td>Self-blame &quot;I &lt;should&gt; cope&quot;</td>")
        .doesNotContain("<private>")
        .doesNotContain("<should>")
        .doesNotContain("<carers");
    // Nothing in a name became an element of the document.
    Document html = Jsoup.parse(text);
    assertThat(html.select("private, should, carers")).isEmpty();
  }

  @Test
  void report_loadsNothingFromOutside() {
    Document html = Jsoup.parse(ReviewReport.of(small()).withNotes(List.of("A note.")).html());

    assertThat(html.select("[src]")).isEmpty();
    assertThat(html.select("link, iframe, object, embed, img, base")).isEmpty();
    assertThat(html.select("[href]"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.attr("href")).startsWith("#"));
    assertThat(html.select("style")).hasSize(1);
    assertThat(html.select("style").html()).doesNotContain("@import").doesNotContain("url(");
    assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
    Element script = html.selectFirst("script");
    assertThat(html.select("script")).hasSize(1);
    assertThat(script.attributes().size()).isZero();
    assertThat(script.html())
        .contains("table.sortable")
        .contains("aria-sort")
        .contains("new Intl.Collator(undefined, { numeric: true")
        .doesNotContain("http");
  }

  @Test
  void printStyle_hidesSortControls_keepsTablesWhole_andFitsFiguresToThePage() {
    String style = Jsoup.parse(ReviewReport.of(small()).html()).select("style").html();

    String print = style.substring(style.indexOf("@media print"));
    assertThat(print)
        .contains("table.sortable th button.sort::after { content: none; }")
        .contains("main > section { break-inside: avoid;")
        .contains("table.sortable thead { display: table-header-group; }")
        .contains("figure svg { width: 100%; height: auto; }");
  }

  @Test
  void figure_isInlineSvg_wellFormed_withItsIdentifiersScoped() throws Exception {
    Synthesis synthesis = small();
    String text = ReviewReport.of(synthesis).html();

    // The first figure: the conceptual model.
    String svg = text.substring(text.indexOf("<svg"), text.indexOf("</svg>") + "</svg>".length());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document parsed =
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(text).doesNotContain("<?xml");
    // The conceptual model, the heat map and the flow of records, each once.
    assertThat(text.split("<svg", -1)).hasSize(4);
    // The figure as drawn, but for its identifiers, which carry the figure's anchor.
    String drawn = SvgFigures.conceptualModel(synthesis);
    String expected =
        drawn
            .substring(drawn.indexOf("<svg"))
            .replace("id=\"arrow\"", "id=\"figure-1-arrow\"")
            .replace("url(#arrow)", "url(#figure-1-arrow)");
    assertThat(svg + "\n").isEqualTo(expected);
    Document html = Jsoup.parse(text);
    assertThat(html.select("section#figure-1 h2").text()).isEqualTo("Conceptual model");
    assertThat(html.select("section#figure-1 figure > svg")).hasSize(1);
    assertThat(html.select("section#figure-1 figcaption").text())
        .isEqualTo("Figure 1. Conceptual model");
  }

  @Test
  void inline_scopesEveryIdentifierAndReference() {
    String svg =
        "<?xml version=\"1.0\"?>\n<svg><marker id=\"a\"/><path marker-end=\"url(#a)\"/>"
            + "<use href=\"#a\"/><g data-id=\"x\"/></svg>";

    assertThat(ReportHtml.inline(svg, "figure-2"))
        .isEqualTo(
            "<svg><marker id=\"figure-2-a\"/><path marker-end=\"url(#figure-2-a)\"/>"
                + "<use href=\"#figure-2-a\"/><g data-id=\"x\"/></svg>\n");
  }

  @Test
  void referenceReview_everyTable_isTheTableTheLibraryRenders() throws IOException {
    ReviewDocument document = referenceDocument();
    Synthesis synthesis = MetaEthnography.synthesize(document.review());
    GridLayout layout = GridLayout.standard().inOrder(document.gridRowOrder().orElseThrow());
    Document html =
        Jsoup.parse(
            ReviewReport.of(synthesis).withGridLayout(layout).withNotes(document.notes()).html());

    Map<String, Table> expected = new java.util.LinkedHashMap<>();
    expected.put("included-papers", ReviewTables.includedPapers(synthesis));
    expected.put("search-flow", ReviewTables.searchFlow(synthesis));
    expected.put("exclusions", ReviewTables.exclusions(synthesis));
    expected.put("key-concept-grid", ReviewTables.conceptGrid(synthesis, layout));
    expected.put("translations", ReviewTables.translations(synthesis));
    expected.put(
        "translation-table",
        ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes()));
    expected.put("key-concept-profiles", ReviewTables.keyConcepts(synthesis));
    expected.put("audit", ReviewTables.audit(synthesis.audit()));
    assertThat(html.select("main > section table").eachAttr("class")).hasSize(expected.size());
    List<String> keyConcepts = synthesis.grid().keyConcepts().stream().map(k -> k.name()).toList();
    expected.forEach(
        (section, table) -> {
          Shown shown = table(html, section);
          assertThat(shown.headings())
              .as(section)
              .containsExactlyElementsOf(
                  table.columns().stream()
                      .map(c -> keyConcepts.contains(c) ? c : c.replace('_', ' '))
                      .toList());
          assertThat(shown.rows()).as(section).containsExactlyElementsOf(table.rows());
        });
    // Worked from the review document: 25 papers, 7 searches and a total, 13 key concepts.
    assertThat(table(html, "included-papers").body()).hasSize(25);
    assertThat(table(html, "search-flow").body()).hasSize(7);
    assertThat(table(html, "search-flow").foot()).hasSize(1);
    assertThat(table(html, "key-concept-grid").headings()).hasSize(15);
    assertThat(html.select("section#notes p")).hasSize(document.notes().size());
  }

  @Test
  void bareReview_showsOnlyWhatItHas() {
    Synthesis bare =
        MetaEthnography.review("Bare").paper(1, p -> {}).keyConcept("Calm", k -> {}).synthesize();
    Document html = Jsoup.parse(ReviewReport.of(bare).html());

    assertThat(html.select("main > section").eachAttr("id"))
        .containsExactly(
            "included-papers",
            "key-concept-grid",
            "key-concept-profiles",
            "audit",
            "figure-1",
            "figure-2");
    assertThat(html.select("section#notes")).isEmpty();
    // A table with no row still shows its columns, and says it has none; one with rows does not.
    for (Element section : html.select("main > section:has(table)")) {
      assertThat(section.select("p.empty").eachText())
          .as(section.id())
          .isEqualTo(section.select("tbody tr").isEmpty() ? List.of("None recorded.") : List.of());
    }
  }

  @Test
  void recordedReview_showsItsRecordsAndTheReviewersAgreement_asTheLibraryRendersThem() {
    Synthesis recorded = org.metaethnography.core.RecordedReviews.whollyRecorded().synthesize();
    Document html = Jsoup.parse(ReviewReport.of(recorded).html());
    assertThat(html.select("main > section").eachAttr("id"))
        .contains("search-flow", "record-flow", "agreement", "agreement-by-category");
    assertThat(table(html, "record-flow").rows())
        .isEqualTo(ReviewTables.recordFlow(recorded).rows());
    assertThat(table(html, "agreement").rows())
        .isEqualTo(org.metaethnography.core.table.AgreementTables.of(recorded).rows());
  }

  @Test
  void emptyReview_showsEachTablesColumns_andSaysItHasNoRows() {
    Document html =
        Jsoup.parse(ReviewReport.of(MetaEthnography.review("Empty").synthesize()).html());

    assertThat(html.select("main > section").eachAttr("id"))
        .containsExactly("included-papers", "key-concept-grid", "key-concept-profiles", "audit");
    assertThat(table(html, "included-papers").headings()).hasSize(5);
    assertThat(table(html, "included-papers").body()).isEmpty();
    assertThat(html.select("p.empty").eachText()).hasSize(3).containsOnly("None recorded.");
    // The grid has its totals row alone.
    assertThat(table(html, "key-concept-grid").foot()).containsExactly(List.of("Total", ""));
  }

  @Test
  void gridLayout_ordersTheGridsRows() {
    Document html =
        Jsoup.parse(
            ReviewReport.of(small()).withGridLayout(GridLayout.standard().inOrder(2, 4, 9)).html());

    assertThat(table(html, "key-concept-grid").body())
        .extracting(row -> row.get(0))
        .containsExactly("2", "4", "9");
  }

  @Test
  void equalSyntheses_giveIdenticalText() throws IOException {
    ReviewDocument document = referenceDocument();
    String first =
        ReviewReport.of(MetaEthnography.synthesize(document.review()))
            .withNotes(document.notes())
            .html();
    String second =
        ReviewReport.of(MetaEthnography.synthesize(referenceDocument().review()))
            .withNotes(referenceDocument().notes())
            .html();

    assertThat(second).isEqualTo(first);
    assertThat(ReviewReport.of(small()).html()).isEqualTo(ReviewReport.of(small()).html());
  }

  @Test
  void write_writesTheHtml(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("report").resolve("review.html");
    ReviewReport report = ReviewReport.of(small());

    report.write(file);

    assertThat(Files.readString(file)).isEqualTo(report.html());
  }

  @Test
  void nulls_areRefused() {
    NullPointerTester tester = new NullPointerTester().setDefault(Synthesis.class, small());
    tester.testAllPublicStaticMethods(ReviewReport.class);
    tester.testAllPublicInstanceMethods(ReviewReport.of(small()));
  }

  @Test
  void aNameThatReadsLikeAReference_isNotRewritten() {
    Synthesis synthesis =
        MetaEthnography.review("R")
            .paper(1, p -> {})
            .keyConcept("K url(#arrow)", k -> {})
            .concept("c", c -> {})
            .translate("K url(#arrow)", "c")
            .synthesize();
    String html = ReviewReport.of(synthesis).html();
    assertThat(html).contains(">K url(#arrow)<").doesNotContain("K url(#figure-");
  }
}

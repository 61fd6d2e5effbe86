package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.figure.SvgFigures;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Paper;
import org.metaethnography.synthesis.Synthesis;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The charts of the reference review carry the numbers the paper prints: the flow of records those
 * of Tables 2a and 2b, the heat map the rows and totals of Table 3 (golden tables transcribed from
 * the paper). The charts are written to {@code target/charts} for a reader to look at.
 */
final class ReferenceChartsTest {
  private static final Synthesis SYNTHESIS = Synthesis.of(ReproducePaper.review());

  @Test
  void flow_carriesTheSearchesOfTable2a_andTheReasonsOfTable2b() throws Exception {
    String svg = SvgFigures.flow(SYNTHESIS);
    write("flow.svg", svg);
    Table table2a = Golden.table("table2a");
    List<? extends List<String>> searches = table2a.rows().subList(0, table2a.rows().size() - 1);
    List<String> total = table2a.rows().get(table2a.rows().size() - 1);

    assertThat(texts(svg, "identification-item"))
        .containsExactlyElementsOf(searches.stream().map(r -> r.get(0)).toList());
    assertThat(numbers(texts(svg, "identification-item-count")))
        .containsExactlyElementsOf(searches.stream().map(r -> r.get(1)).toList());
    assertThat(numbers(texts(svg, "abstracts-reviewed-count"))).containsExactly(total.get(1));
    assertThat(numbers(texts(svg, "articles-retrieved-count"))).containsExactly(total.get(2));
    assertThat(numbers(texts(svg, "articles-appraised-count"))).containsExactly(total.get(3));
    assertThat(numbers(texts(svg, "articles-included-count"))).containsExactly(total.get(4));

    Table table2b = Golden.table("table2b");
    List<? extends List<String>> reasons = table2b.rows().subList(0, table2b.rows().size() - 1);
    assertThat(texts(svg, "exclusions-item"))
        .containsExactlyElementsOf(reasons.stream().map(r -> r.get(0)).toList());
    assertThat(texts(svg, "exclusions-item-count"))
        .containsExactlyElementsOf(reasons.stream().map(r -> r.get(1)).toList());
    assertThat(numbers(texts(svg, "exclusions-count")))
        .containsExactly(table2b.rows().get(table2b.rows().size() - 1).get(1));
  }

  @Test
  void heatMap_carriesTheRowsAndTotalsOfTable3() throws Exception {
    String svg =
        SvgFigures.heatMap(
            SYNTHESIS,
            GridLayout.standard()
                .groupedBy("condition", Paper::condition)
                .inOrder(ReproducePaper.TABLE_3_ROW_ORDER));
    write("grid.svg", svg);
    Table table3 = Golden.table("table3");
    List<String> columns = table3.columns();
    int first = columns.size() - SYNTHESIS.grid().keyConcepts().size();
    List<? extends List<String>> rows = table3.rows().subList(0, table3.rows().size() - 1);

    assertThat(texts(svg, "key-concept"))
        .containsExactlyElementsOf(columns.subList(first, columns.size()));
    assertThat(texts(svg, "row-label"))
        .containsExactlyElementsOf(
            rows.stream().map(r -> r.get(2) + " [" + r.get(1) + "]").toList());
    List<String> ticks = new ArrayList<>();
    for (List<String> row : rows) {
      long ticked = row.subList(first, row.size()).stream().filter(c -> !c.equals("0")).count();
      ticks.add(Long.toString(ticked));
    }
    assertThat(texts(svg, "row-key-concepts")).containsExactlyElementsOf(ticks);
    List<String> totals = table3.rows().get(table3.rows().size() - 1);
    assertThat(texts(svg, "total-count"))
        .containsExactlyElementsOf(totals.subList(first, totals.size()));
  }

  private static void write(String name, String svg) throws IOException {
    Path charts = Path.of("target", "charts");
    Files.createDirectories(charts);
    Files.writeString(charts.resolve(name), svg);
  }

  /** The texts of a class, in document order, their lines joined by spaces. */
  private static List<String> texts(String svg, String cls) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList nodes =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
            .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element text = (Element) nodes.item(i);
      if (text.getAttribute("class").equals(cls)) {
        List<String> lines = new ArrayList<>();
        for (Node line = text.getFirstChild(); line != null; line = line.getNextSibling()) {
          lines.add(line.getTextContent());
        }
        texts.add(String.join(" ", lines));
      }
    }
    return texts;
  }

  /** Counts as the golden tables write them: {@code n = 21,489} as {@code 21489}. */
  private static List<String> numbers(List<String> texts) {
    return texts.stream().map(t -> t.replaceFirst("^n = ", "").replace(",", "")).toList();
  }
}

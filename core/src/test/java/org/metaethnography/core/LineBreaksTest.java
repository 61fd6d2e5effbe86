package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.figure.ModelFigures;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.synthesis.ConceptualModel;
import org.metaethnography.synthesis.Synthesis;

/**
 * Every kind of line break (LF, a lone CR, CRLF) in a text field, through every format the library
 * writes, checked by parsing the output back: CSV with Commons CSV (RFC 4180), Markdown with
 * CommonMark's GitHub tables, DOT and Mermaid line by line.
 */
final class LineBreaksTest {
  /** A quotation with all three line breaks, a comma and a quotation mark. */
  private static final String QUOTATION = "first\rsecond\r\nthird\nfourth, \"fifth\"";

  private final Synthesis synthesis =
      MetaEthnography.review("Returning to work")
          .paper(5, p -> p.by("Ng L"))
          .keyConcept("Pacing", k -> {})
          .concept("Rationing", c -> {})
          .translate("Pacing", "Rationing")
          .found("Rationing", 5, e -> e.quoting(QUOTATION))
          .synthesize();

  private final Table translations =
      ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes());

  @Test
  void csv_keepsEveryLineBreak_inAQuotedCell() throws IOException {
    List<CSVRecord> records;
    try (var parser =
        CSVFormat.RFC4180.builder().get().parse(new StringReader(translations.toCsv()))) {
      records = parser.getRecords();
    }
    assertThat(records).hasSize(2);
    assertThat(records.get(0).values()).containsExactly("key_concept", "raw_concept", "study");
    assertThat(records.get(1).values())
        .containsExactly("Pacing", "Rationing \"" + QUOTATION + "\"", "5");
  }

  @Test
  void markdown_writesEveryLineBreakAsASpace_soEachRowStaysOneRow() {
    Node document =
        Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .build()
            .parse(translations.toMarkdown());
    assertThat(document.getFirstChild()).isInstanceOf(TableBlock.class);
    List<String> cells = new ArrayList<>();
    collectCells(document, cells);
    assertThat(cells)
        .containsExactly(
            "key_concept",
            "raw_concept",
            "study",
            "Pacing",
            "Rationing \"first second third fourth, \"fifth\"\"",
            "5");
  }

  private static void collectCells(Node node, List<String> cells) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableCell) {
        StringBuilder text = new StringBuilder();
        for (Node part = child.getFirstChild(); part != null; part = part.getNext()) {
          if (part instanceof Text t) {
            text.append(t.getLiteral());
          }
        }
        cells.add(text.toString());
      } else {
        collectCells(child, cells);
      }
    }
  }

  private static ConceptualModel model(String note) {
    ReviewBuilder review =
        MetaEthnography.review("Respite")
            .stakeholders("Carers")
            .phases("during")
            .keyConcept("Relief", k -> k.phase("during").concerns("Carers"));
    if (!note.isEmpty()) {
      review.lineOfArgumentNote(note);
    }
    return review.synthesize().conceptualModel();
  }

  @Test
  void dotAndMermaid_writeANoteWithEveryLineBreak_asOneCommentLineEach() {
    ConceptualModel noted = model("One.\rTwo.\r\nThree.\nFour.");
    ConceptualModel plain = model("");
    assertThat(parseBack(ModelFigures.toDot(noted), "  // "))
        .isEqualTo(
            new Parsed(List.of("One.", "Two.", "Three.", "Four."), ModelFigures.toDot(plain)));
    assertThat(parseBack(ModelFigures.toMermaid(noted), "  %% "))
        .isEqualTo(
            new Parsed(List.of("One.", "Two.", "Three.", "Four."), ModelFigures.toMermaid(plain)));
  }

  /** A figure read back: its comment lines, and the rest of its text without them. */
  private record Parsed(List<String> comments, String figure) {}

  /**
   * Reads a figure back line by line (lines end with LF, and no CR may be left in a line): the
   * comment lines, which start with {@code comment}, and the other lines as they are.
   */
  private static Parsed parseBack(String text, String comment) {
    assertThat(text).doesNotContain("\r").endsWith("\n");
    List<String> comments = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(comment)) {
        comments.add(line.substring(comment.length()));
      } else if (!line.isEmpty()) {
        rest.append(line).append('\n');
      }
    }
    return new Parsed(comments, rest.toString());
  }
}

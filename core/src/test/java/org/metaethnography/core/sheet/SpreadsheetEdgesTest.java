package org.metaethnography.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.model.Review;

/**
 * The spreadsheets at their edges: values that a list cell or a header could take for something
 * else, orders, strict bases, bounded messages and limits at their extremes.
 */
final class SpreadsheetEdgesTest {
  private static ReviewBuilder declared() {
    return MetaEthnography.review("Edges")
        .stakeholders("Carers", "Staff; volunteers")
        .reviewers("AO")
        .keyConcept("Relief", k -> {})
        .keyConcept("Guilt", k -> {});
  }

  private static Review roundTrip(Review review) {
    Map<Sheet, String> written = Spreadsheets.standard().write(review);
    return Spreadsheets.standard().read(ReviewDocument.of(declared().build()), written).review();
  }

  private static List<String> problems(Runnable read) {
    return Problems.messages(read);
  }

  @Test
  void namesAndValuesHoldingSemicolons_readBackWhole() {
    Review review =
        declared()
            .paper(
                1,
                p ->
                    p.by("Smith; Jones Ltd")
                        .perspective("Staff; volunteers")
                        .attribute("setting", "rural; remote")
                        .attribute("country", "UK", "Ireland; Wales"))
            .paper(2, p -> p.undesignatedPerspective(" Couples, as they call themselves "))
            .concept("Time; space", c -> c.voices("Staff; volunteers"))
            .concept("Letting go", c -> {})
            .translate("Relief", "Time; space")
            .translate("Guilt", "Letting go")
            .found("Time; space", 1, e -> e.by("AO"))
            .build();
    assertThat(roundTrip(review)).isEqualTo(review);
    assertThat(Spreadsheets.standard().write(review).get(Sheet.INCLUDED_STUDIES))
        .contains("\"Smith; Jones Ltd\n\"")
        .contains("\"UK\nIreland; Wales\"");
  }

  @Test
  void extractionsInterleavedAcrossRawConcepts_comeBackInTheirOrder() {
    Review review =
        declared()
            .paper(1, p -> {})
            .paper(2, p -> {})
            .concept("A", c -> c.firstOrder())
            .concept("B", c -> {})
            .concept("C", c -> {})
            .concept("D", c -> {})
            .translate("Relief", "A", "B", "C")
            .translate("Guilt", "D")
            .found("C", 1)
            .found("A", 2)
            .found("C", 2)
            .found("A", 1)
            .build();
    // Worked by hand: C is found first, so A and B, listed before it, come first on rows of their
    // own; D, found nowhere, comes last.
    assertThat(Spreadsheets.standard().write(review).get(Sheet.EXTRACTIONS))
        .isEqualTo("concept,order,paper\nA,first,\nB,,\nC,,1\nA,first,2\nC,,2\nA,first,1\nD,,\n");
    assertThat(roundTrip(review)).isEqualTo(review);
  }

  @Test
  void valuesThatWouldReadAsSomethingElse_areRefusedWhenWritten() {
    ReviewBuilder base =
        declared()
            .concept("A", c -> {})
            .concept("B", c -> {})
            .translate("Relief", "A")
            .translate("Guilt", "B");
    assertThatThrownBy(
            () ->
                Spreadsheets.standard()
                    .write(base.paper("kind", p -> {}).found("A", "kind", e -> {}).build()))
        .hasMessage(
            "translations.csv cannot head a column of paper \"kind\": it would read back as its"
                + " column \"kind\"; rename it, or give it a header of its own with withHeader");
    assertThatThrownBy(
            () ->
                Spreadsheets.standard()
                    .write(
                        MetaEthnography.review("r")
                            .keyConcept("Paper", k -> {})
                            .paper(1, p -> {})
                            .grid(1, "Paper")
                            .build()))
        .hasMessage(
            "grid.csv cannot head a column of key concept \"Paper\": it would read back as its"
                + " column \"paper\"; rename it, or give it a header of its own with withHeader");
    assertThatThrownBy(
            () ->
                Spreadsheets.standard()
                    .write(
                        MetaEthnography.review("r")
                            .stakeholders("Undesignated: staff")
                            .paper(1, p -> p.perspective("Undesignated: staff"))
                            .build()))
        .hasMessage(
            "stakeholder \"Undesignated: staff\" would read back from a perspective cell as an"
                + " undesignated perspective; name it otherwise");
    assertThatThrownBy(
            () ->
                Spreadsheets.standard()
                    .write(
                        MetaEthnography.review("r").paper(1, p -> p.attribute("a", " x")).build()))
        .hasMessageStartingWith(
            "the value \" x\" of attribute \"a\" of paper [1] cannot be listed");
    assertThatThrownBy(
            () ->
                Spreadsheets.standard()
                    .withLimits(new SheetLimits(1_000, 10, 100, 100))
                    .write(
                        MetaEthnography.review("r")
                            .paper(1, p -> p.titled("A long title"))
                            .build()))
        .hasMessage(
            "included-studies.csv, row 2, column \"title\": the cell would have 12 characters, more"
                + " than a sheet may hold (SheetLimits.maxCellCharacters, 10); keep this part in"
                + " the review document, or raise the limit with withLimits");
  }

  @Test
  void columnsThatReadAsOne_areReported() {
    assertThat(
            problems(
                () ->
                    Spreadsheets.standard()
                        .read(
                            ReviewDocument.of(declared().build()),
                            Map.of(
                                Sheet.INCLUDED_STUDIES,
                                "citation,appraisal tool,Appraisal  Tool\n1,CASP,JBI\n"))))
        .containsExactly(
            "included-studies.csv, row 1, column 3 (Appraisal  Tool): the column \"Appraisal "
                + " Tool\" names \"appraisal tool\", as column 2 (\"appraisal tool\") does; a sheet"
                + " names each column once (repeated column)");
    Spreadsheets ours = Spreadsheets.standard().withHeader(Sheet.EXTRACTIONS, "Study", "paper");
    assertThat(
            problems(
                () ->
                    ours.read(
                        ReviewDocument.of(declared().build()),
                        Map.of(Sheet.EXTRACTIONS, "concept,Study,paper\nA,1,2\n"))))
        .first()
        .asString()
        .startsWith("extractions.csv, row 1, column 3 (paper): the column \"paper\" names");
    assertThatThrownBy(() -> ours.withHeader(Sheet.EXTRACTIONS, "Ref", "paper"))
        .hasMessage(
            "the column \"paper\" of extractions.csv is headed \"Study\" already, not \"Ref\"");
    assertThatThrownBy(
            () -> Spreadsheets.standard().withHeader(Sheet.EXTRACTIONS, "Concept", "paper"))
        .hasMessage(
            "the header \"Concept\" of extractions.csv is the name of its column \"concept\", so it"
                + " cannot name \"paper\"");
  }

  @Test
  void theBase_isParsedAsStrictlyAsADocument_andItsProblemsComeWithTheCells() {
    String twice =
        "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": \"A\", \"title\":"
            + " \"B\"}";
    assertThat(
            problems(
                () ->
                    Spreadsheets.standard()
                        .read("rest.json", twice, Map.of(Sheet.GRID, "paper\n"))))
        .singleElement()
        .asString()
        .startsWith("rest.json: ")
        .contains("title");
    String wrongCitation =
        "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": \"A\","
            + " \"papers\": [{\"citation\": {\"a\": 1}}]}";
    assertThat(
            problems(
                () ->
                    Spreadsheets.standard()
                        .read("rest.json", wrongCitation, Map.of(Sheet.GRID, "paper,Hope\n1,x\n"))))
        .anySatisfy(p -> assertThat(p).startsWith("rest.json: /papers/0/citation: "))
        .anySatisfy(p -> assertThat(p).startsWith("grid.csv, row 1, column 2 (Hope): "));
  }

  @Test
  void cellsTheModelWouldRefuseAsNumbers_arePlacedInTheSheet() {
    assertThat(
            problems(
                () ->
                    Spreadsheets.standard()
                        .read(
                            ReviewDocument.of(declared().build()),
                            Map.of(
                                Sheet.INCLUDED_STUDIES,
                                "citation,year,appraisal score\n1,0000002019,"
                                    + "9".repeat(2_000)
                                    + "\n2,2147483648,\n"))))
        .containsExactly(
            "included-studies.csv, row 2, column 3 (appraisal score): the score \""
                + "9".repeat(60)
                + "...\" (2,000 characters) is not a score; write it as 8, 8/10, 7-9 or 7-9/10"
                + " (wrong value)",
            "included-studies.csv, row 3, column 2 (year): the year \"2147483648\" is not a whole"
                + " number (wrong value)");
  }

  @Test
  void classificationsRepeatedInAnotherCaseOrSpacing_agree() {
    Review read =
        Spreadsheets.standard()
            .read(
                ReviewDocument.of(declared().paper(1, p -> {}).paper(2, p -> {}).build()),
                Map.of(
                    Sheet.EXTRACTIONS,
                    "\n\nconcept,order,perspective,paper\n"
                        + "A,first,\"Carers\nStaff; volunteers\",1\n"
                        + "A,First,\" Carers\r\n Staff; volunteers \",2\n"
                        + "B,,,\n",
                    Sheet.TRANSLATIONS,
                    "key concept,concepts\nRelief,A\nGuilt,B\n"))
            .review();
    assertThat(read.extractions()).hasSize(2);
  }

  @Test
  void messages_areBounded_andShowInvisibleCharacters() {
    String huge = "h".repeat(30_000);
    List<String> found =
        problems(
            () ->
                Spreadsheets.standard()
                    .read(
                        ReviewDocument.of(declared().build()),
                        Map.of(
                            Sheet.EXTRACTIONS,
                            "concept," + huge + "\nA,1\n",
                            Sheet.GRID,
                            "\uFEFF\uFEFFpaper,Relief\n1,x\n")));
    assertThat(found).allSatisfy(message -> assertThat(message.length()).isLessThan(1_200));
    assertThat(found).anySatisfy(message -> assertThat(message).contains("<U+FEFF>paper"));
  }

  @Test
  void limitsAtTheirExtremes_andNoSheets_areFine(@TempDir Path dir) throws IOException {
    Path grid = dir.resolve("grid.csv");
    Files.writeString(grid, "paper,Relief\n");
    assertThat(
            Spreadsheets.readTable(grid, new SheetLimits(Long.MAX_VALUE, 100, 100, 100)).columns())
        .containsExactly("paper", "Relief");
    Path base = dir.resolve("rest.json");
    Files.writeString(base, ReviewDocuments.write(declared().build()));
    assertThat(Spreadsheets.standard().read(base, Map.of()).review()).isEqualTo(declared().build());
    // Two files of one name are told apart by their paths.
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/grid.csv"), "paper,Relief\n1,maybe\n");
    Files.writeString(dir.resolve("a/rest.json"), ReviewDocuments.write(declared().build()));
    assertThat(
            problems(
                () -> {
                  try {
                    Spreadsheets.standard()
                        .read(
                            dir.resolve("a/rest.json"),
                            Map.of(Sheet.GRID, dir.resolve("a/grid.csv")));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }))
        .singleElement()
        .asString()
        .startsWith("grid.csv, row 2, column 2 (Relief): ");
    assertThatThrownBy(() -> new InvalidSheetException(List.of()))
        .hasMessage("an invalid sheet has at least one problem");
  }
}

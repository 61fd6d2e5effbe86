package org.metaethnography.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stance;
import org.metaethnography.model.TranslationKind;

/**
 * The four spreadsheets on a small review written for these tests: each sheet's text worked out by
 * hand, read back with the rest of the review from a base, headers in a team's own words, and every
 * kind of problem at its file, row and column.
 */
final class SpreadsheetsTest {
  /** What the spreadsheets do not carry: the declarations and key concepts. */
  private static ReviewBuilder rest() {
    return MetaEthnography.review("Carers and respite")
        .stakeholders("Carers", "Staff")
        .phases("Before", "After")
        .reviewers("AO", "SL")
        .keyConcept("Relief", k -> k.concerns("Carers"))
        .keyConcept("Guilt", k -> k.definedAs("Feeling one has abandoned the person"));
  }

  /** The review of two papers whose sheets are written out by hand below. */
  private static Review small() {
    return rest()
        .paper(
            1,
            p ->
                p.by("Ng L", "Roy K")
                    .year(2019)
                    .titled("Respite, rest")
                    .in("J Care")
                    .condition("Dementia")
                    .format("Day centre")
                    .perspective("Carers")
                    .appraisal(a -> a.tool("CASP").score(8, 10).category("Key paper"))
                    .attribute("country", "UK"))
        .paper(
            2,
            p ->
                p.by("Kim H")
                    .etAl()
                    .undesignatedPerspective("Couples")
                    .attribute("country", "Canada", "USA"))
        .concept(
            "Time to breathe",
            c ->
                c.firstOrder()
                    .voices("Carers")
                    .positive()
                    .phase("After")
                    .definedAs("Time for oneself"))
        .concept("Letting go", c -> c.secondOrder().voices("Carers", "Staff").mixed())
        .translate("Relief", TranslationKind.RECIPROCAL, "Time to breathe")
        .translate("Guilt", "Letting go")
        .found(
            "Time to breathe",
            1,
            e -> e.by("AO", "SL").quoting("I could breathe, at last").onPage("5"))
        .found("Time to breathe", 2)
        .found("Letting go", 2, e -> e.refutes())
        .grid(1, "Relief")
        .grid(2, Stance.PARTLY_SUPPORTS, "Relief", "Guilt")
        .build();
  }

  private static final String STUDIES =
      "citation,authors,et al,year,title,journal,condition,format,perspective,appraisal tool,"
          + "appraisal score,appraisal category,country\n"
          + "1,Ng L; Roy K,,2019,\"Respite, rest\",J Care,Dementia,Day centre,Carers,CASP,8/10,"
          + "Key paper,UK\n"
          + "2,Kim H,yes,,,,,,undesignated: Couples,,,,Canada; USA\n";

  private static final String EXTRACTIONS =
      "concept,order,perspective,valence,phase,definition,paper,reviewers,stance,quotation,page\n"
          + "Time to breathe,first,Carers,positive,After,Time for oneself,1,AO; SL,,"
          + "\"I could breathe, at last\",5\n"
          + "Time to breathe,first,Carers,positive,After,Time for oneself,2,,,,\n"
          + "Letting go,second,Carers; Staff,mixed,,,2,,refutes,,\n";

  private static final String GRID =
      "paper,Relief,Guilt\n1,x,\n2,partly supports,partly supports\n";

  private static final String TRANSLATIONS =
      "key concept,kind,concepts,1,2\n"
          + "Relief,reciprocal,Time to breathe,Time to breathe,Time to breathe\n"
          + "Guilt,,Letting go,,Letting go\n";

  private static final Map<Sheet, String> SHEETS =
      Map.of(
          Sheet.INCLUDED_STUDIES, STUDIES,
          Sheet.EXTRACTIONS, EXTRACTIONS,
          Sheet.GRID, GRID,
          Sheet.TRANSLATIONS, TRANSLATIONS);

  private static List<String> problems(Runnable read) {
    return Problems.messages(read);
  }

  private static ReviewDocument base() {
    return ReviewDocument.of(rest().build());
  }

  @Test
  void write_smallReview_givesTheSheetsWorkedOutByHand() {
    Map<Sheet, String> written = Spreadsheets.standard().write(small());
    assertThat(written.get(Sheet.INCLUDED_STUDIES)).isEqualTo(STUDIES);
    assertThat(written.get(Sheet.EXTRACTIONS)).isEqualTo(EXTRACTIONS);
    assertThat(written.get(Sheet.GRID)).isEqualTo(GRID);
    assertThat(written.get(Sheet.TRANSLATIONS)).isEqualTo(TRANSLATIONS);
    assertThat(Spreadsheets.standard().write(small()).keySet())
        .containsExactly(Sheet.INCLUDED_STUDIES, Sheet.EXTRACTIONS, Sheet.GRID, Sheet.TRANSLATIONS);
  }

  @Test
  void read_sheetsWithTheRestFromTheFluentApi_isTheReview() {
    assertThat(Spreadsheets.standard().read(base(), SHEETS).review()).isEqualTo(small());
  }

  @Test
  void read_eachSheetReplacesOnlyWhatItCarries() {
    // The grid of record alone, over a base that has everything else.
    Review withoutGrid =
        Spreadsheets.standard()
            .read(ReviewDocument.of(small()), Map.of(Sheet.GRID, "paper,Relief,Guilt\n2,x,\n"))
            .review();
    assertThat(withoutGrid.incidences()).extracting(Object::toString).containsExactly("[2] Relief");
    assertThat(withoutGrid.papers()).isEqualTo(small().papers());
    assertThat(withoutGrid.extractions()).isEqualTo(small().extractions());
  }

  @Test
  void headersInTheTeamsOwnWords_areReadAndWritten() {
    Spreadsheets ours =
        Spreadsheets.standard()
            .withHeader(Sheet.INCLUDED_STUDIES, "Ref", "citation")
            .withHeader(Sheet.INCLUDED_STUDIES, "Setting", "format")
            .withHeader(Sheet.GRID, "Study", "paper")
            .withHeader(Sheet.GRID, "Relief (R)", "Relief");
    assertThat(ours.write(small()).get(Sheet.GRID))
        .isEqualTo("Study,Relief (R),Guilt\n1,x,\n2,partly supports,partly supports\n");
    assertThat(ours.write(small()).get(Sheet.INCLUDED_STUDIES))
        .startsWith("Ref,authors,et al,year,title,journal,condition,Setting,");
    // Headers match as words: case and spacing do not matter.
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.INCLUDED_STUDIES,
            STUDIES.replace("citation,", " REF ,").replace(",format,", ",setting,"),
            Sheet.EXTRACTIONS,
            EXTRACTIONS.replace("valence", "Valence "),
            Sheet.GRID,
            GRID.replace("paper,Relief", "study,relief (r)"),
            Sheet.TRANSLATIONS,
            TRANSLATIONS);
    assertThat(ours.read(base(), sheets).review()).isEqualTo(small());
    assertThatThrownBy(() -> ours.withHeader(Sheet.GRID, "study", "Guilt"))
        .hasMessage("the header \"study\" of grid.csv names \"paper\" already, not \"Guilt\"");
  }

  @Test
  void crlfByteOrderMarkAndSpreadsheetSpellings_readAlike() {
    Spreadsheets excel =
        Spreadsheets.standard().withDialect(CsvDialect.standard().withCrlf().withByteOrderMark());
    Map<Sheet, String> written = excel.write(small());
    assertThat(written.get(Sheet.GRID)).isEqualTo("\uFEFF" + GRID.replace("\n", "\r\n"));
    assertThat(excel.read(base(), written).review()).isEqualTo(small());
    // Ticks written as spreadsheet users write them; names listed one per line.
    Map<Sheet, String> typed =
        Map.of(
            Sheet.INCLUDED_STUDIES,
            STUDIES.replace("Ng L; Roy K", "\"Ng L\nRoy K\""),
            Sheet.EXTRACTIONS,
            EXTRACTIONS,
            Sheet.GRID,
            "paper,Relief,Guilt\n1,\u2713,0\n2,Partly supports,partly  supports\n",
            Sheet.TRANSLATIONS,
            TRANSLATIONS);
    assertThat(Spreadsheets.standard().read(base(), typed).review()).isEqualTo(small());
  }

  @Test
  void badCells_areAllReportedWithFileRowAndColumn() {
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.INCLUDED_STUDIES,
            STUDIES.replace(",2019,", ",2019a,").replace("8/10", "eight"),
            Sheet.EXTRACTIONS,
            EXTRACTIONS
                .replace("Letting go,second", "Letting go,third")
                .replace(
                    "Time to breathe,first,Carers,positive,After,Time for oneself,2",
                    "Time to breathe,first,Carers,negative,After,Time for oneself,2"),
            Sheet.GRID,
            GRID.replace("1,x,", "1,maybe,").replace("paper,Relief,Guilt", "paper,Relief,Shame"),
            Sheet.TRANSLATIONS,
            TRANSLATIONS.replace("concepts,1,2", "concepts,1,7"));
    assertThat(problems(() -> Spreadsheets.standard().read(base(), sheets)))
        .containsExactly(
            "included-studies.csv, row 2, column 4 (year): the year \"2019a\" is not a whole number"
                + " (wrong value)",
            "included-studies.csv, row 2, column 11 (appraisal score): the score \"eight\" is not a"
                + " score; write it as 8, 8/10, 7-9 or 7-9/10 (wrong value)",
            "extractions.csv, row 3, column 4 (valence): raw concept \"Time to breathe\" has"
                + " valence \"negative\" here but \"positive\" on an earlier row (conflicting"
                + " value)",
            "extractions.csv, row 4, column 2 (order): the order \"third\" is none of first, second"
                + " (wrong value)",
            "grid.csv, row 1, column 3 (Shame): the column \"Shame\" is no key concept of the"
                + " review; the sheet's columns are [paper] and one per key concept (unknown"
                + " column)",
            "grid.csv, row 2, column 2 (Relief): the cell \"maybe\" is no mark of the grid; write x"
                + " (or \u2713, 1, yes) for a ticked cell, supports, partly supports or refutes for"
                + " a stance, and nothing (or 0, no) for an empty one (wrong value)",
            "translations.csv, row 1, column 5 (7): the column \"7\" is no included paper's"
                + " citation; the sheet's columns are [key concept, kind, index paper, concepts]"
                + " and one per included paper (unknown column)");
  }

  @Test
  void missingAndMisplacedValues_areNamed() {
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.EXTRACTIONS,
            "concept,paper,reviewers,colour\n,1,,\nLetting go,,AO,\n",
            Sheet.GRID,
            "Relief\nx\n");
    assertThat(problems(() -> Spreadsheets.standard().read(ReviewDocument.of(small()), sheets)))
        .containsExactly(
            "extractions.csv, row 1, column 4 (colour): the column \"colour\" is not one the"
                + " extraction sheet has; the sheet's columns are [concept, order, perspective,"
                + " valence, phase, definition, note, paper, reviewers, stance, quotation, page]"
                + " (unknown column)",
            "extractions.csv, row 2, column 1 (concept): a row needs the raw concept it names"
                + " (missing value)",
            "extractions.csv, row 3, column 3 (reviewers): the row gives the reviewers of an"
                + " extraction but not its paper (missing value)",
            "grid.csv, row 1: the sheet has no column \"paper\", which it needs; its columns are"
                + " [\"Relief\"] (missing column)",
            // The base's translation names a raw concept the extraction sheet, which replaces
            // the base's, does not describe: a problem of the whole, reported with the cells'.
            "base review: /translations/0: translation into \"Relief\": names concept \"Time to"
                + " breathe\", which the review does not define (unresolved reference)");
  }

  @Test
  void theReviewsOwnRules_arePlacedAtTheRowThatBreaksThem() {
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.INCLUDED_STUDIES, STUDIES,
            Sheet.EXTRACTIONS, EXTRACTIONS + "Letting go,second,Carers; Staff,mixed,,,9,,,,\n",
            Sheet.GRID, GRID,
            Sheet.TRANSLATIONS, TRANSLATIONS);
    InvalidSheetException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidSheetException.class, () -> Spreadsheets.standard().read(base(), sheets));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("extractions.csv");
              assertThat(p.row()).isEqualTo(5);
              assertThat(p.rule()).isEqualTo("unresolved reference");
              assertThat(p.detail()).contains("[9]");
            });
  }

  @Test
  void aTranslationTableAlone_givesTheRawConceptsAndWhereTheyWereFound() {
    Review review =
        Spreadsheets.standard()
            .read(
                base(),
                Map.of(
                    Sheet.INCLUDED_STUDIES,
                    "citation\n1\n2\n",
                    Sheet.TRANSLATIONS,
                    "key concept,1,2\nRelief,Time to breathe,\"Time to breathe\nA break\"\n"
                        + "Guilt,,Letting go\n"))
            .review();
    assertThat(review.concepts())
        .extracting(c -> c.name())
        .containsExactly("Time to breathe", "A break", "Letting go");
    assertThat(review.extractions())
        .extracting(Object::toString)
        .containsExactly(
            "Time to breathe in [1]",
            "Time to breathe in [2]",
            "A break in [2]",
            "Letting go in [2]");
    assertThat(review.translations())
        .extracting(t -> t.concepts())
        .containsExactly(
            com.google.common.collect.ImmutableList.of("Time to breathe", "A break"),
            com.google.common.collect.ImmutableList.of("Letting go"));
  }

  @Test
  void translationCells_mustAgreeWithTheExtractions() {
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.TRANSLATIONS,
            "key concept,kind,concepts,1,2\n"
                + "Relief,reciprocal,Time to breathe,,Time to breathe\n"
                + "Guilt,,Letting go,Letting go,Letting go\n");
    assertThat(problems(() -> Spreadsheets.standard().read(ReviewDocument.of(small()), sheets)))
        .containsExactly(
            "translations.csv, row 2, column 4 (1): the cell disagrees with the extractions of"
                + " paper \"1\": it lacks \"Time to breathe\", found there (inconsistent cell)",
            "translations.csv, row 3, column 4 (1): the cell disagrees with the extractions of"
                + " paper \"1\": it has \"Letting go\", not found there (inconsistent cell)");
  }

  @Test
  void aBrokenBase_isReportedWithItsPointers() {
    String wrongTitle = "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": 3}";
    assertThat(
            problems(
                () ->
                    Spreadsheets.standard()
                        .read(
                            "rest.json",
                            wrongTitle,
                            Map.of(Sheet.INCLUDED_STUDIES, "citation\n1\n"))))
        .singleElement()
        .asString()
        .startsWith("rest.json: /title: ");
    assertThat(problems(() -> Spreadsheets.standard().read("rest.json", "{", SHEETS)))
        .singleElement()
        .asString()
        .startsWith("rest.json: ")
        .endsWith("(malformed JSON)");
  }

  @Test
  void write_toADirectory_writesEverySheet(@TempDir Path dir) throws IOException {
    Map<Sheet, Path> files = Spreadsheets.standard().write(small(), dir.resolve("sheets"));
    assertThat(files.get(Sheet.GRID)).hasFileName("grid.csv");
    assertThat(Files.readString(files.get(Sheet.EXTRACTIONS))).isEqualTo(EXTRACTIONS);
    Path base = dir.resolve("rest.json");
    Files.writeString(base, org.metaethnography.core.document.ReviewDocuments.write(base()));
    assertThat(Spreadsheets.standard().read(base, files).review()).isEqualTo(small());
  }

  @Test
  void hostileFiles_areRefusedByTheirLimitsAndEncodings_allAtOnce(@TempDir Path dir)
      throws IOException {
    Path base = dir.resolve("rest.json");
    Files.writeString(base, org.metaethnography.core.document.ReviewDocuments.write(base()));
    Path latin1 = dir.resolve("studies.csv");
    Files.write(latin1, "citation,title\n1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path huge = dir.resolve("concepts.csv");
    Files.writeString(huge, "concept,definition\nA," + "x".repeat(40) + "\n");
    Path ragged = dir.resolve("grid.csv");
    Files.writeString(ragged, "paper,Relief\n1,x,x\n");
    assertThat(
            problems(
                () -> {
                  try {
                    Spreadsheets.standard()
                        .withLimits(new SheetLimits(1_000, 30, 100, 10))
                        .read(
                            base,
                            Map.of(
                                Sheet.INCLUDED_STUDIES, latin1,
                                Sheet.EXTRACTIONS, huge,
                                Sheet.GRID, ragged));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }))
        .containsExactly(
            "studies.csv: the file is not UTF-8 text: byte 0xE9 at byte 20 (line 2) begins no UTF-8"
                + " character; save the file as CSV in UTF-8 (encoding)",
            "concepts.csv, row 2, column 2 (definition): the cell has 40 characters, more than the"
                + " limit of 30 (SheetLimits.maxCellCharacters) (limit)",
            "grid.csv, row 2: the row has 3 cells but the header has 2; every row must have one"
                + " cell per column (ragged row)");
  }

  @Test
  void valuesThatWouldNotReadBack_areRefusedWhenWritten() {
    Review labelledWithANumber = MetaEthnography.review("r").paper("12", p -> p.by("Ng L")).build();
    assertThatThrownBy(() -> Spreadsheets.standard().write(labelledWithANumber))
        .hasMessage(
            "the paper labelled \"12\" would read back from a cell as reference number 12; label it"
                + " otherwise");
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Review.class, small())
        .setDefault(ReviewDocument.class, base())
        .setDefault(Sheet.class, Sheet.GRID)
        .setDefault(CsvDialect.class, CsvDialect.standard())
        .setDefault(SheetLimits.class, SheetLimits.DEFAULT)
        .testAllPublicInstanceMethods(Spreadsheets.standard());
  }
}

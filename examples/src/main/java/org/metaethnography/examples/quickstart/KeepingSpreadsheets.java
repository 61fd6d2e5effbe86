package org.metaethnography.examples.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.sheet.Sheet;
import org.metaethnography.core.sheet.Spreadsheets;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.model.Review;

/**
 * The README's "Spreadsheets" as a program: a review team keeps its included studies, extraction
 * sheet, grid and translation table as spreadsheets beside the review document, in a spreadsheet
 * program's dialect and with a column in its own words, and reads them back into the review.
 */
public final class KeepingSpreadsheets {
  private KeepingSpreadsheets() {}

  /**
   * Writes {@code review} as a review document and its four spreadsheets into {@code directory},
   * then reads the spreadsheets back with the rest from the document.
   *
   * @param review the review
   * @param directory where the files go
   * @return the review read back
   * @throws IOException if a file cannot be written or read
   */
  public static Review roundTrip(Review review, Path directory) throws IOException {
    // spreadsheets:begin
    Spreadsheets sheets = Spreadsheets.standard()
        .withHeader(Sheet.EXTRACTIONS, "Study", "paper")          // a column in the team's words
        .withDialect(CsvDialect.standard().withCrlf().withByteOrderMark());  // for Excel
    Path document = directory.resolve("review.json");
    ReviewDocuments.write(ReviewDocument.of(review), document);
    Map<Sheet, Path> files = sheets.write(review, directory);    // included-studies.csv, ...
    // ... the team works in its spreadsheets; the sheets replace what they carry:
    Review read = sheets.read(document, files).review();
    // spreadsheets:end
    return read;
  }

  /**
   * Writes the spreadsheets of the README's raw-concept example into a temporary directory, prints
   * the extraction sheet, and says whether the review read back is the same.
   *
   * @param args not used
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path directory = Files.createTempDirectory("spreadsheets");
    Review review = FromRawConcepts.synthesis().review();
    Review read = roundTrip(review, directory);
    System.out.print(Files.readString(directory.resolve(Sheet.EXTRACTIONS.fileName())));
    System.out.println("read back equal: " + read.equals(review));
  }
}

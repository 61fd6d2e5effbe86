package org.metaethnography.core.document;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.model.Review;

/**
 * Review documents: a whole review saved as JSON and loaded back equal, value for value, so that a
 * review can be kept, versioned, shared and checked without writing Java.
 *
 * <p><b>Format.</b> A document names its format ({@code "format": "metaethnography-review"}) and
 * its version ({@code "version": 1} or {@code 2}), and is described by a JSON Schema that ships
 * with the library ({@link #schema()}; in the repository at {@code
 * core/src/main/resources/org/metaethnography/core/document/review-document-2.schema.json}). What a
 * review does not report is left out, never written as {@code null}, zero or an empty string.
 * Papers are cited by reference number (a JSON number) or by label (a string); the method's fixed
 * notions (an order, a valence, a stance, a decision, a resolution) are written in lower-case
 * words, {@code "partly supports"}, {@code "third reviewer"}.
 *
 * <p><b>Records of the review process</b> came in version 2: {@code appraisalForms} (each form's
 * name, version, items with their answers and points, and its categories, best first) and {@code
 * records} (each record's identifier, DOI, title, the searches that found it, its {@code
 * titleAndAbstract} and {@code fullText} screenings with each reviewer's vote, its {@code
 * appraisal} with each reviewer's completed form, and the included paper it became). A problem of a
 * record is placed at the record, or, where it names something the record refers to (a search, a
 * reviewer, a form, an exclusion reason, a paper), at the field that names it.
 *
 * <p><b>Stable bytes.</b> Saving the same review twice gives the same bytes: fields in a fixed
 * order, one field or array element per line, two-space indents, LF line ends, so that documents
 * diff well line by line under version control.
 *
 * <p><b>Loading</b> goes through the same validation as the fluent builder ({@link
 * org.metaethnography.core.ReviewBuilder}) and reports every problem at once in an {@link
 * InvalidDocumentException}, each with its JSON Pointer and rule: malformed JSON (with line and
 * column, alone, since nothing else can then be read), a value of the wrong type, an unknown or
 * missing field, a word that is not one of a field's values, and the review's own rules (a
 * reference that does not resolve, a count that does not add up, a name given twice), each placed
 * at the part of the document that describes it. A part whose shape is wrong is described without
 * the wrong field, or left out where its identity or a required field is wrong; a problem of the
 * review that only follows from that (a reference to the part left out, say) is not reported, as it
 * would go away with the fix. Nothing is partly loaded. Hostile input is refused by the explicit
 * {@link DocumentLimits}, each named in its error.
 *
 * <p><b>Compatibility.</b> A release reads every version of the format from 1 up to the newest it
 * writes ({@link #READABLE_VERSIONS}); a new version is made only for a change that an older reader
 * could not read, and the tests keep a document of each version that must still load. A document is
 * written as the oldest version that holds it: a review without records of the review process or
 * appraisal forms is written as version 1, which releases that read only version 1 still read; one
 * with them as version 2, which such releases refuse by its version rather than field by field. A
 * document of version 1 that has the fields of version 2 is refused.
 *
 * <pre>{@code
 * String json = ReviewDocuments.write(ReviewDocument.of(review));
 * ReviewDocument again = ReviewDocuments.read(json);   // equal to the document written
 * }</pre>
 */
public final class ReviewDocuments {
  /** The format a review document names in its {@code format} field. */
  public static final String FORMAT = "metaethnography-review";

  /**
   * The newest version of the format this release writes: the version of documents with records of
   * the review process; documents without them are written as version 1 (see the class comment).
   */
  public static final int VERSION = 2;

  /** The versions of the format this release reads, in ascending order. */
  public static final Set<Integer> READABLE_VERSIONS = ImmutableSortedSet.of(1, 2);

  private static final String SCHEMA = "review-document-2.schema.json";

  private ReviewDocuments() {}

  /**
   * Writes {@code document} as JSON text.
   *
   * @param document the document
   * @return its JSON, ending with a line feed
   */
  public static String write(ReviewDocument document) {
    return DocumentWriter.write(Objects.requireNonNull(document));
  }

  /**
   * Writes a document of {@code review} alone as JSON text.
   *
   * @param review the review
   * @return its JSON, ending with a line feed
   */
  public static String write(Review review) {
    return write(ReviewDocument.of(review));
  }

  /**
   * Writes {@code document} as JSON to {@code file}, whole or not at all ({@link
   * OutputFiles#write(Path, String)}).
   *
   * @param document the document
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(ReviewDocument document, Path file) throws IOException {
    OutputFiles.write(file, write(document));
  }

  /**
   * Loads a document from its JSON text, within the default limits.
   *
   * @param json the document's text
   * @return the document
   * @throws InvalidDocumentException with every problem, if the text is not a valid review document
   */
  public static ReviewDocument read(String json) {
    return read(json, DocumentLimits.DEFAULT);
  }

  /**
   * Loads a document from its JSON text, within {@code limits}.
   *
   * @param json the document's text
   * @param limits the limits it must keep to
   * @return the document
   * @throws InvalidDocumentException with every problem, if the text is not a valid review document
   *     or exceeds a limit
   */
  public static ReviewDocument read(String json, DocumentLimits limits) {
    return DocumentReader.read(Objects.requireNonNull(json), Objects.requireNonNull(limits));
  }

  /**
   * Loads a document from a UTF-8 file, within the default limits.
   *
   * @param file the file
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws InvalidDocumentException with every problem, if it is not a valid review document
   */
  public static ReviewDocument read(Path file) throws IOException {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Loads a document from a UTF-8 file, within {@code limits}; no more of the file is read than the
   * limit on its length allows (four bytes a character), and a longer file is refused.
   *
   * @param file the file
   * @param limits the limits it must keep to
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws InvalidDocumentException with every problem, if it is not a valid review document, is
   *     not UTF-8 or exceeds a limit
   */
  public static ReviewDocument read(Path file, DocumentLimits limits) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("cannot read " + file + ": it is a directory");
    }
    // Read as characters, no more than the limit allows, so that a pipe or a device of no stated
    // size is bounded too; malformed UTF-8 is refused.
    long most = limits.maxDocumentCharacters();
    StringBuilder read = new StringBuilder();
    char[] buffer = new char[8192];
    try (java.io.Reader in =
        new java.io.InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (read.length() + (long) n > most) {
          throw new InvalidDocumentException(
              List.of(
                  new DocumentProblem(
                      "",
                      "limit",
                      String.format(
                          "%s has more than %,d characters, the limit"
                              + " (DocumentLimits.maxDocumentCharacters)",
                          file, most))));
        }
        read.append(buffer, 0, n);
      }
    } catch (CharacterCodingException e) {
      throw new InvalidDocumentException(
          List.of(
              new DocumentProblem("", "encoding", file + " is not UTF-8 text: " + e.getMessage())));
    }
    String text = read.toString();
    return read(text, limits);
  }

  /**
   * {@return the JSON Schema (draft 2020-12) of the documents this release reads and writes, of
   * every version it reads}
   */
  public static String schema() {
    try (InputStream schema = ReviewDocuments.class.getResourceAsStream(SCHEMA)) {
      if (schema == null) {
        throw new IllegalStateException("the schema " + SCHEMA + " is missing from the library");
      }
      return new String(schema.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the schema " + SCHEMA + " cannot be read", e);
    }
  }
}

package org.metaethnography.core.refi;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.model.Review;

/**
 * Writes a review in the REFI-QDA exchange format (QDA-XML 1.0), which NVivo, ATLAS.ti, MAXQDA,
 * QualCoder and other qualitative data analysis tools read: its codebook as a {@code .qdc} file and
 * the whole review as a {@code .qdpx} project. A review team that extracts and codes its papers in
 * such a tool takes the codebook there; a codebook made in such a tool comes back with {@link
 * CodebookReader}.
 *
 * <p>The codebook holds the review's themes (where it has them), each a code above its key
 * concepts, each key concept a code above the raw concepts translated into it, and each raw concept
 * set aside a code of its own after them, in one set per reason for which they were set aside (the
 * set's name is the reason). Definitions are the codes' descriptions; what the review does not
 * define has no description. Themes only group, so they are not codable; key concepts and raw
 * concepts are. Every GUID is made from the kind of thing and its name (a name-based UUID), so the
 * same review always writes the same GUIDs, and a tool that reads the file twice sees the same
 * codes.
 *
 * <pre>{@code
 * Review review = ReviewDocuments.read(Path.of("review.json"));
 * RefiQda.writeCodebook(review, Path.of("codebook.qdc"));
 * RefiQda.writeProject(review, Path.of("review.qdpx"));
 * }</pre>
 */
public final class RefiQda {
  private RefiQda() {}

  /**
   * Returns the review's codebook as the text of a {@code .qdc} file (root {@code CodeBook} in the
   * namespace {@code urn:QDA-XML:codebook:1.0}).
   *
   * <pre>{@code
   * String qdc = RefiQda.codebook(review);
   * }</pre>
   *
   * @param review the review
   * @return the codebook's XML, in UTF-8 as its declaration says
   * @throws IllegalArgumentException if the review has no key concept and no raw concept set aside
   *     (a codebook holds at least one code), or a definition holds a character XML cannot hold
   */
  public static String codebook(Review review) {
    ImmutableList<ReviewCodes.Node> codes = ReviewCodes.of(Objects.requireNonNull(review));
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(
          "a codebook holds at least one code, but review \""
              + review.title()
              + "\" has no key concept and no raw concept set aside");
    }
    XmlText xml = new XmlText();
    xml.start("CodeBook")
        .attribute("xmlns", ReviewCodes.CODEBOOK_NAMESPACE)
        .attribute("origin", ReviewCodes.ORIGIN)
        .start("Codes");
    codes.forEach(code -> ReviewCodes.write(xml, code, node -> List.of()));
    xml.end();
    if (!review.setAside().isEmpty()) {
      xml.start("Sets");
      ReviewCodes.writeSetAside(xml, review, "guid");
      xml.end();
    }
    return xml.end().done();
  }

  /**
   * Writes the review's codebook (see {@link #codebook(Review)}) to {@code file}, whole or not at
   * all.
   *
   * <pre>{@code
   * RefiQda.writeCodebook(review, Path.of("codebook.qdc"));
   * }</pre>
   *
   * @param review the review
   * @param file the file, by convention ending {@code .qdc}
   * @throws IOException if the file cannot be written; nothing is then left behind
   * @throws IllegalArgumentException as {@link #codebook(Review)}
   */
  public static void writeCodebook(Review review, Path file) throws IOException {
    OutputFiles.write(Objects.requireNonNull(file), codebook(review));
  }

  /**
   * Returns the review as the text of a project's {@code project.qde} (root {@code Project} in the
   * namespace {@code urn:QDA-XML:project:1.0}): its codes as in {@link #codebook(Review)}; each
   * paper a case, named by its citation, described by its title, coded at the key concepts the grid
   * finds in it and the raw concepts extracted from it, with its attributes (authors, year,
   * journal, condition, format, intervention, duration, perspective, appraisal and the review's own
   * attributes) as variables, each only where some paper reports it; each quotation of an
   * extraction a note that its raw concept's code refers to, and each third-order interpretation a
   * note; sets of raw concepts by order ("First-order concepts", "Second-order concepts"), by the
   * stakeholder whose perspective they voice ("Perspective: Carers") and by the reason they were
   * set aside; the conceptual model (the line of argument's relations) as the graph "Conceptual
   * model", and the line of argument's statement as the project's description. Papers are cited,
   * not held, so the project has no sources.
   *
   * @param review the review
   * @return the project's XML, in UTF-8 as its declaration says
   * @throws IllegalArgumentException if a text of the review holds a character XML cannot hold
   */
  public static String project(Review review) {
    return ProjectXml.of(Objects.requireNonNull(review));
  }

  /**
   * Returns the review as a {@code .qdpx} archive: a ZIP file that holds {@link #project(Review)}
   * as {@code project.qde}. The same review gives the same bytes: the entry's time is fixed.
   *
   * @param review the review
   * @return the archive's bytes
   * @throws IllegalArgumentException as {@link #project(Review)}
   */
  public static byte[] projectArchive(Review review) {
    byte[] project = project(review).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      ZipEntry entry = new ZipEntry("project.qde");
      entry.setTimeLocal(FIXED_TIME);
      zip.putNextEntry(entry);
      zip.write(project);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The time of the archive's entry, 1 January 2000 in every time zone, so that archives do not
   * differ by when or where they are written.
   */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /**
   * Writes the review as a {@code .qdpx} project (see {@link #projectArchive(Review)}) to {@code
   * file}, whole or not at all.
   *
   * <pre>{@code
   * RefiQda.writeProject(review, Path.of("review.qdpx"));
   * }</pre>
   *
   * @param review the review
   * @param file the file, by convention ending {@code .qdpx}
   * @throws IOException if the file cannot be written; nothing is then left behind
   * @throws IllegalArgumentException as {@link #project(Review)}
   */
  public static void writeProject(Review review, Path file) throws IOException {
    OutputFiles.write(Objects.requireNonNull(file), projectArchive(review));
  }
}

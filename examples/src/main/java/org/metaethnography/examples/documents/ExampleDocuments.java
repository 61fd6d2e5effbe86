package org.metaethnography.examples.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;

/** Loads the review documents the examples keep beside their classes, as resources. */
public final class ExampleDocuments {
  private ExampleDocuments() {}

  /**
   * Loads the review document {@code name} kept beside {@code owner}.
   *
   * @param owner the class the document belongs to
   * @param name the document's file name
   * @return the document
   * @throws IllegalStateException if there is no such document
   * @throws org.metaethnography.core.document.InvalidDocumentException if it is not valid
   */
  public static ReviewDocument load(Class<?> owner, String name) {
    return ReviewDocuments.read(text(owner, name));
  }

  /**
   * The text of the review document {@code name} kept beside {@code owner}, as stored.
   *
   * @param owner the class the document belongs to
   * @param name the document's file name
   * @return its text
   */
  public static String text(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the review document " + name + " is missing beside " + owner.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

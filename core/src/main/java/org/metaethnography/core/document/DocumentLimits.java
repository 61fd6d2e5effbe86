package org.metaethnography.core.document;

/**
 * The limits a review document must keep to be loaded, so that hostile input (a huge string, deep
 * nesting, a number of thousands of digits, a document of gigabytes) is refused with a clear error
 * before it costs memory or time. Each limit is named in the error that reports it.
 *
 * @param maxDocumentCharacters the longest document, in characters
 * @param maxStringLength the longest string value or field name, in characters
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxNumberLength the longest number, in characters
 */
public record DocumentLimits(
    long maxDocumentCharacters, int maxStringLength, int maxNestingDepth, int maxNumberLength) {
  /**
   * The limits used unless others are given: documents up to 256 million characters, strings up to
   * 1 million characters (a long quotation is some thousands), nesting up to 32 levels (a review
   * document needs 6), numbers up to 50 characters.
   */
  public static final DocumentLimits DEFAULT = new DocumentLimits(256_000_000L, 1_000_000, 32, 50);

  /**
   * Checks that each limit is positive.
   *
   * @param maxDocumentCharacters the longest document, in characters
   * @param maxStringLength the longest string value or field name, in characters
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxNumberLength the longest number, in characters
   */
  public DocumentLimits {
    if (maxDocumentCharacters < 1
        || maxStringLength < 1
        || maxNestingDepth < 1
        || maxNumberLength < 1) {
      throw new IllegalArgumentException(
          String.format(
              "document limits must be positive: %d characters, strings of %d, nesting of %d,"
                  + " numbers of %d",
              maxDocumentCharacters, maxStringLength, maxNestingDepth, maxNumberLength));
    }
  }
}

package org.metaethnography.core.document;

/**
 * The limits a review document must keep to be loaded, so that hostile input (a huge string, deep
 * nesting, a number of thousands of digits, millions of values, a document of gigabytes) is refused
 * with a clear error while it is read, the memory it takes bounded by the limits. Each limit is
 * named in the error that reports it.
 *
 * @param maxDocumentCharacters the longest document, in characters
 * @param maxStringLength the longest string value or field name, in characters
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxNumberLength the longest number, in characters
 * @param maxTokens the most JSON tokens (values, field names, brackets) in a document
 */
public record DocumentLimits(
    long maxDocumentCharacters,
    int maxStringLength,
    int maxNestingDepth,
    int maxNumberLength,
    long maxTokens) {
  /**
   * The limits used unless others are given: documents up to 64 million characters, strings up to 1
   * million characters (a long quotation is some thousands), nesting up to 32 levels (a review
   * document needs 7, for a reviewer's answers in a record's appraisal), numbers up to 50
   * characters, 4 million tokens (a review of 100,000 extractions takes about 1.5 million).
   */
  public static final DocumentLimits DEFAULT =
      new DocumentLimits(64_000_000L, 1_000_000, 32, 50, 4_000_000L);

  /**
   * Checks that each limit is positive.
   *
   * @param maxDocumentCharacters the longest document, in characters
   * @param maxStringLength the longest string value or field name, in characters
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxNumberLength the longest number, in characters
   * @param maxTokens the most JSON tokens in a document
   */
  public DocumentLimits {
    if (maxDocumentCharacters < 1
        || maxStringLength < 1
        || maxNestingDepth < 1
        || maxNumberLength < 1
        || maxTokens < 1) {
      throw new IllegalArgumentException(
          String.format(
              "document limits must be positive: %d characters, strings of %d, nesting of %d,"
                  + " numbers of %d, %d tokens",
              maxDocumentCharacters, maxStringLength, maxNestingDepth, maxNumberLength, maxTokens));
    }
  }
}

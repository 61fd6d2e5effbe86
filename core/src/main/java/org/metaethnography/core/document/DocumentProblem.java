package org.metaethnography.core.document;

import java.util.Objects;

/**
 * One problem of a review document: where it is (a JSON Pointer, RFC 6901, into the document; the
 * empty pointer for the document as a whole), the rule it breaks, and a message made from them.
 * Malformed JSON has no pointer to give, so its problem says where it is by line and column.
 *
 * @param pointer where the problem is, for example {@code /papers/3/year}
 * @param rule the rule broken, in words, for example {@code wrong type} or {@code dangling
 *     reference}
 * @param detail what is wrong, naming the offending value
 */
public record DocumentProblem(String pointer, String rule, String detail) {
  /**
   * Checks that no part is null.
   *
   * @param pointer where the problem is
   * @param rule the rule broken
   * @param detail what is wrong
   */
  public DocumentProblem {
    Objects.requireNonNull(pointer);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(detail);
  }

  /**
   * {@return the problem in words: {@code <pointer>: <detail> (<rule>)}, the empty pointer of the
   * whole document written {@code (document)}}
   */
  public String message() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + detail + " (" + rule + ")";
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message();
  }
}

package org.metaethnography.core.refi;

import java.util.Objects;

/**
 * One problem of a codebook file: where it is (the path of the element, for example {@code
 * /CodeBook/Codes/Code[2]/Code[1]}, with its line and column; a file that cannot be parsed has no
 * path, only the line and column where parsing stopped), the rule it breaks, and a message made
 * from them.
 *
 * @param path the element's path, each step with its position among its parent's elements of that
 *     name; empty where there is no element to name
 * @param line the line, from 1; 0 where unknown
 * @param column the column, from 1; 0 where unknown
 * @param rule the rule broken, in words, for example {@code required attribute} or {@code DOCTYPE
 *     refused}
 * @param detail what is wrong, naming the offending value
 */
public record CodebookProblem(String path, int line, int column, String rule, String detail) {
  /**
   * Checks that no part is null and no number negative.
   *
   * @param path the element's path
   * @param line the line
   * @param column the column
   * @param rule the rule broken
   * @param detail what is wrong
   */
  public CodebookProblem {
    Objects.requireNonNull(path);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(detail);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must not be negative: line " + line + ", column " + column);
    }
  }

  /**
   * {@return the problem in words, for example {@code /CodeBook/Codes/Code[2] (line 7, column 5):
   * code has no name (required attribute)}}
   */
  public String message() {
    String where = path.isEmpty() ? "(file)" : path;
    if (line > 0) {
      where += " (line " + line + ", column " + column + ")";
    }
    return where + ": " + detail + " (" + rule + ")";
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message();
  }
}

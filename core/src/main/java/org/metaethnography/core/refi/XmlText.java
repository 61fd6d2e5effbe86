package org.metaethnography.core.refi;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML text, element by element: the small subset the REFI-QDA files need (elements,
 * attributes, text-only elements), escaped so that every character reads back as written, a
 * carriage return and the white space of attribute values included. A character XML 1.0 cannot hold
 * is refused with the value it is in.
 */
final class XmlText {
  private final StringBuilder text = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  /** Whether the start tag of the innermost open element is still unclosed ({@code <Name a=""}). */
  private boolean inStartTag;

  /** Whether the innermost open element has child elements, so that its end tag goes on a line. */
  private boolean hasChildren;

  XmlText() {
    text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element; attributes may follow. */
  XmlText start(String name) {
    closeStartTag();
    if (!open.isEmpty()) {
      text.append('\n').append("  ".repeat(open.size()));
    }
    text.append('<').append(name);
    open.push(name);
    inStartTag = true;
    hasChildren = false;
    return this;
  }

  /** Adds an attribute to the element just opened. */
  XmlText attribute(String name, String value) {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " after the start tag");
    }
    text.append(' ').append(name).append("=\"");
    escape(value, true);
    text.append('"');
    return this;
  }

  /** Closes the innermost open element. */
  XmlText end() {
    String name = open.pop();
    if (inStartTag) {
      text.append("/>");
      inStartTag = false;
    } else {
      if (hasChildren) {
        text.append('\n').append("  ".repeat(open.size()));
      }
      text.append("</").append(name).append('>');
    }
    hasChildren = true;
    return this;
  }

  /** Writes an element that holds only {@code content}. */
  XmlText element(String name, String content) {
    start(name);
    closeStartTag();
    escape(content, false);
    text.append("</").append(name).append('>');
    open.pop();
    hasChildren = true;
    return this;
  }

  private void closeStartTag() {
    if (inStartTag) {
      text.append('>');
      inStartTag = false;
    }
  }

  /** The document written, every element closed. */
  String done() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements left open: " + open);
    }
    return text.append('\n').toString();
  }

  private void escape(String value, boolean attribute) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!allowed(c)) {
        throw new IllegalArgumentException(
            String.format(
                "\"%s\" holds the character U+%04X, which XML 1.0 cannot hold",
                value.length() > 60 ? value.substring(0, 60) + "..." : value, c));
      }
      switch (c) {
        case '&' -> text.append("&amp;");
        case '<' -> text.append("&lt;");
        case '>' -> text.append("&gt;");
        case '"' -> text.append(attribute ? "&quot;" : "\"");
        case '\r' -> text.append("&#13;");
        case '\n' -> text.append(attribute ? "&#10;" : "\n");
        case '\t' -> text.append(attribute ? "&#9;" : "\t");
        default -> text.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
  }

  /** Whether XML 1.0 can hold the character (its production Char). */
  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}

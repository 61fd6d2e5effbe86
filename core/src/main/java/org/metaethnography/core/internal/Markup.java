package org.metaethnography.core.internal;

/** Text in the markup the renderers write: SVG (XML) and HTML. */
public final class Markup {
  private Markup() {}

  /**
   * Escapes text for an element or a double-quoted attribute of XML or HTML: {@code &}, {@code <},
   * {@code >} and {@code "} as character references, and the control characters XML 1.0 does not
   * allow (all but tab and line breaks) left out.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}

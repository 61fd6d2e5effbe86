package org.metaethnography.synthesis;

import java.util.Collection;
import java.util.stream.Collectors;
import org.metaethnography.model.Citation;

/** How the messages of this package list papers. */
final class Citations {
  private Citations() {}

  /**
   * Lists citations as messages write them: reference numbers bare, labels quoted, for example
   * {@code [21, 33]} or {@code [12, "Sav 2012"]}.
   */
  static String listed(Collection<Citation> papers) {
    return papers.stream()
        .map(c -> c.isNumbered() ? Integer.toString(c.number().getAsInt()) : c.inMessages())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}

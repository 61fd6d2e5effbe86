package org.metaethnography.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Set;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Stakeholder;

/**
 * The words tables and figures use for values of the model and of a synthesis. Display labels
 * are made here, in {@code core}, and nowhere else.
 */
public final class Labels {
  private Labels() {}

  /**
   * The label of a group of stakeholders, as a perspective reads: {@code "Carers"}, {@code "Carers
   * and staff"}; empty for no stakeholder.
   *
   * @param group the stakeholders, in order
   * @return the label
   */
  public static String group(Set<Stakeholder> group) {
    return group.isEmpty() ? "" : Perspective.of(ImmutableList.copyOf(group)).label();
  }

  /**
   * An enum constant in lower-case words: {@code REFUTATIONAL} is {@code "refutational"}, {@code
   * SINGLE_PAPER} is {@code "single paper"}.
   *
   * @param constant the constant
   * @return its words
   */
  public static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * How a table's reference column writes a citation: the number alone ({@code 34}) or the label.
   *
   * @param citation the citation
   * @return the cell text
   */
  public static String reference(Citation citation) {
    return citation.isNumbered()
        ? Integer.toString(citation.number().getAsInt())
        : citation.label().orElseThrow();
  }

  /**
   * Lists citations as messages write them: reference numbers bare, labels quoted, for example
   * {@code [21, 33]} or {@code [12, "Sav 2012"]}.
   *
   * @param citations the citations, in order
   * @return the list in words
   */
  public static String listed(Collection<Citation> citations) {
    return citations.stream()
        .map(c -> c.isNumbered() ? Integer.toString(c.number().getAsInt()) : c.inMessages())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * How a list of papers writes a citation: {@code [34]} or the label.
   *
   * @param paper the paper
   * @return the citation as printed
   */
  public static String cited(Paper paper) {
    return paper.citation().toString();
  }
}

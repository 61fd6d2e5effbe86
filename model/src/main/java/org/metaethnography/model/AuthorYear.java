package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Citation labels of author and year, derived the way journals write and disambiguate them: one
 * author ({@code Sav 2012}), two ({@code Chalmers and Thompson 1998}), three or more ({@code Sav et
 * al. 2013}); where two papers would get the same label, letters in the order the papers are given
 * tell them apart ({@code Sav et al. 2013a}, {@code Sav et al. 2013b}).
 *
 * <pre>{@code
 * ImmutableList<String> labels = AuthorYear.labels(List.of(
 *     AuthorYear.of(List.of(Author.parse("Sav A")), true, 2012),
 *     AuthorYear.of(List.of(Author.parse("Sav A")), true, 2013),
 *     AuthorYear.of(List.of(Author.parse("Sav A")), true, 2013)));
 * // [Sav et al. 2012, Sav et al. 2013a, Sav et al. 2013b]
 * }</pre>
 */
@Value.Immutable
public abstract class AuthorYear {
  AuthorYear() {}

  /**
   * Returns the author and year of one paper.
   *
   * @param authors the authors as the reference list gives them; at least one
   * @param etAl whether the reference list abbreviates further authors with "et al."
   * @param year the year of publication
   * @return the paper's author and year
   * @throws InvalidValueException if there is no author
   */
  public static AuthorYear of(List<Author> authors, boolean etAl, int year) {
    return ImmutableAuthorYear.builder().authors(authors).etAl(etAl).year(year).build();
  }

  /** {@return the authors as the reference list gives them; at least one} */
  @Value.Parameter
  public abstract ImmutableList<Author> authors();

  /** {@return whether the reference list abbreviates further authors with "et al."} */
  @Value.Parameter
  public abstract boolean etAl();

  /** {@return the year of publication} */
  @Value.Parameter
  public abstract int year();

  @Value.Check
  final void check() {
    Checks.of("author and year")
        .require(
            !authors().isEmpty(), authors(), "a label of author and year needs at least one author")
        .done();
  }

  /**
   * Returns the label of one paper, without the letter that would tell it apart from another of the
   * same label: {@code Sav 2012}, {@code Chalmers and Thompson 1998}, {@code Sav et al. 2013}.
   *
   * @return the label
   */
  public final String label() {
    ImmutableList<Author> authors = authors();
    String who;
    if (authors.size() >= 3 || etAl()) {
      who = authors.get(0).surname() + " et al.";
    } else if (authors.size() == 2) {
      who = authors.get(0).surname() + " and " + authors.get(1).surname();
    } else {
      who = authors.get(0).surname();
    }
    return who + " " + year();
  }

  /**
   * Returns the labels of the given papers, in the order given, with the letters {@code a}, {@code
   * b}, ... appended to every label that more than one paper shares.
   *
   * @param papers the papers' authors and years, in the order the review gives them
   * @return one label per paper
   */
  public static ImmutableList<String> labels(List<AuthorYear> papers) {
    Map<String, Integer> shared = new HashMap<>();
    for (AuthorYear paper : papers) {
      shared.merge(paper.label(), 1, Integer::sum);
    }
    Map<String, Integer> next = new HashMap<>();
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (AuthorYear paper : papers) {
      String label = paper.label();
      if (shared.get(label) > 1) {
        int index = next.merge(label, 1, Integer::sum) - 1;
        label = label + letters(index);
      }
      labels.add(label);
    }
    return labels.build();
  }

  /** The letters of the {@code index}-th paper of one label: a, b, ..., z, aa, ab, ... */
  private static String letters(int index) {
    return index < 26
        ? String.valueOf((char) ('a' + index))
        : letters(index / 26 - 1) + (char) ('a' + index % 26);
  }

  /** Returns the label. */
  @Override
  public final String toString() {
    return label();
  }
}

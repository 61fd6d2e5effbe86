package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Citations (by reference number or by label) and the author-year labels derived for papers. */
final class CitationTest {

  @Test
  void numberBelowOne_isRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Citation.of(0));
    assertThat(e).hasMessage("reference number (0) must be at least 1");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.Detached(""), ReviewProblem.Rule.INVALID_VALUE, Optional.of("0")));
    assertThatThrownBy(() -> Citation.of(-3)).hasMessage("reference number (-3) must be at least 1");
  }

  @Test
  void numberOne_isTheFirstReference() {
    assertThat(Citation.of(1).number()).hasValue(1);
  }

  @Test
  void numbered_hasANumberAndNoLabel() {
    Citation c = Citation.of(34);
    assertThat(c.number()).hasValue(34);
    assertThat(c.label()).isEmpty();
    assertThat(c.isNumbered()).isTrue();
  }

  @Test
  void labelled_hasALabelAndNoNumber() {
    Citation c = Citation.of("Sav et al (2013)");
    assertThat(c.label()).contains("Sav et al (2013)");
    assertThat(c.number()).isEmpty();
    assertThat(c.isNumbered()).isFalse();
  }

  @Test
  void toString_isHowAReviewPrintsIt() {
    assertThat(Citation.of(34)).hasToString("[34]");
    assertThat(Citation.of("Sav et al (2013)")).hasToString("Sav et al (2013)");
  }

  @Test
  void inMessages_bracketsNumbers_andQuotesLabels() {
    assertThat(Citation.of(34).inMessages()).isEqualTo("[34]");
    assertThat(Citation.of("Sav et al (2013)").inMessages()).isEqualTo("\"Sav et al (2013)\"");
  }

  @Test
  void aNumberAndALabelThatLookAlike_areDifferentCitations() {
    assertThat(Citation.of(3)).isNotEqualTo(Citation.of("[3]"));
    assertThat(Citation.of("3")).isNotEqualTo(Citation.of(3));
  }

  @Test
  void order_isNumbersAscendingFirst_thenLabelsByTheirText() {
    List<Citation> citations =
        new ArrayList<>(
            List.of(
                Citation.of("Sav 2013b"),
                Citation.of(34),
                Citation.of("Chalmers and Thompson 1998"),
                Citation.of(10),
                Citation.of("Sav 2013a"),
                Citation.of(2)));
    Collections.sort(citations);
    assertThat(citations)
        .containsExactly(
            Citation.of(2),
            Citation.of(10),
            Citation.of(34),
            Citation.of("Chalmers and Thompson 1998"),
            Citation.of("Sav 2013a"),
            Citation.of("Sav 2013b"));
  }

  @Test
  void compareTo_isZeroOnlyForEqualCitations() {
    assertThat(Citation.of(3).compareTo(Citation.of(3))).isZero();
    assertThat(Citation.of("Sav 2013").compareTo(Citation.of("Sav 2013"))).isZero();
    assertThat(Citation.of(999).compareTo(Citation.of("A 1900"))).isNegative();
    assertThat(Citation.of("A 1900").compareTo(Citation.of(1))).isPositive();
    assertThat(Citation.of(9).compareTo(Citation.of(10))).isNegative();
  }

  @Test
  void paperPlace_describesTheCitation() {
    assertThat(new Place.OfPaper(Citation.of(34)).describe()).isEqualTo("paper [34]");
    assertThat(new Place.OfPaper(Citation.of("Sav 2013")).describe()).isEqualTo("paper \"Sav 2013\"");
  }

  // ---------------------------------------------------------------------------------------------
  // Author-year labels
  // ---------------------------------------------------------------------------------------------

  private static AuthorYear by(int year, boolean etAl, String... authors) {
    List<Author> parsed = new ArrayList<>();
    for (String author : authors) {
      parsed.add(Author.parse(author));
    }
    return AuthorYear.of(parsed, etAl, year);
  }

  @Test
  void label_ofOneAuthor_isSurnameAndYear() {
    assertThat(by(2012, false, "Sav A").label()).isEqualTo("Sav 2012");
    assertThat(by(2012, false, "Sav A")).hasToString("Sav 2012");
  }

  @Test
  void label_ofTwoAuthors_joinsThemWithAnd() {
    assertThat(by(1998, false, "Chalmers K", "Thompson K").label())
        .isEqualTo("Chalmers and Thompson 1998");
  }

  @Test
  void label_ofThreeOrMoreAuthors_isTheFirstEtAl() {
    assertThat(by(2013, false, "Sav A", "Kendall E", "McMillan SS").label())
        .isEqualTo("Sav et al. 2013");
    assertThat(by(2013, false, "Sav A", "Kendall E", "McMillan SS", "Kelly F").label())
        .isEqualTo("Sav et al. 2013");
  }

  @Test
  void label_ofAnAbbreviatedAuthorList_isTheFirstEtAl() {
    assertThat(by(2013, true, "Sav A").label()).isEqualTo("Sav et al. 2013");
    assertThat(by(2013, true, "Sav A", "Kendall E").label()).isEqualTo("Sav et al. 2013");
  }

  @Test
  void label_withoutAuthors_isRejected() {
    assertThatThrownBy(() -> AuthorYear.of(List.of(), false, 2013))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("author and year: a label of author and year needs at least one author");
  }

  @Test
  void labels_thatDiffer_getNoLetter() {
    assertThat(
            AuthorYear.labels(
                List.of(
                    by(2012, false, "Sav A"),
                    by(2013, false, "Sav A"),
                    by(2013, true, "Sav A"),
                    by(1998, false, "Chalmers K", "Thompson K"))))
        .containsExactly("Sav 2012", "Sav 2013", "Sav et al. 2013", "Chalmers and Thompson 1998");
  }

  @Test
  void labels_thatCoincide_getLettersInTheOrderGiven() {
    assertThat(
            AuthorYear.labels(
                List.of(
                    by(2012, false, "Sav A"),
                    by(2013, false, "Sav A"),
                    by(2013, false, "Sav A"))))
        .containsExactly("Sav 2012", "Sav 2013a", "Sav 2013b");
  }

  @Test
  void labels_thatCoincide_getLetters_evenWhenOthersComeBetween() {
    assertThat(
            AuthorYear.labels(
                List.of(
                    by(2013, true, "Sav A"),
                    by(1998, false, "Chalmers K", "Thompson K"),
                    by(2013, false, "Sav A", "Kendall E", "McMillan SS"),
                    by(2012, false, "Sav A"),
                    by(2013, true, "Sav A", "Kelly F"))))
        .containsExactly(
            "Sav et al. 2013a",
            "Chalmers and Thompson 1998",
            "Sav et al. 2013b",
            "Sav 2012",
            "Sav et al. 2013c");
  }

  @Test
  void labels_ofMoreThanTwentySixCoincidingPapers_continueWithTwoLetters() {
    List<AuthorYear> papers = Collections.nCopies(28, by(2013, false, "Sav A"));
    List<String> labels = AuthorYear.labels(papers);
    assertThat(labels).hasSize(28);
    assertThat(labels.get(0)).isEqualTo("Sav 2013a");
    assertThat(labels.get(1)).isEqualTo("Sav 2013b");
    assertThat(labels.get(25)).isEqualTo("Sav 2013z");
    assertThat(labels.get(26)).isEqualTo("Sav 2013aa");
    assertThat(labels.get(27)).isEqualTo("Sav 2013ab");
    assertThat(labels).doesNotHaveDuplicates();
  }

  @Test
  void labels_ofNoPapers_areNone() {
    assertThat(AuthorYear.labels(List.of())).isEmpty();
  }

  @Test
  void labels_makeCitations() {
    List<String> labels =
        AuthorYear.labels(List.of(by(2013, false, "Sav A"), by(2013, false, "Sav A")));
    assertThat(Citation.of(labels.get(0))).isNotEqualTo(Citation.of(labels.get(1)));
    assertThat(Citation.of(labels.get(1)).inMessages()).isEqualTo("\"Sav 2013b\"");
  }
}

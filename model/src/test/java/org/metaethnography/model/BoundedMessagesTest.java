package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Messages stay bounded however large the review: an exception lists its first problems and says
 * how many more there are; a list of citations in a message lists its first ones likewise. The
 * values themselves keep everything.
 */
final class BoundedMessagesTest {

  private static List<ReviewProblem> problems(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                ReviewProblem.of(
                    new Place.OfPaper(Citation.of(i)),
                    ReviewProblem.Rule.DUPLICATE,
                    "given 2 times; reference numbers must be unique"))
        .toList();
  }

  @Test
  void reviewException_listsTheFirstHundredProblems_andSaysHowManyMore() {
    InvalidReviewException e = new InvalidReviewException("Big", problems(150));
    // A first line, 100 problem lines, then the line that counts the other 50.
    String[] lines = e.getMessage().split("\n");
    assertThat(lines).hasSize(102);
    assertThat(lines[0]).isEqualTo("review \"Big\" has 150 problems:");
    assertThat(lines[100])
        .isEqualTo("  - paper [100]: given 2 times; reference numbers must be unique");
    assertThat(lines[101]).isEqualTo("  - and 50 more (every problem is in problems())");
    assertThat(e.problems()).hasSize(150);
    assertThat(e.messages()).hasSize(150);
  }

  @Test
  void reviewException_ofAHundredProblems_listsThemAll() {
    InvalidReviewException e = new InvalidReviewException("Full", problems(100));
    assertThat(e.getMessage().split("\n")).hasSize(101);
    assertThat(e.getMessage()).doesNotContain("more");
  }

  @Test
  void valueException_listsTheFirstHundredProblems_andSaysHowManyMore() {
    InvalidValueException e = new InvalidValueException(problems(101));
    assertThat(e.getMessage())
        .endsWith(
            "paper [100]: given 2 times; reference numbers must be unique; and 1 more (every"
                + " problem is in problems())");
    assertThat(e.problems()).hasSize(101);
  }

  @Test
  void citationsInMessages_listTheFirstTen_andSayHowManyMore() {
    List<Citation> ten = IntStream.rangeClosed(1, 10).mapToObj(Citation::of).toList();
    assertThat(Citation.inMessages(ten)).isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    List<Citation> many =
        IntStream.rangeClosed(1, 25)
            .mapToObj(i -> i == 3 ? Citation.of("Sav 2012") : Citation.of(i))
            .toList();
    assertThat(Citation.inMessages(many))
        .isEqualTo("[1, 2, \"Sav 2012\", 4, 5, 6, 7, 8, 9, 10, and 15 more]");
  }

  @Test
  void indexPaperProblem_ofATranslationOfManyConcepts_quotesTheFirstTen() {
    // Renewal translates "Feeling new" (found in paper 2) and twelve concepts found nowhere; its
    // index paper is paper 1, which contributes none of the thirteen.
    List<String> names = IntStream.rangeClosed(1, 12).mapToObj(i -> "Extra " + i).toList();
    Review.Builder review = Fixtures.validReview();
    names.forEach(n -> review.addConcepts(Concept.builder().name(n).build()));
    List<String> translated =
        java.util.stream.Stream.concat(java.util.stream.Stream.of("Feeling new"), names.stream())
            .toList();
    review.translations(
        List.of(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"),
            Translation.of("Renewal", TranslationKind.RECIPROCAL, Citation.of(1), translated)));
    InvalidReviewException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidReviewException.class, review::build);
    assertThat(e.messages())
        .containsExactly(
            "translation into \"Renewal\": names paper [1] as its index paper, but none of its"
                + " raw concepts (\"Feeling new\", \"Extra 1\", \"Extra 2\", \"Extra 3\","
                + " \"Extra 4\", \"Extra 5\", \"Extra 6\", \"Extra 7\", \"Extra 8\","
                + " \"Extra 9\", and 3 more) is found in that paper; the index paper is the study"
                + " whose concepts the others are translated into");
  }
}

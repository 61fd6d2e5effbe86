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
}

package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Review;

/** Papers cited by author and year get the labels journals would give them, derived at build. */
final class AuthorYearCitationTest {
  @Test
  void labels_areDerivedFromAuthorsAndYear_andLetteredWhereTheyWouldCoincide() {
    // Worked by hand: one author and 2012 -> "Sav 2012"; three authors and 2013, twice ->
    // "Sav et al. 2013a" and "Sav et al. 2013b" in the order described; two authors and 1998 ->
    // "Chalmers and Thompson 1998".
    Review review =
        MetaEthnography.review("Medicine-taking")
            .paper(p -> p.by("Sav A").year(2012))
            .paper(p -> p.by("Sav A", "Kendall E", "McMillan SS").year(2013))
            .paper(p -> p.by("Sav A").etAl().year(2013))
            .paper(p -> p.by("Chalmers I", "Thompson S").year(1998))
            .keyConcept("Burden", k -> {})
            .grid("Sav et al. 2013b", "Burden")
            .build();
    assertThat(review.papers())
        .extracting(p -> p.citation().label().orElseThrow())
        .containsExactly(
            "Sav 2012", "Sav et al. 2013a", "Sav et al. 2013b", "Chalmers and Thompson 1998");
    assertThat(review.incidences())
        .extracting(i -> i.paper())
        .containsExactly(Citation.of("Sav et al. 2013b"));
  }

  @Test
  void paperWithoutAuthorsOrYear_cannotBeCitedSo_andIsReportedWhereItIsDescribed() {
    InvalidReviewException e =
        catchThrowableOfType(
            InvalidReviewException.class,
            () ->
                MetaEthnography.review("Medicine-taking")
                    .paper(p -> p.by("Sav A").year(2012))
                    .paper(p -> p.by("Eton DT"))
                    .build());
    assertThat(e.messages())
        .containsExactly(
            "paper 2 cited by author and year: a paper cited by author and year needs its authors"
                + " and its year");
  }
}

package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Citation;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewProblem;

/** The README's example of a description with three problems is what the library reports. */
final class ReadmeProblemsTest {
  /**
   * Worked by hand from the message rule ({@code <place>: <detail>}): the Stroke search's counts
   * (300, 20, 3, 5) grow from appraised to included; paper [20] names an undeclared stakeholder;
   * its grid cell names an undefined key concept. The search is left out, so the exclusion tallies
   * are not judged against the searches again.
   */
  private static final String EXPECTED =
      "review \"Carers' experience of respite care\" has 3 problems:\n"
          + "  - search \"Stroke\": articles included (5) must not exceed articles appraised (3)\n"
          + "  - paper [20]: reports the perspective of stakeholder \"Nurses\", which the review"
          + " does not declare; declared stakeholders are [Carers, Staff]\n"
          + "  - grid cell [20] Rest: names key concept \"Rest\", which the review does not define";

  @Test
  void readmeExample_isReportedAsShown_withTypedPlaces() throws IOException {
    InvalidReviewException e =
        catchThrowableOfType(
            InvalidReviewException.class,
            () ->
                MetaEthnography.review("Carers' experience of respite care")
                    .stakeholders("Carers", "Staff")
                    .search("Dementia", 812, 64, 9, 3)
                    .search("Stroke", 300, 20, 3, 5)
                    .exclusion("Qualitative data too thin", 4)
                    .exclusion("Not about respite", 2)
                    .paper(12, p -> p.by("Okafor N").perspective("Carers"))
                    .paper(20, p -> p.by("Lind S").perspective("Nurses"))
                    .keyConcept("Relief", k -> k.concerns("Carers"))
                    .grid(12, "Relief")
                    .grid(20, "Rest")
                    .build());
    assertThat(e).hasMessage(EXPECTED);
    assertThat(Files.readString(Path.of("..", "README.md"))).contains("```\n" + EXPECTED + "\n```");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::reference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                new Place.OfSearch("Stroke"), ReviewProblem.Rule.INVALID_VALUE, Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                new Place.OfPaper(Citation.of(20)),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.Term(Place.Vocabulary.STAKEHOLDER, "Nurses"))),
            org.assertj.core.groups.Tuple.tuple(
                new Place.Cell(Citation.of(20), "Rest"),
                ReviewProblem.Rule.UNRESOLVED_REFERENCE,
                Optional.of(new Place.OfKeyConcept("Rest"))));
  }
}

package org.metaethnography.examples.realreviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.Synthesis;

/**
 * Mohammed et al. (2016), Table 1, partially transcribed (see {@code
 * src/test/resources/real-reviews/README.md}): the library renders the table of included studies
 * from the typed review, and every complete row equals the transcription cell for cell.
 */
final class MedicationBurdenReviewTest {
  private static final Path TRANSCRIPTION =
      Path.of("src/test/resources/real-reviews/mohammed2016_bmjopen_table1_partial.tsv");

  private final Review review = MedicationBurdenReview.review();
  private final Synthesis synthesis = Synthesis.of(review);

  /** The transcription's rows, header first; rows the source cut off (cells "?") are left out. */
  private static List<List<String>> transcribedRows() throws IOException {
    return Files.readAllLines(TRANSCRIPTION, StandardCharsets.UTF_8).stream()
        .map(line -> Arrays.asList(line.split("\t", -1)))
        .filter(row -> !row.contains("?"))
        .collect(Collectors.toList());
  }

  @Test
  void includedStudiesTable_equalsTheTranscription_onEveryCompleteRow() throws IOException {
    List<List<String>> transcribed = transcribedRows();
    Table rendered = MedicationBurdenReview.includedStudies(synthesis);
    assertThat(rendered.columns()).containsExactlyElementsOf(transcribed.get(0));
    assertThat(rendered.rows()).hasSize(8);
    assertThat(transcribed).hasSize(1 + 8);
    for (int i = 0; i < rendered.rows().size(); i++) {
      assertThat(rendered.rows().get(i))
          .as("row %d", i + 1)
          .containsExactlyElementsOf(transcribed.get(i + 1));
    }
  }

  @Test
  void review_inventsNothingTheTableDoesNotReport() {
    // Table 1 reports no title, journal, intervention, format, condition, duration, phase,
    // valence, reviewer or search count: none is present.
    assertThat(review.phases()).isEmpty();
    assertThat(review.reviewers()).isEmpty();
    assertThat(review.searches()).isEmpty();
    assertThat(review.concepts()).isEmpty();
    for (Paper paper : review.papers()) {
      assertThat(paper.title()).as(paper.toString()).isEmpty();
      assertThat(paper.journal()).isEmpty();
      assertThat(paper.intervention()).isEmpty();
      assertThat(paper.format()).isEmpty();
      assertThat(paper.condition()).isEmpty();
      assertThat(paper.duration()).isEmpty();
    }
    assertThat(review.keyConcepts())
        .allSatisfy(
            k -> {
              assertThat(k.definition()).isEmpty();
              assertThat(k.phases()).isEmpty();
              assertThat(k.stakeholders()).isEmpty();
            });
  }

  @Test
  void twoStudiesByOneFirstAuthor_areTwoPapers_citedAsPrinted() {
    // Sav et al (2013) and Sav et al (2012) are rows 1 and 7 of the table.
    assertThat(review.paper("Sav et al (2013)")).isPresent();
    assertThat(review.paper("Sav et al (2012)")).isPresent();
    assertThat(
            review
                .paper("Sav et al (2012)")
                .orElseThrow()
                .perspective()
                .orElseThrow()
                .stakeholders())
        .containsExactly(Stakeholder.of("CHO representatives"));
  }

  @Test
  void themes_countTheStudiesThatContributeToThem() {
    // Worked by hand from the 1/0 columns of the 8 rows: burden 1,1,0,1,1,1,1,1 = 7;
    // beliefs 1,0,1,1,1,1,0,1 = 6; practice 0,1,1,1,0,1,1,1 = 6.
    assertThat(synthesis.grid().counts().values()).containsExactly(7, 6, 6);
  }
}

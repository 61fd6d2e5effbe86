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
import org.metaethnography.synthesis.Synthesis;

/**
 * Parslow et al. (2017), Table 3, partially transcribed (see {@code
 * src/test/resources/real-reviews/README.md}): the library renders the translation table in its
 * published long form from the typed review, and every complete row equals the transcription.
 */
final class ChronicFatigueReviewTest {
  private static final Path TRANSCRIPTION =
      Path.of("src/test/resources/real-reviews/parslow2017_bmjopen_table3_partial.tsv");

  private final Review review = ChronicFatigueReview.review();
  private final Synthesis synthesis = Synthesis.of(review);

  /**
   * The transcription's header and complete rows, without its {@code toc_cell_status} column (which
   * says only whether the printed cell was blank and filled down).
   */
  private static List<List<String>> transcribedRows() throws IOException {
    return Files.readAllLines(TRANSCRIPTION, StandardCharsets.UTF_8).stream()
        .map(line -> Arrays.asList(line.split("\t", -1)))
        .filter(row -> row.stream().noneMatch(c -> c.equals("?") || c.contains("[TRUNCATED]")))
        .map(row -> List.of(row.get(0), row.get(2), row.get(3)))
        .collect(Collectors.toList());
  }

  @Test
  void table3_inItsLongForm_equalsTheTranscription_onEveryCompleteRow() throws IOException {
    List<List<String>> transcribed = transcribedRows();
    Table rendered = ChronicFatigueReview.table3(synthesis);
    assertThat(rendered.columns()).containsExactlyElementsOf(transcribed.get(0));
    // 13 rows of construct 1, 15 of construct 2, 1 complete row of construct 3.
    assertThat(transcribed).hasSize(1 + 29);
    assertThat(rendered.rows()).hasSize(29);
    for (int i = 0; i < rendered.rows().size(); i++) {
      assertThat(rendered.rows().get(i))
          .as("row %d", i + 1)
          .containsExactlyElementsOf(transcribed.get(i + 1));
    }
  }

  @Test
  void studies_areCitedAsAuthorPlusNumber() {
    // Worked by hand from the printed citations.
    assertThat(review.papers().stream().map(ChronicFatigueReview::asPrinted))
        .containsExactly(
            "Jelbert et al47",
            "Fisher and Crawley48",
            "Lombard50",
            "Winger et al51",
            "Patel52",
            "Williams-Wilson53");
  }

  @Test
  void review_inventsNothingTheTableDoesNotReport() {
    assertThat(review.stakeholders()).isEmpty();
    assertThat(review.phases()).isEmpty();
    assertThat(review.reviewers()).isEmpty();
    assertThat(review.searches()).isEmpty();
    for (Paper paper : review.papers()) {
      assertThat(paper.year()).as(paper.toString()).isEmpty();
      assertThat(paper.title()).isEmpty();
      assertThat(paper.perspective()).isEmpty();
      assertThat(paper.intervention()).isEmpty();
    }
    assertThat(review.concepts())
        .allSatisfy(
            c -> {
              assertThat(c.valence()).isEmpty();
              assertThat(c.phase()).isEmpty();
              assertThat(c.perspective()).isEmpty();
            });
    // Table 3 does not say whether a translation is reciprocal or refutational.
    assertThat(review.translations()).isNotEmpty().allSatisfy(t -> assertThat(t.kind()).isEmpty());
  }

  @Test
  void grid_countsTheStudiesBehindEachConstruct() {
    // Worked by hand from the rows: construct 1 draws on 48, 51, 52, 53, 50 (5 studies);
    // construct 2 on 52, 47, 48, 51, 53, 50 (6); construct 3's complete row on 48 (1).
    assertThat(synthesis.grid().counts().values()).containsExactly(5, 6, 1);
  }
}

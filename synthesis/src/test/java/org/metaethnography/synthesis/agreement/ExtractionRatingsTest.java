package org.metaethnography.synthesis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.metaethnography.synthesis.agreement.ExtractionRatings.FOUND;
import static org.metaethnography.synthesis.agreement.ExtractionRatings.NOT_FOUND;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.SetAside;
import org.metaethnography.synthesis.Synthesis;

/**
 * Concept extraction as ratings, on a small review written for this test.
 *
 * <p>Reviewers AO, SL and JB; papers 1 to 4; raw concepts A, B, C, D (all set aside: translation
 * plays no part here). Extractions: in paper 1, A by AO and SL, B by AO, C by SL, D by no one
 * named; in paper 2, A by AO, D by AO and JB; in paper 3, B by no one named; in paper 4, C by JB.
 *
 * <p>Worked by hand: paper 1 was read by AO and SL, paper 2 by AO and JB, paper 4 by JB, paper 3 by
 * no one named. The subjects are [1] A, [1] B, [1] C, [2] A, [2] D, [4] C (not [1] D nor [3] B,
 * which no named reviewer found). Ratings: [1] A found by AO and SL; [1] B found by AO, not found
 * by SL; [1] C not found by AO, found by SL; [2] A found by AO, not found by JB; [2] D found by AO
 * and JB; [4] C found by JB (its only rating). Eleven ratings in all.
 */
final class ExtractionRatingsTest {
  private static Extraction found(String concept, int paper, String... reviewers) {
    Extraction.Builder extraction = Extraction.builder().concept(concept).paper(paper);
    for (String reviewer : reviewers) {
      extraction.addReviewers(Reviewer.of(reviewer));
    }
    return extraction.build();
  }

  private static Review review() {
    Review.Builder review =
        Review.builder()
            .title("Agreement on extraction")
            .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"), Reviewer.of("JB"));
    for (int paper = 1; paper <= 4; paper++) {
      review.addPapers(Paper.builder().reference(paper).build());
    }
    for (String concept : List.of("A", "B", "C", "D")) {
      review.addConcepts(Concept.builder().name(concept).build());
      review.addSetAside(SetAside.of(concept, "Not needed here"));
    }
    return review
        .extractions(
            List.of(
                found("A", 1, "AO", "SL"),
                found("B", 1, "AO"),
                found("C", 1, "SL"),
                found("D", 1),
                found("A", 2, "AO"),
                found("D", 2, "AO", "JB"),
                found("B", 3),
                found("C", 4, "JB")))
        .build();
  }

  private static String subject(int paper, String concept) {
    return ExtractionRatings.subject(Citation.of(paper), concept);
  }

  @Test
  void ratings_areWhatEachReaderFound_forEveryPairSomeoneFound() {
    Ratings ratings = ExtractionRatings.of(review());

    assertThat(ratings.categories()).containsExactly(FOUND, NOT_FOUND);
    assertThat(ratings.subjects())
        .containsExactly(
            "[1] \"A\"", "[1] \"B\"", "[1] \"C\"", "[2] \"A\"", "[2] \"D\"", "[4] \"C\"");
    assertThat(ratings.raters()).containsExactly("AO", "SL", "JB");
    assertThat(ratings.size()).isEqualTo(11);
    assertThat(ratings.ratingsOf(subject(1, "A"))).containsEntry("AO", FOUND);
    assertThat(ratings.ratingsOf(subject(1, "A"))).containsEntry("SL", FOUND);
    assertThat(ratings.ratingsOf(subject(1, "B"))).containsEntry("SL", NOT_FOUND);
    assertThat(ratings.ratingsOf(subject(1, "C"))).containsEntry("AO", NOT_FOUND);
    assertThat(ratings.ratingsOf(subject(2, "A"))).containsOnlyKeys("AO", "JB");
    assertThat(ratings.ratingsOf(subject(2, "A"))).containsEntry("JB", NOT_FOUND);
    assertThat(ratings.ratingsOf(subject(2, "D"))).containsOnlyKeys("AO", "JB");
    assertThat(ratings.ratingsOf(subject(4, "C"))).containsOnly(java.util.Map.entry("JB", FOUND));
  }

  @Test
  void agreement_onTheReview_isWorkedOutByHand() {
    Agreement agreement = Agreement.of(ExtractionRatings.of(review()));

    // Five pairable subjects ([4] C has one rating); two agree ([1] A and [2] D): 2/5.
    assertThat(agreement.percentAgreement().value().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(agreement.percentAgreement().subjects()).isEqualTo(5);
    // Specific agreement on found: agreeing found pairs 2 + 2 over found ratings times (m - 1),
    // 2 + 1 + 1 + 1 + 2: 4/7 (for two reviewers, 2a / (2a + b + c) = 4 / (4 + 3)).
    assertThat(agreement.specificAgreement().get(FOUND).value().getAsDouble())
        .isCloseTo(4.0 / 7, within(1e-12));
    // No pair was missed by two readers: specific agreement on not found is 0/3.
    assertThat(agreement.specificAgreement().get(NOT_FOUND).value().getAsDouble()).isZero();
    // Alpha: n = 10 pairable values, 7 found and 3 not; three disagreeing units of two give 6
    // ordered disagreeing pairs; alpha = 1 - 9 * 6 / (100 - 49 - 9) = -2/7.
    assertThat(agreement.krippendorffsAlpha().value().getAsDouble())
        .isCloseTo(-2.0 / 7, within(1e-12));
    assertThat(agreement.cohensKappa().undefined()).contains(Undefined.NOT_TWO_RATERS);
    assertThat(agreement.fleissKappa().undefined()).contains(Undefined.UNEQUAL_RATINGS_PER_SUBJECT);
    // AO and SL both read paper 1: (found, found) 1, (found, not) 1, (not, found) 1; p_o = 1/3,
    // p_e = (2 * 2 + 1 * 1) / 9 = 5/9, kappa = (1/3 - 5/9) / (4/9) = -1/2.
    Agreement pair = Agreement.of(ExtractionRatings.of(review()).ofRaters("AO", "SL"));
    assertThat(pair.cohensKappa().value().getAsDouble()).isCloseTo(-0.5, within(1e-12));
    assertThat(pair.cohensKappa().subjects()).isEqualTo(3);
  }

  @Test
  void theSynthesis_offersTheAgreementOfItsReviewsExtraction() {
    Review review = review();

    assertThat(Synthesis.of(review).extractionAgreement())
        .isEqualTo(Agreement.of(ExtractionRatings.of(review)));
  }

  @Test
  void aReviewWithoutNamedReviewers_hasNoSubjects() {
    Review review =
        Review.builder().from(review()).extractions(List.of(found("A", 1), found("B", 2))).build();

    Ratings ratings = ExtractionRatings.of(review);
    assertThat(ratings.subjects()).isEmpty();
    assertThat(Agreement.of(ratings).krippendorffsAlpha().undefined())
        .contains(Undefined.NO_PAIRABLE_SUBJECTS);
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Citation.class, Citation.of(1));
    tester.setDefault(Review.class, review());
    tester.testAllPublicStaticMethods(ExtractionRatings.class);
  }

  @Test
  void subjectNames_quoteTheConcept_andALabelWithItsQuotesEscaped() {
    assertThat(ExtractionRatings.subject(Citation.of(12), "Time for oneself"))
        .isEqualTo("[12] \"Time for oneself\"");
    assertThat(ExtractionRatings.subject(Citation.of("Sav 2013"), "Time \"off\""))
        .isEqualTo("\"Sav 2013\" \"Time \\\"off\\\"\"");
    // Two pairs that would read alike unescaped have different names.
    assertThat(ExtractionRatings.subject(Citation.of("a\" \"b"), "c"))
        .isNotEqualTo(ExtractionRatings.subject(Citation.of("a"), "b\" \"c"));
  }
}

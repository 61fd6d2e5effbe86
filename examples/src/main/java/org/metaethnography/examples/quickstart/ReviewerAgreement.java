package org.metaethnography.examples.quickstart;

import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.agreement.Agreement;
import org.metaethnography.synthesis.agreement.Coefficient;
import org.metaethnography.synthesis.agreement.ExtractionRatings;
import org.metaethnography.synthesis.agreement.Ratings;

/**
 * Agreement between reviewers as a program: two reviewers screen ten records independently, and the
 * review's extractions (of {@link FromRawConcepts}) say who found which concept in which paper.
 */
public final class ReviewerAgreement {
  private ReviewerAgreement() {}

  /** The two reviewers' screening decisions and their agreement. */
  public static Agreement screening() {
    // agreement:begin
    String[][] decisions = { // record, AO's decision, SL's decision
      {"r1", "include", "include"}, {"r2", "include", "include"}, {"r3", "include", "include"},
      {"r4", "include", "exclude"}, {"r5", "exclude", "include"}, {"r6", "exclude", "exclude"},
      {"r7", "exclude", "exclude"}, {"r8", "exclude", "exclude"}, {"r9", "exclude", "exclude"},
      {"r10", "exclude", "exclude"}
    };
    Ratings.Builder screening = Ratings.builder().categories("include", "exclude");
    for (String[] d : decisions) {
      screening.rate(d[0], "AO", d[1]).rate(d[0], "SL", d[2]);
    }
    Agreement agreement = Agreement.of(screening.build());
    Coefficient kappa = agreement.cohensKappa(); // 0.583, 95% CI [0.069, 1]
    Coefficient alpha = agreement.krippendorffsAlpha(1000, 42); // 0.604, bootstrap 95% CI
    Coefficient include = agreement.specificAgreement().get("include"); // 0.75
    // agreement:end
    return agreement;
  }

  /** The agreement of the reviewers of {@link FromRawConcepts} on which concepts papers hold. */
  public static Agreement extraction() {
    Synthesis synthesis = FromRawConcepts.synthesis();
    // extraction-agreement:begin
    Agreement extraction = synthesis.extractionAgreement();
    Coefficient found = extraction.specificAgreement().get(ExtractionRatings.FOUND); // 0.4
    Coefficient alpha = extraction.krippendorffsAlpha(); // -0.4
    // extraction-agreement:end
    return extraction;
  }

  /**
   * Prints the agreement on screening and on extraction.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Agreement screening = screening();
    System.out.println("Screening, Cohen's kappa: " + screening.cohensKappa());
    System.out.println(
        "Screening, Krippendorff's alpha: " + screening.krippendorffsAlpha(1000, 42));
    System.out.println("Screening, specific agreement: " + screening.specificAgreement());
    Agreement extraction = extraction();
    System.out.println("Extraction, specific agreement: " + extraction.specificAgreement());
    System.out.println("Extraction, Krippendorff's alpha: " + extraction.krippendorffsAlpha());
  }
}

package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.metaethnography.synthesis.agreement.Agreement;
import org.metaethnography.synthesis.agreement.Coefficient;
import org.metaethnography.synthesis.agreement.ExtractionRatings;

/** The agreement example runs and gives the values its comments state, worked out by hand. */
final class ReviewerAgreementTest {
  @Test
  void screening_ofTenRecords_hasTheValuesWorkedOutByHand() {
    Agreement agreement = ReviewerAgreement.screening();

    // Both include 3, both exclude 5, one disagreement each way: p_o = 8/10; each reviewer
    // includes 4 of 10, so p_e = 0.4^2 + 0.6^2 = 13/25 and kappa = (4/5 - 13/25) / (12/25) = 7/12.
    // Var (Fleiss, Cohen and Everitt 1969) = 2855/41472; 7/12 + 1.96 SE exceeds 1 and is clipped.
    Coefficient kappa = agreement.cohensKappa();
    assertThat(kappa.value().getAsDouble()).isCloseTo(7.0 / 12, within(1e-9));
    assertThat(kappa.standardError().getAsDouble())
        .isCloseTo(Math.sqrt(2855.0 / 41472), within(1e-9));
    assertThat(kappa.confidenceInterval().orElseThrow().lower())
        .isCloseTo(7.0 / 12 - 1.959963984540054 * Math.sqrt(2855.0 / 41472), within(1e-9));
    assertThat(kappa.confidenceInterval().orElseThrow().upper()).isEqualTo(1.0);
    // The reviewers include equally often, so Scott's pi is kappa; alpha = 1 - (19/20)(5/12) =
    // 29/48 (0.604).
    assertThat(agreement.scottsPi().value().getAsDouble()).isCloseTo(7.0 / 12, within(1e-9));
    assertThat(agreement.krippendorffsAlpha(1000, 42).value().getAsDouble())
        .isCloseTo(29.0 / 48, within(1e-9));
    assertThat(agreement.krippendorffsAlpha(1000, 42).confidenceInterval()).isPresent();
    assertThat(agreement.specificAgreement().get("include").value().getAsDouble())
        .isCloseTo(0.75, within(1e-9));
  }

  @Test
  void extraction_ofTheRawConceptExample_hasTheValuesWorkedOutByHand() {
    Agreement agreement = ReviewerAgreement.extraction();

    // AO and SL read papers 12 and 17. Time for oneself in 12: both found it; Guilt at handing
    // over in 17: SL only; Going on in 12 and in 17: AO only. Specific agreement on found:
    // 2 / (2 + 1 + 1 + 1) = 0.4. Alpha: 8 values, 5 found and 3 not; 3 disagreeing pairs give
    // 6 ordered pairs; alpha = 1 - 7 * 6 / (64 - 25 - 9) = -0.4. Cohen's kappa: p_o = 1/4, AO
    // found 3 of 4 and SL 2 of 4, p_e = (3*2 + 1*2)/16 = 1/2, kappa = -1/2.
    assertThat(agreement.specificAgreement().get(ExtractionRatings.FOUND).value().getAsDouble())
        .isCloseTo(0.4, within(1e-9));
    assertThat(agreement.krippendorffsAlpha().value().getAsDouble()).isCloseTo(-0.4, within(1e-9));
    assertThat(agreement.cohensKappa().value().getAsDouble()).isCloseTo(-0.5, within(1e-9));
  }

  @Test
  void main_printsEachCoefficientWithWhatItRestsOn() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ReviewerAgreement.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "Screening, Cohen's kappa: 0.5833 (observed 0.8000, expected 0.5200, SE 0.2624, null"
                + " SE 0.3162, 95% CI [0.0691, 1.0000]; 10 subjects)")
        .contains("Extraction, Krippendorff's alpha: -0.4000 (observed 0.2500, expected 0.4643;");
  }

  @Test
  void readme_showsTheExamplesAsCompiled() throws java.io.IOException {
    assertThat(Readme.text())
        .contains(Readme.block("ReviewerAgreement.java", "agreement"))
        .contains(Readme.block("ReviewerAgreement.java", "extraction-agreement"));
  }
}

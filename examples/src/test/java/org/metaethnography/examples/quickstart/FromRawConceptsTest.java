package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.ValenceProfile;

/** The README's raw-concept example runs, gives what was worked out by hand, and is shown as is. */
final class FromRawConceptsTest {
  private final Synthesis synthesis = FromRawConcepts.synthesis();

  @Test
  void example_derivesProvenanceProfilesAndFindings() {
    // Worked by hand: Relief is supported in 12 (Time for oneself, by AO and SL) and 17 (Guilt);
    // Renewed capacity in 12 and 17 (Going on); Relief is positive and negative; Going on voices
    // carers and staff while Renewed capacity is declared for carers only; Paperwork is set aside.
    assertThat(synthesis.support(12, "Relief").orElseThrow().reviewers())
        .containsExactly("AO", "SL");
    assertThat(synthesis.grid().incidenceCount()).isEqualTo(4);
    assertThat(synthesis.profiles().get(0).valence()).isEqualTo(ValenceProfile.BOTH);
    assertThat(synthesis.profiles().get(1).stakeholders())
        .containsExactly(Stakeholder.of("Carers"), Stakeholder.of("Staff"));
    assertThat(synthesis.audit().findings())
        .extracting(Finding::kind)
        .containsExactly(
            Finding.Kind.DECLARED_DIFFERS_FROM_DERIVED,
            Finding.Kind.UNTRANSLATED_CONCEPT,
            Finding.Kind.CONCEPTS_NOT_FOUND);
    // Paperwork is set aside and found in no paper; the other three raw concepts were found.
    assertThat(synthesis.audit().findings(Finding.Kind.CONCEPTS_NOT_FOUND).get(0).message())
        .isEqualTo("1 raw concept is found in no paper: Paperwork");
  }

  @Test
  void readme_showsTheExampleAsCompiled() throws IOException {
    assertThat(Readme.text()).contains(Readme.block("FromRawConcepts.java", "raw-concepts"));
  }

  @Test
  void main_printsTheFindingsAndTheFigure() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      FromRawConcepts.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "Finding: key concept \"Renewed capacity\" is declared to concern [Carers], but its"
                + " raw concepts voice [Carers, Staff]")
        .contains("Specific to carers: [Relief]")
        .contains("  k0 -->|\"restores\"| k1");
  }
}

package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Stage;
import org.metaethnography.synthesis.ReviewFlow.Provenance;
import org.metaethnography.synthesis.Synthesis;

/** The README's process example runs, gives the values worked out by hand, and is shown as is. */
final class RecordingTheProcessTest {
  @Test
  void flowAndKappa_areThoseWorkedOutByHand() {
    Synthesis synthesis = RecordingTheProcess.synthesis();
    // Five screened; c1 and c2 kept (c2 after discussion); c1 kept at full text, c2 excluded.
    var total = synthesis.flow().total();
    assertThat(total.abstractsReviewed()).hasValue(5);
    assertThat(total.articlesRetrieved()).hasValue(2);
    assertThat(total.articlesAppraised()).isEmpty();
    assertThat(total.articlesIncluded()).hasValue(1);
    assertThat(synthesis.flow().provenance("CINAHL", Stage.ARTICLES_APPRAISED))
        .isEqualTo(Provenance.UNREPORTED);
    // AO: include c1 c2, exclude c3 c4 c5; SL: include c1 c5, exclude c2 c3 c4. Observed 3/5;
    // expected (2/5)(2/5) + (3/5)(3/5) = 13/25; kappa (3/5 - 13/25) / (12/25) = 1/6.
    var agreement = synthesis.screeningAgreement(ScreeningLevel.TITLE_AND_ABSTRACT);
    assertThat(agreement.cohensKappa().value().getAsDouble()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(synthesis.recordFlow().fullTexts().reasons()).containsEntry("no qualitative data", 1);
    // The review appraises nothing: nothing awaits appraisal, and c1, kept at full text, is in.
    assertThat(synthesis.recordFlow().appraisal().awaiting()).isZero();
    assertThat(synthesis.recordFlow().included()).isEqualTo(1);
  }

  @Test
  void readme_showsTheExampleAsCompiled() throws IOException {
    assertThat(Readme.text()).contains(Readme.block("RecordingTheProcess.java", "process"));
  }
}

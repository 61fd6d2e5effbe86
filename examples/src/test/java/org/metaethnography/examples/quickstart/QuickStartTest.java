package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.synthesis.Synthesis;

/** The quick start runs, gives the counts worked out by hand, and is what the README shows. */
final class QuickStartTest {

  @Test
  void quickStart_synthesizesTheReview() {
    Synthesis synthesis = QuickStart.synthesis();
    // Relief is ticked for papers 12 and 17, Guilt for 17 and 23, Renewed capacity for 12.
    assertThat(ReviewTables.conceptGrid(synthesis, GridLayout.standard()).toCsv())
        .isEqualTo(
            "reference,first_author,Relief,Guilt,Renewed capacity\n"
                + "12,Okafor,1,0,1\n"
                + "17,Aalto,1,1,0\n"
                + "23,Moreau,0,1,0\n"
                + "Total,,2,2,1\n");
    // 9 appraised, 3 included: 6 excluded, tallied as 4 + 2.
    assertThat(synthesis.exclusions().total()).isEqualTo(6);
    assertThat(ReviewTables.includedPapers(synthesis).toCsv())
        .isEqualTo(
            "reference,first_author,participant_type,condition,format\n"
                + "12,Okafor,Carers,Dementia,Day care\n"
                + "23,Moreau,Staff,Dementia,Day care\n"
                + "17,Aalto,Carers and staff,Dementia,In-home\n");
  }

  @Test
  void readme_showsTheQuickStartAsCompiled() throws IOException {
    for (String region : new String[] {"quick-start", "render"}) {
      assertThat(Readme.text()).as(region).contains(Readme.block("QuickStart.java", region));
    }
  }

  @Test
  void main_printsWhatTheSynthesisComputes() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Papers expressing Relief: 2")
        .contains("Papers excluded at quality appraisal: 6")
        .contains("| Total | 812 | 64 | 9 | 3 |");
  }
}

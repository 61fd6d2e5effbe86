package org.metaethnography.examples.quickstart;

import static org.metaethnography.model.Decision.EXCLUDE;
import static org.metaethnography.model.Decision.INCLUDE;
import static org.metaethnography.model.Resolution.DISCUSSION;
import static org.metaethnography.model.ScreeningLevel.TITLE_AND_ABSTRACT;

import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.StageCounts;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.agreement.Coefficient;

/**
 * The README's "Recording the review process" as a program: two reviewers screen five records on
 * their own, settle their two disagreements by discussion and screen the two full texts kept; the
 * flow and their agreement are computed from those records.
 */
public final class RecordingTheProcess {
  private RecordingTheProcess() {}

  /** {@return the synthesis of the small review whose process is recorded} */
  public static Synthesis synthesis() {
    // process:begin
    Synthesis synthesis =
        MetaEthnography.review("Returning to work after stroke")
            .reviewers("AO", "SL")
            .search("CINAHL", s -> {})
            .record("c1", r -> r.foundBy("CINAHL")
                .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
            .record("c2", r -> r.foundBy("CINAHL")
                .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", EXCLUDE)
                    .consensus(INCLUDE, DISCUSSION))
                .fullText(s -> s.vote("AO", EXCLUDE, "no qualitative data")
                    .vote("SL", EXCLUDE, "no qualitative data")))
            .record("c3", r -> r.foundBy("CINAHL")
                .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
            .record("c4", r -> r.foundBy("CINAHL")
                .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
            .record("c5", r -> r.foundBy("CINAHL")
                .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", INCLUDE)
                    .consensus(EXCLUDE, DISCUSSION)))
            .synthesize();
    StageCounts counts = synthesis.flow().total(); // 5 screened, 2 full texts, 1 included
    Coefficient kappa = synthesis.screeningAgreement(TITLE_AND_ABSTRACT).cohensKappa(); // 1/6
    // process:end
    return synthesis;
  }

  /**
   * Prints the flow counted from the records and the reviewers' agreement at title and abstract.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Synthesis synthesis = synthesis();
    System.out.println("Flow: " + synthesis.flow().total());
    System.out.println("Records: " + synthesis.recordFlow());
    System.out.println(
        "Title and abstract, Cohen's kappa: "
            + synthesis.screeningAgreement(TITLE_AND_ABSTRACT).cohensKappa());
  }
}

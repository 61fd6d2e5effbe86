package org.metaethnography.examples.realreviews;

import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.table.PaperColumns;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.examples.documents.ExampleDocuments;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * A second published review, of another shape than the reference paper's, described with nothing
 * invented: Mohammed MA, Moles RJ, Chen TF, "Medication-related burden and patients' lived
 * experience with medicine: a systematic review and metasynthesis of qualitative studies", BMJ Open
 * 2016;6:e010035 (doi:10.1136/bmjopen-2015-010035, CC BY-NC 4.0), kept as a review document, {@code
 * medication-burden-review.json} beside this class.
 *
 * <p><b>Partial.</b> Only the first 8 of the 34 rows of its Table 1 ("Characteristics of included
 * studies") are transcribed (the project's {@code shared/real-reviews/} transcription, copied to
 * the test resources of this module with its attribution); the review holds those 8 studies, not
 * the 34.
 *
 * <p>Its shape: studies cited by author and year as printed ({@code "Sav et al (2013)"}), two of
 * them by one first author in different years; several participant types (patients, pharmacists,
 * representatives of consumer health organisations, people taking medicines); no intervention, no
 * phases, no valence, no reviewers, no search counts in this table; three themes
 * ("metaconstructs"), each study contributing to some of them. What the table does not report (a
 * title, a journal, an intervention, a phase) is simply not described, so it stays absent.
 *
 * <p>The setting, country, method or design, sample, relevance mark and core focus are kept as the
 * paper's attributes, under names of this example's choosing; the participant type is the paper's
 * perspective; the themes are the key concepts, and a study's 1 in a theme's column is a tick of
 * the key concept grid. Authors and year are those the citation label itself states.
 */
public final class MedicationBurdenReview {
  /** The review document, beside this class. */
  public static final String RESOURCE = "medication-burden-review.json";

  private static final ReviewDocument DOCUMENT =
      ExampleDocuments.load(MedicationBurdenReview.class, RESOURCE);

  private MedicationBurdenReview() {}

  /**
   * The review document: the review, and notes on where it comes from and what it leaves out.
   *
   * @return the document, loaded once
   */
  public static ReviewDocument document() {
    return DOCUMENT;
  }

  /**
   * The review, as far as the transcribed rows of Table 1 describe it.
   *
   * @return the review
   */
  public static Review review() {
    return DOCUMENT.review();
  }

  /**
   * The table of included studies with the published columns, headed as the transcription heads
   * them: citation, setting, country, design, sample, participant type, one column per theme (1 or
   * 0), relevance and core focus, one row per study in the table's order.
   *
   * @param synthesis the synthesis of {@link #review()}
   * @return the table
   */
  public static Table includedStudies(Synthesis synthesis) {
    return ReviewTables.includedPapers(
        synthesis,
        PaperColumns.none()
            .citation("authors")
            .attribute("setting", "setting")
            .attribute("country", "country")
            .attribute("method_design", "design")
            .attribute("sample_size_and_sampling", "sample")
            .perspective("participant_type_from_sample_cell")
            .keyConcepts("1", "0")
            .attribute("relevance_as_given", "relevance")
            .attribute("core_focus", "focus"));
  }
}

package org.metaethnography.examples.realreviews;

import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.table.PaperColumns;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * A second published review, of another shape than the reference paper's, described through the
 * public fluent API with nothing invented: Mohammed MA, Moles RJ, Chen TF, "Medication-related
 * burden and patients' lived experience with medicine: a systematic review and metasynthesis of
 * qualitative studies", BMJ Open 2016;6:e010035 (doi:10.1136/bmjopen-2015-010035, CC BY-NC 4.0).
 *
 * <p><b>Partial.</b> Only the first 8 of the 34 rows of its Table 1 ("Characteristics of included
 * studies") are transcribed (the project's {@code shared/real-reviews/} transcription, copied to
 * the test resources of this module with its attribution); the review holds those 8 studies, not
 * the 34.
 *
 * <p>Its shape: studies cited by author and year as printed ({@code "Sav et al (2013)"}), two of
 * them by one first author in different years; several participant types (patients,
 * pharmacists, representatives of consumer health organisations, people taking medicines); no
 * intervention, no phases, no valence, no reviewers, no search counts in this table; three themes
 * ("metaconstructs"), each study contributing to some of them. What the table does not report
 * (a title, a journal, an intervention, a phase) is simply not described, so it stays absent.
 *
 * <p>The setting, country, method or design, sample, relevance mark and core focus are kept as
 * the paper's attributes, under names of this example's choosing; the participant type is the
 * paper's perspective; the themes are the key concepts, and a study's 1 in a theme's column is a
 * tick of the key concept grid. Authors and year are those the citation label itself states.
 */
public final class MedicationBurdenReview {
  /** The first theme, as the table heads its column. */
  public static final String BURDEN = "Medication-related burden";

  /** The second theme, as the table heads its column. */
  public static final String BELIEFS = "Medication-related beliefs";

  /** The third theme, as the table heads its column. */
  public static final String PRACTICE = "Medication-taking practice";

  private static final String PATIENTS = "patients";
  private static final String PHARMACISTS = "pharmacists";
  private static final String CHO = "CHO representatives";
  private static final String PEOPLE = "people taking medicines";

  private static final String KP = "KP";
  private static final String CHRONIC = "Treatment burden; Chronic illness";
  private static final String INTERVIEWS_FG = "Qualitative; Interviews, FG discussion";
  private static final String IN_DEPTH = "Qualitative; In-depth interviews";

  private MedicationBurdenReview() {}

  /**
   * The review, as far as the transcribed rows of Table 1 describe it.
   *
   * @return the review
   */
  public static Review review() {
    return MetaEthnography.review(
            "Medication-related burden and patients' lived experience with medicine")
        .stakeholders(PATIENTS, PHARMACISTS, CHO, PEOPLE)
        .keyConcept(BURDEN, k -> {})
        .keyConcept(BELIEFS, k -> {})
        .keyConcept(PRACTICE, k -> {})
        .paper(
            "Sav et al (2013)",
            p ->
                p.by("Sav").etAl().year(2013).perspective(PATIENTS)
                    .attribute("setting", "Community based")
                    .attribute("country", "AU")
                    .attribute("design", "Qualitative; In-depth interview")
                    .attribute("sample", "N=97 patients; Purposive sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", "Treatment burden: Chronic illness"))
        .grid("Sav et al (2013)", BURDEN, BELIEFS)
        .paper(
            "Eton et al (2012)",
            p ->
                p.by("Eton").etAl().year(2012).perspective(PATIENTS)
                    .attribute("setting", "Clinic pharmacy-led MTMS")
                    .attribute("country", "USA")
                    .attribute("design", INTERVIEWS_FG)
                    .attribute("sample", "N=32 patients; Purposive sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", CHRONIC))
        .grid("Eton et al (2012)", BURDEN, PRACTICE)
        .paper(
            "Ramalho-de Oliveira et al (2012)",
            p ->
                p.by("Ramalho-de Oliveira").etAl().year(2012).perspective(PHARMACISTS)
                    .attribute("setting", "Clinics in a HC delivery system")
                    .attribute("country", "USA")
                    .attribute("design", "Qualitative focus group & patient diary")
                    .attribute("sample", "N=10 pharmacists; Purposive sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", "Understanding patients\u2019 medication experiences"))
        .grid("Ramalho-de Oliveira et al (2012)", BELIEFS, PRACTICE)
        .paper(
            "Krska et al (2013)",
            p ->
                p.by("Krska").etAl().year(2013).perspective(PATIENTS)
                    .attribute("setting", "Primary care")
                    .attribute("country", "UK")
                    .attribute("design", "Qualitative; Face\u2013to-face interview")
                    .attribute("sample", "N=22 patients; Purposive sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", "Long-term use of medicines impact on quality of life"))
        .grid("Krska et al (2013)", BURDEN, BELIEFS, PRACTICE)
        .paper(
            "Ridgeway et al (2014)",
            p ->
                p.by("Ridgeway").etAl().year(2014).perspective(PATIENTS)
                    .attribute("setting", "Clinic and hospital")
                    .attribute("country", "USA")
                    .attribute("design", INTERVIEWS_FG)
                    .attribute("sample", "N=50 patients; Purposive sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", CHRONIC))
        .grid("Ridgeway et al (2014)", BURDEN, BELIEFS)
        .paper(
            "Moen et al (2009)",
            p ->
                p.by("Moen").etAl().year(2009).perspective(PATIENTS)
                    .attribute("setting", "Community-based")
                    .attribute("country", "Sweden")
                    .attribute("design", "Qualitative; Focus group")
                    .attribute("sample", "N=59 patients; Convenient sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", "Patients\u2019 perspectives of multiple medicines use"))
        .grid("Moen et al (2009)", BURDEN, BELIEFS, PRACTICE)
        .paper(
            "Sav et al (2012)",
            p ->
                p.by("Sav").etAl().year(2012).perspective(CHO)
                    .attribute("setting", "Community-based (CHO office)")
                    .attribute("country", "AU")
                    .attribute("design", IN_DEPTH)
                    .attribute("sample", "N=15 CHOs representatives; Purposive sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", CHRONIC))
        .grid("Sav et al (2012)", BURDEN, PRACTICE)
        .paper(
            "Tordoff et al (2010)",
            p ->
                p.by("Tordoff").etAl().year(2010).perspective(PEOPLE)
                    .attribute("setting", "Community-based")
                    .attribute("country", "NZ")
                    .attribute("design", IN_DEPTH)
                    .attribute("sample", "N=20 people taking medicines; Random sampling")
                    .attribute("relevance", KP)
                    .attribute("focus", "Medicine-taking practices and experience"))
        .grid("Tordoff et al (2010)", BURDEN, BELIEFS, PRACTICE)
        .build();
  }

  /**
   * The table of included studies with the published columns, headed as the transcription heads
   * them: citation, setting, country, design, sample, participant type, one column per theme (1
   * or 0), relevance and core focus, one row per study in the table's order.
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

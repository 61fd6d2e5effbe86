package org.metaethnography.examples.realreviews;

import java.util.List;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.examples.documents.ExampleDocuments;
import org.metaethnography.model.Author;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * A published meta-ethnography of third-order constructs built from studies' second-order
 * constructs, described with nothing invented: Parslow RM, Harris S, Broughton J, Alattas A,
 * Crawley E, Haywood K, Shaw A, "Children's experiences of chronic fatigue syndrome/myalgic
 * encephalomyelitis (CFS/ME): a systematic review and meta-ethnography of qualitative studies", BMJ
 * Open 2017;7:e012633 (doi:10.1136/bmjopen-2016-012633, CC BY-NC 4.0), kept as a review document,
 * {@code chronic-fatigue-review.json} beside this class.
 *
 * <p><b>Partial.</b> Only the rows of its Table 3 ("Development of third order constructs") that
 * the project's {@code shared/real-reviews/} transcription holds complete are described:
 * third-order constructs 1 and 2 and the first row of construct 3, from six of the ten studies.
 *
 * <p>Its shape: studies cited as "author plus number" ({@code Fisher and Crawley48}); no
 * intervention, no phases, no valence, no stakeholders, no reviewers; each study contributes
 * several second-order constructs to a third-order construct. The third-order constructs are the
 * key concepts (named as printed, compound names included), the second-order constructs the raw
 * concepts (second order, each found in its study), translated in the table's order; the table does
 * not say whether a translation is reciprocal or refutational, so no kind is given. A study's
 * authors are those its printed citation names ({@code Fisher and Crawley}, {@code Winger et al}),
 * and its number is its reference number.
 */
public final class ChronicFatigueReview {
  /** The review document, beside this class. */
  public static final String RESOURCE = "chronic-fatigue-review.json";

  private static final ReviewDocument DOCUMENT =
      ExampleDocuments.load(ChronicFatigueReview.class, RESOURCE);

  private ChronicFatigueReview() {}

  /**
   * The review document: the review, and notes on where it comes from and what it leaves out.
   *
   * @return the document, loaded once
   */
  public static ReviewDocument document() {
    return DOCUMENT;
  }

  /**
   * The review, as far as the transcribed rows of Table 3 describe it.
   *
   * @return the review
   */
  public static Review review() {
    return DOCUMENT.review();
  }

  /**
   * How Table 3 prints a study: its authors as its citation names them, then its reference number,
   * with no space ({@code Fisher and Crawley48}, {@code Winger et al51}, {@code Patel52}).
   *
   * @param paper an included paper of the review
   * @return the study as printed
   */
  public static String asPrinted(Paper paper) {
    List<Author> authors = paper.authors();
    String who =
        paper.etAl() || authors.size() > 2
            ? authors.get(0).surname() + " et al"
            : authors.size() == 2
                ? authors.get(0).surname() + " and " + authors.get(1).surname()
                : authors.get(0).surname();
    return who + paper.citation().number().orElseThrow();
  }

  /**
   * Table 3 in its published long form, headed as the transcription heads it: third-order
   * construct, second-order construct, study as printed, one row per second-order construct in the
   * table's order.
   *
   * @param synthesis the synthesis of {@link #review()}
   * @return the table
   */
  public static Table table3(Synthesis synthesis) {
    return ReviewTables.translationList(
            synthesis, TranslationLayout.standard().citedAs(ChronicFatigueReview::asPrinted))
        .withColumnRenamed("key_concept", "third_order_construct")
        .withColumnRenamed("raw_concept", "second_order_construct")
        .withColumnRenamed("study", "study_as_given");
  }
}

package org.metaethnography.examples.reference;

import com.google.common.collect.ImmutableList;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.examples.documents.ExampleDocuments;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Review;

/**
 * The reference dataset of the library: the meta-ethnography of Embuldeniya G, Veinot P, Bell E,
 * Bell M, Nyhof-Young J, Sale JEM and Britten N, "The experience and impact of chronic disease peer
 * support interventions: a qualitative synthesis", Patient Educ Couns 2013;92:3-12, kept as a
 * review document, {@code peer-support-review.json} beside this class (in {@code
 * examples/src/main/resources}).
 *
 * <p>The document's notes say where each part comes from (Tables 1, 2a, 2b and 3, the reference
 * list, sections 2.4 to 4.1) and which parts are a reconstruction: the 36 raw concepts, which the
 * paper never lists (each concept's note quotes the sentences it rests on), and the line of
 * argument, whose Fig. 1 did not survive (a note per relation names its sentence). The golden
 * tests, hand transcriptions of the paper's tables, check it.
 */
public final class PeerSupportReview {
  /** Where the document is, beside this class. */
  public static final String RESOURCE = "peer-support-review.json";

  private static final ReviewDocument DOCUMENT =
      ExampleDocuments.load(PeerSupportReview.class, RESOURCE);

  /**
   * The reference numbers of the included papers in the order Table 3 lists its rows, top to
   * bottom: by disease (RA, chronic disease, cancer, HIV, CVD, diabetes, asthma), in an order of
   * the paper's own that follows no rule of the data, kept as the document's grid row order.
   */
  public static final ImmutableList<Citation> TABLE_3_ROW_ORDER =
      DOCUMENT.gridRowOrder().orElseThrow();

  private PeerSupportReview() {}

  /**
   * Returns the reference review document: the review, the row order of Table 3 and the notes on
   * where each part comes from.
   *
   * @return the document, loaded once
   */
  public static ReviewDocument document() {
    return DOCUMENT;
  }

  /**
   * Returns the review of Embuldeniya et al. (2013): its searches, exclusions, included papers, key
   * concepts, reconstructed raw concepts with their extractions and translations, key concept grid
   * and line of argument.
   *
   * @return the review, loaded once
   */
  public static Review review() {
    return DOCUMENT.review();
  }
}

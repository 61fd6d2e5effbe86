package org.metaethnography.examples.realreviews;

import java.util.ArrayList;
import java.util.List;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.model.Author;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * A published meta-ethnography of third-order constructs built from studies' second-order
 * constructs, described through the public fluent API with nothing invented: Parslow RM, Harris
 * S, Broughton J, Alattas A, Crawley E, Haywood K, Shaw A, "Children's experiences of chronic
 * fatigue syndrome/myalgic encephalomyelitis (CFS/ME): a systematic review and meta-ethnography
 * of qualitative studies", BMJ Open 2017;7:e012633 (doi:10.1136/bmjopen-2016-012633, CC BY-NC
 * 4.0).
 *
 * <p><b>Partial.</b> Only the rows of its Table 3 ("Development of third order constructs") that
 * the project's {@code shared/real-reviews/} transcription holds complete are described: third-order
 * constructs 1 and 2 and the first row of construct 3, from six of the ten studies.
 *
 * <p>Its shape: studies cited as "author plus number" ({@code Fisher and Crawley48}); no
 * intervention, no phases, no valence, no stakeholders, no reviewers; each study contributes
 * several second-order constructs to a third-order construct. The third-order constructs are the
 * key concepts (named as printed, compound names included), the second-order constructs the raw
 * concepts (second order, each found in its study), translated in the table's order; the table
 * does not say whether a translation is reciprocal or refutational, so no kind is given.
 * A study's authors are those its printed citation names ({@code Fisher and Crawley}, {@code
 * Winger et al}), and its number is its reference number.
 */
public final class ChronicFatigueReview {
  /** Third-order construct 1, as printed. */
  public static final String PHYSICAL = "Disruption and loss: physical\u2014the illness";

  /** Third-order construct 2, as printed. */
  public static final String SOCIAL_LOSS =
      "Disruption and loss: social\u2014loss of a normal adolescent life";

  /** Third-order construct 3 (its first row only), as printed. */
  public static final String DEPENDENCE = "Disruption and loss: social\u2014increased dependence";

  /** Table 3's rows as printed: third-order construct, second-order construct, study number. */
  private static final String[][] ROWS = {
    {PHYSICAL, "Physical experience of CFS/ME", "48"},
    {PHYSICAL, "The body, the illness and me", "51"},
    {PHYSICAL, "Superordinate theme\u2014feeling unwell", "52"},
    {PHYSICAL, "Symptoms", "52"},
    {PHYSICAL, "Physical changes", "52"},
    {
      PHYSICAL,
      "Adolescent CFS experienced as having to adapt to debilitating physical symptoms",
      "53"
    },
    {PHYSICAL, "Being constantly exhausted", "53"},
    {PHYSICAL, "Some level of cognitive disruption", "53"},
    {PHYSICAL, "Learning to accommodate the boom bust cycle", "53"},
    {PHYSICAL, "Physical subsystem: physical exhaustion", "50"},
    {PHYSICAL, "Physical subsystems: sleep disturbances", "50"},
    {PHYSICAL, "Intrapsychic subsystem: general cognitive dysfunction", "50"},
    {PHYSICAL, "Intrapsychic subsystem: neurological signs", "50"},
    {SOCIAL_LOSS, "Superordinate theme\u2014activity", "52"},
    {SOCIAL_LOSS, "Limiting and limited activity", "52"},
    {SOCIAL_LOSS, "Hobbies and interests", "52"},
    {SOCIAL_LOSS, "Stories of loss", "47"},
    {SOCIAL_LOSS, "Social loss and adjustment", "48"},
    {SOCIAL_LOSS, "The loss of normal adolescent life", "48"},
    {SOCIAL_LOSS, "On the side of life\u2014locked in and shut out", "51"},
    {SOCIAL_LOSS, "Adapting to a life put on hold", "53"},
    {SOCIAL_LOSS, "Feeling life has been put on hold", "53"},
    {
      SOCIAL_LOSS,
      "A loss of social knowledge regarding norms and mores due to peer segregation",
      "53"
    },
    {SOCIAL_LOSS, "Overarching theme\u2014impact of feeling unwell", "52"},
    {SOCIAL_LOSS, "Superordinate theme\u2014social life", "52"},
    {SOCIAL_LOSS, "Friends", "52"},
    {SOCIAL_LOSS, "Isolation and loneliness\u2014a demise in peer relationships", "53"},
    {SOCIAL_LOSS, "Ecological subsystem: socialising", "50"},
    {DEPENDENCE, "The need for adjustments to family relationships", "48"},
  };

  private ChronicFatigueReview() {}

  /**
   * The review, as far as the transcribed rows of Table 3 describe it.
   *
   * @return the review
   */
  public static Review review() {
    ReviewBuilder review =
        MetaEthnography.review(
                "Children's experiences of chronic fatigue syndrome/myalgic encephalomyelitis"
                    + " (CFS/ME)")
            .paper(47, p -> p.by("Jelbert").etAl())
            .paper(48, p -> p.by("Fisher", "Crawley"))
            .paper(50, p -> p.by("Lombard"))
            .paper(51, p -> p.by("Winger").etAl())
            .paper(52, p -> p.by("Patel"))
            .paper(53, p -> p.by("Williams-Wilson"));
    for (String construct : List.of(PHYSICAL, SOCIAL_LOSS, DEPENDENCE)) {
      review.keyConcept(construct, k -> {});
      List<String> translated = new ArrayList<>();
      for (String[] row : ROWS) {
        if (row[0].equals(construct)) {
          review
              .concept(row[1], c -> c.secondOrder())
              .found(row[1], Integer.parseInt(row[2]));
          translated.add(row[1]);
        }
      }
      // Table 3 does not say whether a translation is reciprocal or refutational: no kind is given.
      review.translate(construct, translated.toArray(String[]::new));
    }
    return review.build();
  }

  /**
   * How Table 3 prints a study: its authors as its citation names them, then its reference
   * number, with no space ({@code Fisher and Crawley48}, {@code Winger et al51}, {@code
   * Patel52}).
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

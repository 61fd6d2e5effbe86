package org.metaethnography.synthesis.agreement;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Extractions;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;

/**
 * The concept extraction of a review as {@link Ratings}, so that {@link Agreement} measures how far
 * its reviewers agree on which raw concepts each paper holds. The review records only what was
 * found, by whom; the ratings are read from that record as follows.
 *
 * <ul>
 *   <li>A reviewer <em>read</em> a paper when they are among the {@linkplain Extraction#reviewers()
 *       reviewers} of at least one extraction from it. The record does not say who read a paper and
 *       found nothing in it, so a reviewer who found nothing in a paper is taken not to have read
 *       it.
 *   <li>The subjects are the (paper, raw concept) pairs that at least one reviewer of the paper
 *       found, in the order of their first extraction. A concept no one found in a paper is not a
 *       subject: the concepts a paper does not hold cannot be listed. An extraction that names no
 *       reviewer says nothing of who found it, and is left out.
 *   <li>Each reviewer who read the paper rates the pair {@value #FOUND} if they are among the
 *       reviewers of an extraction of that concept from that paper, and {@value #NOT_FOUND} if not;
 *       a reviewer who did not read the paper has no rating of it (a missing rating).
 * </ul>
 *
 * <p>Subjects are named by {@link #subject(Citation, String)}; raters by the reviewers' names; the
 * categories {@value #FOUND} and {@value #NOT_FOUND} are declared, in that order.
 *
 * <p>Because every subject was found by someone, no subject has every rating {@value #NOT_FOUND}:
 * there are no agreed absences to count. Percent agreement is then the share of pairs every reader
 * found, and the specific agreement on {@value #FOUND} (for two reviewers, {@code 2a / (2a + b +
 * c)} with {@code a} the pairs both found and {@code b}, {@code c} those only one did) is the usual
 * summary of agreement on extraction. Chance-corrected coefficients on these ratings are low by
 * construction and are best read beside it. Krippendorff's alpha allows for reviewers who read
 * different papers; Cohen's kappa of two reviewers counts the papers both read.
 *
 * <pre>{@code
 * Agreement extraction = Agreement.of(ExtractionRatings.of(review));
 * Coefficient found = extraction.specificAgreement().get(ExtractionRatings.FOUND);
 * Coefficient alpha = extraction.krippendorffsAlpha();
 * }</pre>
 */
public final class ExtractionRatings {
  /** The category of a reviewer who found the concept in the paper. */
  public static final String FOUND = "found";

  /** The category of a reviewer who read the paper and did not find the concept in it. */
  public static final String NOT_FOUND = "not found";

  private ExtractionRatings() {}

  /**
   * Returns the ratings of the review's concept extraction, as the class description defines them.
   *
   * @param review the review
   * @return for each (paper, raw concept) pair some reviewer found, each reader's rating of it
   */
  public static Ratings of(Review review) {
    Extractions extractions = review.extractions();
    Map<Citation, Set<String>> readers = new LinkedHashMap<>();
    Map<Citation, Map<String, Set<String>>> finders = new LinkedHashMap<>();
    for (int at : extractions.detailedPositions()) {
      Extraction extraction = extractions.get(at);
      List<Reviewer> reviewers = extraction.reviewers();
      if (reviewers.isEmpty()) {
        continue;
      }
      Set<String> read = readers.computeIfAbsent(extraction.paper(), p -> new LinkedHashSet<>());
      Set<String> found =
          finders
              .computeIfAbsent(extraction.paper(), p -> new LinkedHashMap<>())
              .computeIfAbsent(extraction.concept(), c -> new LinkedHashSet<>());
      for (Reviewer reviewer : reviewers) {
        read.add(reviewer.name());
        found.add(reviewer.name());
      }
    }
    Ratings.Builder ratings = Ratings.builder().categories(FOUND, NOT_FOUND);
    finders.forEach(
        (paper, byConcept) ->
            byConcept.forEach(
                (concept, found) -> {
                  String subject = subject(paper, concept);
                  for (String reader : readers.get(paper)) {
                    ratings.rate(subject, reader, found.contains(reader) ? FOUND : NOT_FOUND);
                  }
                }));
    return ratings.build();
  }

  /**
   * Returns the name of the subject that stands for the raw concept {@code concept} in the paper
   * cited as {@code paper}: the citation, a space and the concept's name in double quotes, as in
   * {@code [12] "Time for oneself"} or {@code "Sav 2013" "Time for oneself"}. Double quotes and
   * backslashes within a label or name are escaped with a backslash, so that two pairs never share
   * a name.
   *
   * @param paper the paper's citation
   * @param concept the raw concept's name
   * @return the subject's name in {@link #of(Review)}
   */
  public static String subject(Citation paper, String concept) {
    Objects.requireNonNull(concept);
    String cited = paper.isNumbered() ? paper.toString() : quoted(paper.label().orElseThrow());
    return cited + " " + quoted(concept);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

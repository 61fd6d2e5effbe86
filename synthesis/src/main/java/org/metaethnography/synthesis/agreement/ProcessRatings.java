package org.metaethnography.synthesis.agreement;

import java.util.Objects;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.CompletedForm;
import org.metaethnography.model.Decision;
import org.metaethnography.model.Review;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.Vote;

/**
 * The records of a review's selection as {@link Ratings}, so that {@link Agreement} measures how
 * far its reviewers agreed when they screened and appraised on their own.
 *
 * <ul>
 *   <li>{@link #screening(Review, ScreeningLevel)}: each record screened at that level is a subject
 *       (named by its identifier), each reviewer who voted on it a rater, and their own decision
 *       ({@code include}, {@code exclude}, {@code unsure}) the category. The consensus reached
 *       afterwards, and a third reviewer's decision, are not ratings: they settle disagreements and
 *       are not made independently.
 *   <li>{@link #appraisal(Review)}: each appraised record is a subject, each reviewer who appraised
 *       it independently a rater, and their decision the category; the third reviewer of a disputed
 *       paper is left out for the same reason.
 *   <li>{@link #appraisalItem(Review, String)}: the independent answers to one item of the forms,
 *       the item's answers (of its first form that has it) declared as the categories.
 * </ul>
 *
 * <p>Categories are declared ({@code include}, {@code exclude}, {@code unsure} for decisions), so a
 * category no one used still has its breakdown.
 *
 * <pre>{@code
 * Agreement titles = Agreement.of(ProcessRatings.screening(review, ScreeningLevel.TITLE_AND_ABSTRACT));
 * Coefficient kappa = titles.cohensKappa();
 * }</pre>
 */
public final class ProcessRatings {
  private ProcessRatings() {}

  /**
   * Returns the reviewers' independent votes at one level of screening.
   *
   * @param review the review
   * @param level the level of screening
   * @return the ratings: records by reviewers, categories the decisions
   */
  public static Ratings screening(Review review, ScreeningLevel level) {
    Objects.requireNonNull(level, "level");
    Ratings.Builder ratings = decisions();
    for (SearchRecord record : review.records()) {
      for (Screening screening : record.screenings()) {
        if (screening.level() == level) {
          for (Vote vote : screening.votes()) {
            ratings.rate(record.id(), vote.reviewer().name(), vote.decision().words());
          }
        }
      }
    }
    return ratings.build();
  }

  /**
   * Returns the reviewers' independent decisions at quality appraisal.
   *
   * @param review the review
   * @return the ratings: appraised records by reviewers, categories the decisions
   */
  public static Ratings appraisal(Review review) {
    Ratings.Builder ratings = decisions();
    for (SearchRecord record : review.records()) {
      if (record.appraisal().isPresent()) {
        for (CompletedForm form : record.appraisal().get().assessments()) {
          ratings.rate(record.id(), form.reviewer().name(), form.decision().words());
        }
      }
    }
    return ratings.build();
  }

  /**
   * Returns the reviewers' independent answers to one item of the appraisal forms.
   *
   * @param review the review
   * @param item the item's identifier
   * @return the ratings: records whose appraisal answers the item, by reviewers, categories the
   *     item's answers
   */
  public static Ratings appraisalItem(Review review, String item) {
    Objects.requireNonNull(item, "item");
    Ratings.Builder ratings = Ratings.builder();
    review.appraisalForms().stream()
        .flatMap(f -> f.item(item).stream())
        .findFirst()
        .ifPresent(i -> ratings.categories(i.scale().answers()));
    for (SearchRecord record : review.records()) {
      if (record.appraisal().isEmpty()) {
        continue;
      }
      AppraisalRecord appraisal = record.appraisal().get();
      for (CompletedForm form : appraisal.assessments()) {
        String answer = form.answers().get(item);
        if (answer != null) {
          ratings.rate(record.id(), form.reviewer().name(), answer);
        }
      }
    }
    return ratings.build();
  }

  private static Ratings.Builder decisions() {
    return Ratings.builder()
        .categories(Decision.INCLUDE.words(), Decision.EXCLUDE.words(), Decision.UNSURE.words());
  }
}

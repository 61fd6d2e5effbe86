package org.metaethnography.core;

import java.util.Optional;
import org.metaethnography.model.Decision;
import org.metaethnography.model.Place;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Vote;

/**
 * Describes one screening of a record: each reviewer's independent vote and, where they disagreed,
 * the consensus and how it was reached. Obtained from {@link RecordSpec#titleAndAbstract} and
 * {@link RecordSpec#fullText}.
 *
 * <pre>{@code
 * s -> s.vote("AO", Decision.INCLUDE).vote("SL", Decision.UNSURE).settledBy("JK", Decision.INCLUDE)
 * }</pre>
 */
public final class ScreeningSpec extends Spec {
  private final Screening.Builder screening;

  ScreeningSpec(ReviewDraft draft, Place place, ScreeningLevel level) {
    super(draft, place);
    this.screening = Screening.builder().level(level);
  }

  /**
   * Records a reviewer's independent decision.
   *
   * @param reviewer the reviewer's name, one the review declares
   * @param decision what they decided
   * @return this description
   */
  public ScreeningSpec vote(String reviewer, Decision decision) {
    draft()
        .attempt(place(), () -> Vote.of(Reviewer.of(reviewer), decision))
        .ifPresent(screening::addVotes);
    return this;
  }

  /**
   * Records a reviewer's independent decision with their reason.
   *
   * @param reviewer the reviewer's name, one the review declares
   * @param decision what they decided
   * @param reason why, in their words
   * @return this description
   */
  public ScreeningSpec vote(String reviewer, Decision decision, String reason) {
    draft()
        .attempt(place(), () -> Vote.of(Reviewer.of(reviewer), decision, reason))
        .ifPresent(screening::addVotes);
    return this;
  }

  /**
   * Records the decision the reviewers settled on after disagreeing, and how.
   *
   * @param decision include or exclude
   * @param how how it was settled
   * @return this description
   */
  public ScreeningSpec consensus(Decision decision, Resolution how) {
    return consensus(decision).resolution(how);
  }

  /**
   * Records the decision the reviewers settled on after disagreeing, where the review does not say
   * how they settled it.
   *
   * @param decision include or exclude
   * @return this description
   */
  public ScreeningSpec consensus(Decision decision) {
    once("consensus", decision, screening::consensus);
    return this;
  }

  /**
   * Records how the final decision was reached, for example {@link Resolution#AGREEMENT} stated for
   * a screening whose reviewers agreed.
   *
   * @param how how it was reached
   * @return this description
   */
  public ScreeningSpec resolution(Resolution how) {
    once("resolution", how, screening::resolution);
    return this;
  }

  /**
   * Names the third reviewer who settled a disagreement, without stating their decision or how the
   * disagreement was settled (see {@link #settledBy(String, Decision)} for the usual case).
   *
   * @param thirdReviewer the third reviewer's name, one the review declares
   * @return this description
   */
  public ScreeningSpec thirdReviewer(String thirdReviewer) {
    onceMade("third reviewer", () -> Reviewer.of(thirdReviewer), screening::arbiter);
    return this;
  }

  /**
   * Records that a third reviewer settled a disagreement, and their decision.
   *
   * @param thirdReviewer the third reviewer's name, one the review declares
   * @param decision include or exclude
   * @return this description
   */
  public ScreeningSpec settledBy(String thirdReviewer, Decision decision) {
    return thirdReviewer(thirdReviewer).consensus(decision, Resolution.THIRD_REVIEWER);
  }

  /**
   * Records the reason for the final decision, for example why a full text was excluded.
   *
   * @param reason the reason, in the review's words
   * @return this description
   */
  public ScreeningSpec reason(String reason) {
    once("reason", reason, screening::reason);
    return this;
  }

  Optional<Screening> build() {
    return draft().attempt(place(), screening::build);
  }
}

package org.metaethnography.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.CompletedForm;
import org.metaethnography.model.Decision;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.Place;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Reviewer;

/**
 * Describes the quality appraisal of one record: each reviewer's completed form, the third
 * reviewer's for a disputed paper, and where the team settled it otherwise, the final decision.
 * Obtained from {@link RecordSpec#appraised(String, Consumer)}.
 */
public final class AppraisalRecordSpec extends Spec {
  private final AppraisalRecord.Builder appraisal;

  AppraisalRecordSpec(ReviewDraft draft, Place place, String form) {
    super(draft, place);
    this.appraisal = AppraisalRecord.builder().form(form);
  }

  /**
   * Records one reviewer's independent appraisal.
   *
   * @param reviewer the reviewer's name, one the review declares
   * @param form their answers and decision; see {@link FormSpec}
   * @return this description
   */
  public AppraisalRecordSpec by(String reviewer, Consumer<FormSpec> form) {
    completed(reviewer, form).ifPresent(appraisal::addAssessments);
    return this;
  }

  /**
   * Records the appraisal of the third reviewer who settled a dispute.
   *
   * @param reviewer the third reviewer's name, one the review declares
   * @param form their answers and decision; see {@link FormSpec}
   * @return this description
   */
  public AppraisalRecordSpec thirdReviewer(String reviewer, Consumer<FormSpec> form) {
    completed(reviewer, form).ifPresent(f -> once("third reviewer", f, appraisal::arbiter));
    return this;
  }

  /**
   * States the final decision the team settled on, and how, where it is not simply the third
   * reviewer's or the one every reviewer gave.
   *
   * @param decision include or exclude
   * @param how how it was settled
   * @return this description
   */
  public AppraisalRecordSpec decided(Decision decision, Resolution how) {
    return decided(decision).resolution(how);
  }

  /**
   * States the final decision, where the review does not say how it was reached.
   *
   * @param decision include or exclude
   * @return this description
   */
  public AppraisalRecordSpec decided(Decision decision) {
    once("decision", decision, appraisal::stated);
    return this;
  }

  /**
   * States how the final decision was reached, for example {@link Resolution#AGREEMENT} for a paper
   * whose reviewers agreed.
   *
   * @param how how it was reached
   * @return this description
   */
  public AppraisalRecordSpec resolution(Resolution how) {
    once("resolution", how, appraisal::resolution);
    return this;
  }

  /**
   * States the exclusion reason of the final decision.
   *
   * @param reason one of the review's exclusion reasons
   * @return this description
   */
  public AppraisalRecordSpec reason(String reason) {
    onceMade("reason", () -> ExclusionReason.of(reason), appraisal::statedReason);
    return this;
  }

  /**
   * States the paper's quality category, for example {@code "key paper"}.
   *
   * @param category the category
   * @return this description
   */
  public AppraisalRecordSpec category(String category) {
    once("category", category, appraisal::category);
    return this;
  }

  private Optional<CompletedForm> completed(String reviewer, Consumer<FormSpec> description) {
    FormSpec form = new FormSpec(draft(), place());
    Objects.requireNonNull(description).accept(form);
    Optional<Reviewer> who = draft().attempt(place(), () -> Reviewer.of(reviewer));
    return who.flatMap(form::build);
  }

  Optional<AppraisalRecord> build() {
    return draft().attempt(place(), appraisal::build);
  }

  /** Describes one reviewer's completed appraisal form: answers, decision, reason and note. */
  public static final class FormSpec extends Spec {
    private final CompletedForm.Builder form = CompletedForm.builder();

    FormSpec(ReviewDraft draft, Place place) {
      super(draft, place);
    }

    /**
     * Records the answer to one item.
     *
     * @param item the item's identifier in the form
     * @param answer one of the item's answers
     * @return this description
     */
    public FormSpec answer(String item, String answer) {
      once("answer to \"" + item + "\"", answer, a -> form.putAnswers(item, a));
      return this;
    }

    /**
     * Records the reviewer's decision to include the paper.
     *
     * @return this description
     */
    public FormSpec include() {
      once("decision", Decision.INCLUDE, form::decision);
      return this;
    }

    /**
     * Records the reviewer's decision to exclude the paper, for a reason from the review's list.
     *
     * @param reason the exclusion reason
     * @return this description
     */
    public FormSpec exclude(String reason) {
      return exclude().reason(reason);
    }

    /**
     * Records the exclusion reason the reviewer gives, from the review's list; a reviewer who gives
     * one must {@linkplain #exclude() exclude} the paper.
     *
     * @param reason the exclusion reason
     * @return this description
     */
    public FormSpec reason(String reason) {
      onceMade("reason", () -> ExclusionReason.of(reason), form::reason);
      return this;
    }

    /**
     * Records the reviewer's decision to exclude the paper, without a reason.
     *
     * @return this description
     */
    public FormSpec exclude() {
      once("decision", Decision.EXCLUDE, form::decision);
      return this;
    }

    /**
     * Records that the reviewer could not decide alone.
     *
     * @return this description
     */
    public FormSpec unsure() {
      once("decision", Decision.UNSURE, form::decision);
      return this;
    }

    /**
     * Records the reviewer's note.
     *
     * @param note the note
     * @return this description
     */
    public FormSpec note(String note) {
      once("note", note, form::note);
      return this;
    }

    Optional<CompletedForm> build(Reviewer reviewer) {
      if (given("decision").isEmpty()) {
        problem("appraisal by " + reviewer + " must give the reviewer's decision");
        return Optional.empty();
      }
      return draft().attempt(place(), () -> form.reviewer(reviewer).build());
    }
  }
}

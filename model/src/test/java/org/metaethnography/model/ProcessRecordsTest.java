package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.metaethnography.model.Decision.EXCLUDE;
import static org.metaethnography.model.Decision.INCLUDE;
import static org.metaethnography.model.Decision.UNSURE;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values that record the review process, each checking its own rules. */
final class ProcessRecordsTest {
  private static final Reviewer AO = Reviewer.of("AO");
  private static final Reviewer SL = Reviewer.of("SL");
  private static final Reviewer JK = Reviewer.of("JK");

  /** A record kept at every step and appraised with the Letts form by two agreeing reviewers. */
  static SearchRecord appraised() {
    return SearchRecord.builder()
        .id("R1")
        .addFoundBy("MEDLINE")
        .addScreenings(Screening.agreed(ScreeningLevel.TITLE_AND_ABSTRACT, INCLUDE, AO, SL))
        .addScreenings(Screening.agreed(ScreeningLevel.FULL_TEXT, INCLUDE, AO, SL))
        .appraisal(
            AppraisalRecord.builder()
                .form(AppraisalForms.LETTS_QUALITATIVE)
                .addAssessments(
                    CompletedForm.builder().reviewer(AO).decision(INCLUDE).build(),
                    CompletedForm.builder().reviewer(SL).decision(INCLUDE).build())
                .build())
        .paper(Citation.of(1))
        .build();
  }

  @Test
  void lettsForm_hasTheFormsSectionsInOrder_andItsAnswerScales() {
    AppraisalForm form = AppraisalForms.lettsQualitative();
    assertThat(form.name()).isEqualTo("Critical review form: qualitative studies");
    assertThat(form.version()).contains("2.0");
    assertThat(form.items()).hasSize(26);
    assertThat(form.items().stream().map(i -> i.section().orElseThrow()).distinct())
        .containsExactly(
            "Study purpose",
            "Literature",
            "Study design",
            "Sampling",
            "Data collection: descriptive clarity",
            "Data collection: procedural rigour",
            "Data analyses: analytical rigour",
            "Data analyses: auditability",
            "Data analyses: theoretical connections",
            "Overall rigour",
            "Conclusions and implications");
    // The form's sampling questions allow "not addressed"; its purpose question does not.
    assertThat(form.item("redundancy").orElseThrow().scale().answers())
        .containsExactly("yes", "no", "not addressed");
    assertThat(form.item("purpose").orElseThrow().scale().answers()).containsExactly("yes", "no");
    assertThat(form.isScored()).isFalse();
    assertThat(form.maximum()).isEmpty();
  }

  @Test
  void scoredLettsForm_countsYesAnswers_outOfTheItemsThatAllowYes() {
    AppraisalForm scored =
        AppraisalForms.scored(AppraisalForms.lettsQualitative(), "yes", BigDecimal.ONE);
    // 26 items, of which the design and the main method are answered by name, not yes or no.
    assertThat(scored.maximum()).contains(BigDecimal.valueOf(24));
    AppraisalRecord record =
        AppraisalRecord.builder()
            .form(scored.name())
            .addAssessments(
                CompletedForm.builder()
                    .reviewer(AO)
                    .putAnswers("purpose", "yes")
                    .putAnswers("literature", "no")
                    .putAnswers("design", "ethnography")
                    .putAnswers("redundancy", "not addressed")
                    .putAnswers("consent", "yes")
                    .decision(INCLUDE)
                    .build())
            .build();
    assertThat(record.summary(scored).score()).contains(Score.of(2, 24));
    assertThat(record.summary(scored).tool()).contains(scored.name());
  }

  @Test
  void screening_settledByAThirdReviewer_takesTheirDecision() {
    Screening screening =
        Screening.builder()
            .level(ScreeningLevel.TITLE_AND_ABSTRACT)
            .addVotes(Vote.of(AO, UNSURE), Vote.of(SL, EXCLUDE, "not peer support"))
            .consensus(EXCLUDE)
            .resolution(Resolution.THIRD_REVIEWER)
            .arbiter(JK)
            .build();
    assertThat(screening.isDisagreement()).isTrue();
    assertThat(screening.decision()).isEqualTo(EXCLUDE);
    assertThat(screening.howDecided()).contains(Resolution.THIRD_REVIEWER);
    Screening agreed = Screening.agreed(ScreeningLevel.FULL_TEXT, INCLUDE, AO, SL);
    assertThat(agreed.isDisagreement()).isFalse();
    assertThat(agreed.howDecided()).contains(Resolution.AGREEMENT);
  }

  @Test
  void screening_unresolvedOrContradictory_isRejected_withEveryProblem() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                Screening.builder()
                    .level(ScreeningLevel.FULL_TEXT)
                    .addVotes(Vote.of(AO, INCLUDE), Vote.of(AO, EXCLUDE))
                    .resolution(Resolution.AGREEMENT)
                    .arbiter(AO)
                    .build());
    assertThat(e.problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "full text screening: names reviewer \"AO\" more than once",
            "full text screening: reviewers disagreed or were unsure ([AO: include, AO: exclude]),"
                + " so the screening must give the consensus decision",
            "full text screening: reviewers disagreed or were unsure ([AO: include, AO: exclude]),"
                + " so the resolution cannot be agreement",
            "full text screening: names a third reviewer (AO), so the resolution must be third"
                + " reviewer",
            "full text screening: third reviewer (AO) must not be one of the reviewers who voted");
  }

  @Test
  void screening_consensusOfUnsure_orAgainstUnanimousVotes_isRejected() {
    assertThat(
            catchThrowableOfType(
                InvalidValueException.class,
                () ->
                    Screening.builder()
                        .level(ScreeningLevel.FULL_TEXT)
                        .addVotes(Vote.of(AO, INCLUDE), Vote.of(SL, INCLUDE))
                        .consensus(EXCLUDE)
                        .build()))
        .hasMessage(
            "full text screening: every reviewer decided include, so the consensus cannot be"
                + " exclude");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        Screening.builder()
                            .level(ScreeningLevel.FULL_TEXT)
                            .addVotes(Vote.of(AO, UNSURE))
                            .consensus(UNSURE)
                            .build())
                .problems())
        .extracting(ReviewProblem::message)
        .contains("full text screening: consensus must be include or exclude, not unsure");
  }

  @Test
  void disputedAppraisal_isDecidedByTheThirdReviewer_withTheirReason() {
    AppraisalRecord record =
        AppraisalRecord.builder()
            .form("Checklist")
            .addAssessments(
                CompletedForm.builder()
                    .reviewer(AO)
                    .decision(EXCLUDE)
                    .reason(ExclusionReason.of("Review"))
                    .build(),
                CompletedForm.builder().reviewer(SL).decision(INCLUDE).build())
            .arbiter(
                CompletedForm.builder()
                    .reviewer(JK)
                    .decision(EXCLUDE)
                    .reason(ExclusionReason.of("Duplicate"))
                    .build())
            .build();
    assertThat(record.isDisputed()).isTrue();
    assertThat(record.decision()).isEqualTo(EXCLUDE);
    assertThat(record.reason()).contains(ExclusionReason.of("Duplicate"));
  }

  @Test
  void agreedExclusion_takesTheReasonBothGave_andNoneWhenTheyDiffer() {
    CompletedForm.Builder ao = CompletedForm.builder().reviewer(AO).decision(EXCLUDE);
    CompletedForm.Builder sl = CompletedForm.builder().reviewer(SL).decision(EXCLUDE);
    AppraisalRecord same =
        AppraisalRecord.builder()
            .form("Checklist")
            .addAssessments(
                ao.reason(ExclusionReason.of("Review")).build(),
                sl.reason(ExclusionReason.of("Review")).build())
            .build();
    assertThat(same.reason()).contains(ExclusionReason.of("Review"));
    AppraisalRecord different =
        AppraisalRecord.builder()
            .form("Checklist")
            .addAssessments(
                ao.reason(ExclusionReason.of("Review")).build(),
                sl.reason(ExclusionReason.of("Duplicate")).build())
            .build();
    assertThat(different.reason()).isEmpty();
    assertThat(
            AppraisalRecord.builder()
                .from(different)
                .statedReason(ExclusionReason.of("Duplicate"))
                .build()
                .reason())
        .contains(ExclusionReason.of("Duplicate"));
  }

  @Test
  void appraisal_disputeWithoutSettlement_orArbiterWithoutDispute_isRejected() {
    assertThat(
            catchThrowableOfType(
                InvalidValueException.class,
                () ->
                    AppraisalRecord.builder()
                        .form("Checklist")
                        .addAssessments(
                            CompletedForm.builder().reviewer(AO).decision(EXCLUDE).build(),
                            CompletedForm.builder().reviewer(SL).decision(INCLUDE).build())
                        .build()))
        .hasMessage(
            "appraisal: reviewers disagreed ([AO: exclude, SL: include]), so the record must give"
                + " a third reviewer's appraisal or the final decision");
    assertThat(
            catchThrowableOfType(
                InvalidValueException.class,
                () ->
                    AppraisalRecord.builder()
                        .form("Checklist")
                        .addAssessments(
                            CompletedForm.builder().reviewer(AO).decision(INCLUDE).build())
                        .arbiter(CompletedForm.builder().reviewer(JK).decision(INCLUDE).build())
                        .build()))
        .hasMessage(
            "appraisal: reviewers agreed, so there is no dispute for a third reviewer (JK) to"
                + " settle");
  }

  @Test
  void recordKey_comparesDoisWithoutCase_andTitlesByLettersAndDigits() {
    SearchRecord doi = SearchRecord.builder().id("a").addFoundBy("S").doi(" 10.1/AbC ").build();
    assertThat(doi.key()).isEqualTo("doi:10.1/abc");
    SearchRecord title =
        SearchRecord.builder().id("b").addFoundBy("S").title("Peer Support—a Study (2009)").build();
    assertThat(title.key()).isEqualTo("title:peer support a study 2009");
    assertThat(SearchRecord.builder().id("c").addFoundBy("S").build().key()).isEqualTo("id:c");
  }

  @Test
  void record_reachesStages_asItsStepsSay() {
    SearchRecord record = appraised();
    for (Stage stage : Stage.values()) {
      assertThat(record.reached(stage, true)).as(stage.words()).isTrue();
    }
    SearchRecord handSearched =
        SearchRecord.builder()
            .id("H1")
            .addFoundBy("Experts")
            .addScreenings(Screening.agreed(ScreeningLevel.FULL_TEXT, INCLUDE, AO))
            .build();
    assertThat(handSearched.reached(Stage.ABSTRACTS_REVIEWED, false)).isFalse();
    assertThat(handSearched.reached(Stage.ARTICLES_RETRIEVED, false)).isTrue();
    // Kept at full text: included where appraisal is no step, awaiting appraisal where it is.
    assertThat(handSearched.reached(Stage.ARTICLES_INCLUDED, false)).isTrue();
    assertThat(handSearched.reached(Stage.ARTICLES_INCLUDED, true)).isFalse();
  }

  @Test
  void record_withStepsAfterAnExclusion_isRejected() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                SearchRecord.builder()
                    .id("R2")
                    .addFoundBy("MEDLINE")
                    .addScreenings(Screening.agreed(ScreeningLevel.FULL_TEXT, EXCLUDE, AO, SL))
                    .paper(Citation.of(4))
                    .build());
    assertThat(e)
        .hasMessage(
            "record \"R2\": was excluded at full text, so it cannot be appraised or become an"
                + " included paper");
  }

  @Test
  void forms_andScales_checkTheirOwnRules() {
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        AnswerScale.builder()
                            .addAnswers("yes")
                            .putPoints("maybe", BigDecimal.ONE)
                            .build())
                .problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "answer scale: must allow at least two answers: [yes]",
            "answer scale: gives points to \"maybe\", which is not one of its answers [yes]");
    AnswerScale yesNo = AnswerScale.of("yes", "no");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        AppraisalForm.builder()
                            .name("Checklist")
                            .addItems(FormItem.of("aims", Optional.empty(), "Aims?", yesNo))
                            .addItems(FormItem.of("aims", Optional.empty(), "Aims again?", yesNo))
                            .putCategories("good", BigDecimal.ONE)
                            .build())
                .problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "appraisal form \"Checklist\": names item \"aims\" more than once",
            "appraisal form \"Checklist\": has categories but no item scores points");
  }
}

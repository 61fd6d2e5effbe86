package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The quality appraisal of one full text: the form used, each reviewer's independently {@linkplain
 * CompletedForm completed form}, the third reviewer's form where the first disagreed, and the final
 * decision with its exclusion reason.
 *
 * <p>When the reviewers' own decisions agree, theirs is the final decision. When they differ (the
 * paper is {@linkplain #isDisputed() disputed}) the third reviewer's form decides, or the record
 * states the {@linkplain #decision() decision} the team settled on. An excluded paper carries the
 * {@linkplain #reason() reason} from the review's own list; where the record does not state one,
 * the reason all deciding reviewers gave is taken.
 *
 * <p>A completed appraisal yields the review's {@linkplain #summary(AppraisalForm) appraisal
 * summary} of the paper (tool, score, category), which sensitivity analyses use.
 */
@Value.Immutable
public abstract class AppraisalRecord {
  AppraisalRecord() {}

  /**
   * Returns a builder; the form's name and at least one completed form are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the name of the appraisal form used, one the review declares} */
  public abstract String form();

  /** {@return each reviewer's independent appraisal, in the order given} */
  public abstract ImmutableList<CompletedForm> assessments();

  /** {@return the third reviewer's appraisal of a disputed paper, if one was made} */
  public abstract Optional<CompletedForm> arbiter();

  /** {@return the final decision as the record states it, if it does} */
  public abstract Optional<Decision> stated();

  /** {@return how the final decision was reached, if the review says} */
  public abstract Optional<Resolution> resolution();

  /** {@return the exclusion reason of the final decision as the record states it, if it does} */
  public abstract Optional<ExclusionReason> statedReason();

  /** {@return the paper's quality category as the record states it, if it does} */
  public abstract Optional<String> category();

  /**
   * Whether the independent appraisals disagree on the decision (or any reviewer was unsure).
   *
   * @return true if the paper was disputed
   */
  public final boolean isDisputed() {
    Decision first = assessments().get(0).decision();
    return assessments().stream()
        .anyMatch(a -> a.decision() != first || a.decision() == Decision.UNSURE);
  }

  /**
   * The forms whose decisions stand: the third reviewer's for a disputed paper that went to one,
   * otherwise the independent appraisals.
   *
   * @return the deciding forms
   */
  public final ImmutableList<CompletedForm> deciding() {
    return isDisputed() && arbiter().isPresent()
        ? ImmutableList.of(arbiter().get())
        : assessments();
  }

  /**
   * The final decision: as stated, else the third reviewer's, else the one every reviewer gave.
   *
   * @return include or exclude
   */
  public final Decision decision() {
    return stated().orElse(deciding().get(0).decision());
  }

  /**
   * The exclusion reason of the final decision: as stated, else the one every deciding reviewer
   * gave.
   *
   * @return the reason, if the paper was excluded and a reason is known
   */
  public final Optional<ExclusionReason> reason() {
    if (decision() != Decision.EXCLUDE) {
      return Optional.empty();
    }
    if (statedReason().isPresent()) {
      return statedReason();
    }
    List<Optional<ExclusionReason>> given = new ArrayList<>();
    for (CompletedForm form : deciding()) {
      if (form.decision() == Decision.EXCLUDE) {
        given.add(form.reason());
      }
    }
    return given.stream().distinct().count() == 1 ? given.get(0) : Optional.empty();
  }

  /**
   * The appraisal summary the record yields with its form: the form's name as the tool; where the
   * form is scored, the score of the deciding forms (a range when their scores differ) out of the
   * form's maximum; the category as stated, else the form's category of the score when the whole
   * range falls in one.
   *
   * @param form the form the record names
   * @return the summary
   * @throws IllegalArgumentException if {@code form} is not the form the record names
   */
  public final Appraisal summary(AppraisalForm form) {
    if (!form.name().equals(form())) {
      throw new IllegalArgumentException(
          String.format(
              "appraisal record uses form \"%s\", not \"%s\"",
              Names.printable(form()), Names.printable(form.name())));
    }
    Appraisal.Builder summary = Appraisal.builder().tool(form.name());
    Optional<String> category = category();
    if (form.isScored()) {
      BigDecimal low = null;
      BigDecimal high = null;
      for (CompletedForm completed : deciding()) {
        BigDecimal points = points(form, completed);
        low = low == null || points.compareTo(low) < 0 ? points : low;
        high = high == null || points.compareTo(high) > 0 ? points : high;
      }
      summary.score(Score.range(low, high, form.maximum()));
      if (category.isEmpty()) {
        Optional<String> lowest = form.category(low);
        category = lowest.equals(form.category(high)) ? lowest : Optional.empty();
      }
    }
    category.ifPresent(summary::category);
    return summary.build();
  }

  /**
   * The appraisal summary each record's appraisal yields for the included paper it became, where
   * the record names a form declared once among {@code forms}: the appraisal a paper that states
   * none of its own takes from its record.
   *
   * @param records the records of a review
   * @param forms the appraisal forms it declares
   * @return the summaries by paper, the first record of a paper winning
   */
  public static ImmutableMap<Citation, Appraisal> summaries(
      Iterable<SearchRecord> records, Iterable<AppraisalForm> forms) {
    java.util.Objects.requireNonNull(records, "records");
    java.util.Objects.requireNonNull(forms, "forms");
    Map<String, AppraisalForm> byName = new HashMap<>();
    Map<String, Integer> declared = new HashMap<>();
    for (AppraisalForm form : forms) {
      byName.putIfAbsent(form.name(), form);
      declared.merge(form.name(), 1, Integer::sum);
    }
    Map<Citation, Appraisal> summaries = new LinkedHashMap<>();
    for (SearchRecord record : records) {
      if (record.paper().isEmpty() || record.appraisal().isEmpty()) {
        continue;
      }
      String form = record.appraisal().get().form();
      if (declared.getOrDefault(form, 0) == 1 && !summaries.containsKey(record.paper().get())) {
        summaries.put(record.paper().get(), record.appraisal().get().summary(byName.get(form)));
      }
    }
    return ImmutableMap.copyOf(summaries);
  }

  private static BigDecimal points(AppraisalForm form, CompletedForm completed) {
    BigDecimal sum = BigDecimal.ZERO;
    for (var answer : completed.answers().entrySet()) {
      Optional<FormItem> item = form.item(answer.getKey());
      if (item.isPresent()) {
        sum = sum.add(item.get().scale().points().getOrDefault(answer.getValue(), BigDecimal.ZERO));
      }
    }
    return sum;
  }

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of("appraisal")
            .name("form", form())
            .require(!assessments().isEmpty(), "", "must record at least one reviewer's appraisal")
            .distinct("reviewer", assessments().stream().map(CompletedForm::reviewer).toList());
    category().ifPresent(c -> checks.name("category", c));
    stated()
        .ifPresent(
            d ->
                checks.require(
                    d != Decision.UNSURE,
                    d.words(),
                    "final decision must be include or exclude, not unsure"));
    statedReason()
        .ifPresent(
            r ->
                checks.require(
                    stated().orElse(Decision.EXCLUDE) == Decision.EXCLUDE,
                    r.name(),
                    "states an exclusion reason (%s) but the final decision is %s",
                    r.name(),
                    stated().map(Decision::words).orElse("")));
    if (!assessments().isEmpty()) {
      if (isDisputed()) {
        checks.require(
            arbiter().isPresent() || stated().isPresent(),
            assessments().toString(),
            "reviewers disagreed (%s), so the record must give a third reviewer's appraisal or the"
                + " final decision",
            assessments());
        arbiter()
            .ifPresent(
                a -> {
                  checks.require(
                      resolution().orElse(Resolution.THIRD_REVIEWER) == Resolution.THIRD_REVIEWER,
                      a.reviewer().name(),
                      "gives a third reviewer's appraisal (%s), so the resolution must be third"
                          + " reviewer",
                      a.reviewer());
                  stated()
                      .ifPresent(
                          d ->
                              checks.require(
                                  d == a.decision(),
                                  d.words(),
                                  "third reviewer (%s) decided %s, so the final decision cannot be"
                                      + " %s",
                                  a.reviewer(),
                                  a.decision().words(),
                                  d.words()));
                  checks.require(
                      a.decision() != Decision.UNSURE,
                      a.reviewer().name(),
                      "third reviewer (%s) must decide include or exclude, not unsure",
                      a.reviewer());
                  checks.require(
                      assessments().stream().noneMatch(f -> f.reviewer().equals(a.reviewer())),
                      a.reviewer().name(),
                      "third reviewer (%s) must not be one of the reviewers who appraised first",
                      a.reviewer());
                });
        checks.require(
            resolution().orElse(Resolution.DISCUSSION) != Resolution.AGREEMENT,
            assessments().toString(),
            "reviewers disagreed (%s), so the resolution cannot be agreement",
            assessments());
      } else {
        Decision agreed = assessments().get(0).decision();
        stated()
            .ifPresent(
                d ->
                    checks.require(
                        d == agreed,
                        d.words(),
                        "every reviewer decided %s, so the final decision cannot be %s",
                        agreed.words(),
                        d.words()));
        checks.require(
            arbiter().isEmpty(),
            arbiter().map(a -> a.reviewer().name()).orElse(""),
            "reviewers agreed, so there is no dispute for a third reviewer (%s) to settle",
            arbiter().map(a -> a.reviewer().name()).orElse(""));
      }
    }
    checks.done();
  }

  @Override
  public final String toString() {
    return form() + ": " + (assessments().isEmpty() ? "" : decision().words());
  }

  /** Builds an {@link AppraisalRecord}; every setter returns this builder. */
  public static final class Builder extends ImmutableAppraisalRecord.Builder {
    Builder() {}
  }
}

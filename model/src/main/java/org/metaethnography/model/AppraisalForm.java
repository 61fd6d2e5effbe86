package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A critical appraisal tool as data: its name (the {@linkplain Appraisal#tool() tool} of the
 * appraisal summaries it yields), its items with their answer scales, and, where the review scores
 * the form, the categories its scores fall into.
 *
 * <p>A ready form ships for qualitative studies: {@link AppraisalForms#lettsQualitative()}. Reviews
 * may declare their own.
 *
 * <pre>{@code
 * AnswerScale yesNo = AnswerScale.builder().addAnswers("yes", "no").putPoints("yes", BigDecimal.ONE).build();
 * AppraisalForm form = AppraisalForm.builder()
 *     .name("Team checklist")
 *     .addItems(FormItem.of("aims", Optional.empty(), "Are the aims stated?", yesNo))
 *     .putCategories("adequate", BigDecimal.ONE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AppraisalForm {
  AppraisalForm() {}

  /**
   * Returns a builder; the name and at least one item are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the form's name, by which appraisal records refer to it} */
  public abstract String name();

  /** {@return the form's version, if it has one} */
  public abstract Optional<String> version();

  /** {@return the items, in the form's order} */
  public abstract ImmutableList<FormItem> items();

  /**
   * The categories a score falls into, each with the lowest score that reaches it, best first: a
   * score is in the first category whose minimum it reaches. Empty when the review does not
   * categorise scores.
   *
   * @return category names mapped to their minimum scores
   */
  public abstract ImmutableMap<String, BigDecimal> categories();

  /**
   * Returns the item with the identifier given.
   *
   * @param id the item's identifier
   * @return the item, if the form has it
   */
  public final Optional<FormItem> item(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Whether any item scores points.
   *
   * @return true if completed forms yield a score
   */
  public final boolean isScored() {
    return items().stream().anyMatch(i -> i.scale().isScored());
  }

  /**
   * The best score a completed form can reach: the sum of each scored item's best answer.
   *
   * @return the maximum score, if the form is scored
   */
  public final Optional<BigDecimal> maximum() {
    return isScored()
        ? Optional.of(
            items().stream()
                .map(i -> i.scale().maximum().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        : Optional.empty();
  }

  /**
   * The category a score falls into.
   *
   * @param score a score of this form
   * @return the first category whose minimum the score reaches, if any
   */
  public final Optional<String> category(BigDecimal score) {
    java.util.Objects.requireNonNull(score, "score");
    return categories().entrySet().stream()
        .filter(c -> score.compareTo(c.getValue()) >= 0)
        .map(java.util.Map.Entry::getKey)
        .findFirst();
  }

  @Value.Check
  final void check() {
    Checks checks =
        Checks.at(new Place.OfForm(name()))
            .name("form", name())
            .text("version", version())
            .require(!items().isEmpty(), "", "must have at least one item")
            .distinct("item", items().stream().map(FormItem::id).toList());
    BigDecimal previous = null;
    for (var category : categories().entrySet()) {
      checks.name("category", category.getKey());
      if (previous != null) {
        checks.require(
            category.getValue().compareTo(previous) < 0,
            category.getValue().toPlainString(),
            "categories must be listed best first, each with a lower minimum than the one before;"
                + " \"%s\" has minimum %s after %s",
            category.getKey(),
            category.getValue().toPlainString(),
            previous.toPlainString());
      }
      previous = category.getValue();
    }
    checks.require(
        categories().isEmpty() || isScored(),
        categories().keySet().toString(),
        "has categories but no item scores points");
    checks.done();
  }

  @Override
  public final String toString() {
    return name() + version().map(v -> " (" + v + ")").orElse("");
  }

  /** Builds an {@link AppraisalForm}; every setter returns this builder. */
  public static final class Builder extends ImmutableAppraisalForm.Builder {
    Builder() {}
  }
}

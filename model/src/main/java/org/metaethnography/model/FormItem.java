package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One question of an appraisal form: an identifier the completed forms refer to, the section of the
 * form it belongs to, its wording, and the answers it allows.
 */
@Value.Immutable
public abstract class FormItem {
  FormItem() {}

  /**
   * Returns an item.
   *
   * @param id a short identifier, unique within its form, for example {@code "purpose"}
   * @param section the section of the form, for example {@code "Study purpose"}; empty for a form
   *     without sections
   * @param wording the question as reviewers read it
   * @param scale the answers it allows
   * @return the item
   */
  public static FormItem of(
      String id, Optional<String> section, String wording, AnswerScale scale) {
    return ImmutableFormItem.builder()
        .id(Names.nfc(id))
        .section(section.map(Names::nfc))
        .wording(wording)
        .scale(scale)
        .build();
  }

  /** {@return the identifier completed forms use for this item} */
  public abstract String id();

  /** {@return the section of the form the item belongs to, if the form has sections} */
  public abstract Optional<String> section();

  /** {@return the question as reviewers read it} */
  public abstract String wording();

  /** {@return the answers the item allows} */
  public abstract AnswerScale scale();

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of("form item").name("item", id()).text("wording", Optional.of(wording()));
    section().ifPresent(s -> checks.name("section", s));
    checks.done();
  }

  @Override
  public final String toString() {
    return id();
  }
}

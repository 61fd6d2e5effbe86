package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whose views a paper reports, or a concept voices: one stakeholder group, several, or none
 * designated (as in a bidirectional design, where every participant both gives and receives).
 *
 * <p>Meta-ethnography keeps "a record of whose first order perspective was represented", so that a
 * key concept can later be said to concern one stakeholder group or several.
 *
 * <pre>{@code
 * Perspective carers = Perspective.of(Stakeholder.of("carer"));
 * Perspective both = Perspective.of(Stakeholder.of("patient"), Stakeholder.of("carer"));
 * Perspective pairs = Perspective.undesignated("Bidirectional (no designation of roles)");
 * }</pre>
 */
@Value.Immutable(copy = false, prehash = true)
public abstract class Perspective {
  Perspective() {}

  /**
   * Returns the perspective of the given stakeholders, in the order given.
   *
   * @param stakeholders one or more distinct stakeholders
   * @return the perspective
   * @throws IllegalArgumentException if there are none or one is given twice
   */
  public static Perspective of(Stakeholder... stakeholders) {
    return of(Arrays.asList(stakeholders));
  }

  /**
   * Returns the perspective of the given stakeholders, in iteration order.
   *
   * @param stakeholders one or more distinct stakeholders
   * @return the perspective
   * @throws IllegalArgumentException if there are none or one is given twice
   */
  public static Perspective of(Iterable<Stakeholder> stakeholders) {
    ImmutableList<Stakeholder> given = ImmutableList.copyOf(stakeholders);
    Checks.of("perspective")
        .require(!given.isEmpty(), given, "must name at least one stakeholder or be undesignated")
        .distinct("stakeholder", given)
        .done();
    return ImmutablePerspective.builder().stakeholders(given).build();
  }

  /**
   * Returns a perspective in which no stakeholder group is designated, described in the review's
   * own words, for example {@code "Bidirectional (no designation of roles)"}.
   *
   * @param description how the study designates (or does not designate) its participants
   * @return the perspective
   * @throws IllegalArgumentException if the description is blank
   */
  public static Perspective undesignated(String description) {
    return ImmutablePerspective.builder().undesignated(description).build();
  }

  /**
   * {@return the stakeholders whose views are reported, in the order given; empty when
   * undesignated. Perspectives naming the same stakeholders in another order are equal}
   */
  public abstract ImmutableSet<Stakeholder> stakeholders();

  /**
   * {@return how the study describes its undesignated participants; empty when stakeholders are
   * named}
   */
  public abstract Optional<String> undesignated();

  /** {@return whether the study designates no stakeholder group} */
  public final boolean isUndesignated() {
    return undesignated().isPresent();
  }

  @Value.Check
  final void check() {
    Checks.of("perspective")
        .require(
            undesignated().map(d -> !d.isBlank()).orElse(true),
            undesignated().orElse(""),
            "description of an undesignated perspective must not be blank")
        .require(
            undesignated().isPresent() != !stakeholders().isEmpty(),
            this,
            "must name stakeholders or be undesignated, not both")
        .done();
  }

  /**
   * Returns the description of an undesignated perspective, or the stakeholders' names joined with
   * {@code ", "}; tables write perspectives in words through {@code core}.
   */
  @Override
  public final String toString() {
    return undesignated()
        .orElseGet(
            () -> String.join(", ", stakeholders().stream().map(Stakeholder::name).toList()));
  }
}

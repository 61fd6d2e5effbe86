package org.metaethnography.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whose views a paper reports, or a concept voices: one stakeholder group, several, or none
 * designated (as in a bidirectional design, where every participant both gives and receives).
 *
 * <p>Meta-ethnography keeps "a record of whose first order perspective was represented", so
 * that a key concept can later be said to concern one stakeholder group or several.
 *
 * <pre>{@code
 * Perspective carers = Perspective.of(Stakeholder.of("carer"));
 * Perspective both = Perspective.of(Stakeholder.of("patient"), Stakeholder.of("carer"));
 * Perspective pairs = Perspective.undesignated("Bidirectional (no designation of roles)");
 * }</pre>
 */
@Value.Immutable
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
    return ImmutablePerspective.builder().stakeholders(stakeholders).build();
  }

  /**
   * Returns a perspective in which no stakeholder group is designated, described in the
   * review's own words, for example {@code "Bidirectional (no designation of roles)"}.
   *
   * @param description how the study designates (or does not designate) its participants
   * @return the perspective
   * @throws IllegalArgumentException if the description is blank
   */
  public static Perspective undesignated(String description) {
    return ImmutablePerspective.builder().undesignated(description).build();
  }

  /** The stakeholders whose views are reported, in the order given; empty when undesignated. */
  public abstract ImmutableList<Stakeholder> stakeholders();

  /** How the study describes its undesignated participants; empty when stakeholders are named. */
  public abstract Optional<String> undesignated();

  /** Whether the study designates no stakeholder group. */
  public final boolean isUndesignated() {
    return undesignated().isPresent();
  }

  @Value.Check
  final void check() {
    if (undesignated().isPresent()) {
      Terms.checkText("description of an undesignated perspective", undesignated().get());
      checkArgument(
          stakeholders().isEmpty(),
          "perspective \"%s\" is undesignated and must not name stakeholders %s",
          undesignated().get(),
          stakeholders());
    } else {
      checkArgument(
          !stakeholders().isEmpty(),
          "perspective must name at least one stakeholder or be undesignated");
      checkArgument(
          stakeholders().stream().distinct().count() == stakeholders().size(),
          "perspective %s names a stakeholder more than once",
          stakeholders());
    }
  }

  /**
   * Returns the perspective in words: the description of an undesignated perspective, or the
   * stakeholders' names joined in sentence case, {@code "Patients"}, {@code "Patients and
   * carers"}, {@code "Nurses, managers and patients"}. A name keeps its capital when its second
   * letter is also a capital (an acronym such as {@code "GPs"}).
   */
  public final String label() {
    if (isUndesignated()) {
      return undesignated().get();
    }
    StringBuilder label = new StringBuilder(stakeholders().get(0).name());
    for (int i = 1; i < stakeholders().size(); i++) {
      label.append(i == stakeholders().size() - 1 ? " and " : ", ");
      label.append(inSentence(stakeholders().get(i).name()));
    }
    return label.toString();
  }

  private static String inSentence(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Returns {@link #label()}. */
  @Override
  public final String toString() {
    return label();
  }
}

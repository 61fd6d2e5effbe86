package org.metaethnography.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.Category;

/**
 * The words tables and figures use for values of the model and of a synthesis. Display labels are
 * made here, in {@code core}, and nowhere else.
 */
public final class Labels {
  private Labels() {}

  /**
   * The label of a group of stakeholders, in the order given: the first name as written, the others
   * in sentence case (lower case, unless the second letter is a capital, as in an acronym such as
   * {@code "GPs"}), joined as a sentence: {@code "Carers"}, {@code "Carers and staff"}, {@code
   * "Nurses, managers and patients"}; empty for no stakeholder.
   *
   * @param group the stakeholders, in order
   * @return the label
   */
  public static String group(Set<Stakeholder> group) {
    if (group.isEmpty()) {
      return "";
    }
    ImmutableList<Stakeholder> names = ImmutableList.copyOf(group);
    StringBuilder label = new StringBuilder(names.get(0).name());
    for (int i = 1; i < names.size(); i++) {
      label.append(i == names.size() - 1 ? " and " : ", ");
      label.append(inSentence(names.get(i).name()));
    }
    return label.toString();
  }

  /**
   * How tables write a perspective: the description of an undesignated perspective, or its
   * stakeholders as {@link #group(Set)} writes them, for example {@code "Patients and carers"}.
   *
   * @param perspective the perspective
   * @return its words
   */
  public static String perspective(Perspective perspective) {
    return perspective.undesignated().orElseGet(() -> group(perspective.stakeholders()));
  }

  /**
   * How tables write a perspective in a review: as {@link #perspective(Perspective)} does, its
   * stakeholders in the order the review declares them, so that equal perspectives read the same
   * whichever order a paper gave them in.
   *
   * @param perspective the perspective
   * @param declared the review's stakeholders, in declared order
   * @return its words
   */
  public static String perspective(Perspective perspective, List<Stakeholder> declared) {
    if (perspective.isUndesignated()) {
      return perspective(perspective);
    }
    Set<Stakeholder> ordered = new LinkedHashSet<>();
    for (Stakeholder stakeholder : declared) {
      if (perspective.stakeholders().contains(stakeholder)) {
        ordered.add(stakeholder);
      }
    }
    ordered.addAll(perspective.stakeholders());
    return group(ordered);
  }

  /** A name in the middle of a sentence: lower case, unless it is an acronym such as "GPs". */
  private static String inSentence(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * How tables write a category of key concepts: a stakeholder group as a perspective reads ({@code
   * "Carers and staff"}), a phase by its name, a valence profile in words; {@code "none"} for the
   * empty group or no phase.
   *
   * @param category the category
   * @return its words
   */
  public static String category(Category category) {
    if (category instanceof Category.Group group) {
      return group.stakeholders().isEmpty() ? "none" : group(group.stakeholders());
    }
    if (category instanceof Category.InPhase phase) {
      return phase.phase().map(Phase::name).orElse("none");
    }
    return words(((Category.OfValence) category).valence());
  }

  /**
   * An enum constant in lower-case words: {@code REFUTATIONAL} is {@code "refutational"}, {@code
   * SINGLE_PAPER} is {@code "single paper"}.
   *
   * @param constant the constant
   * @return its words
   */
  public static String words(Enum<?> constant) {
    return WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The words of every constant of an enum, by ordinal, worked out once per enum. */
  private static final ClassValue<String[]> WORDS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] words = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', ' ');
          }
          return words;
        }
      };

  /**
   * How a table's reference column writes a citation: the number alone ({@code 34}) or the label.
   *
   * @param citation the citation
   * @return the cell text
   */
  public static String reference(Citation citation) {
    return citation.isNumbered()
        ? Integer.toString(citation.number().getAsInt())
        : citation.label().orElseThrow();
  }
}

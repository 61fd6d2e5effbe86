package org.metaethnography.core;

import static org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_DESCRIPTION;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.ReviewProblem;

/**
 * What the specs of the fluent API share: the draft they describe a part of, the part's place, and
 * the rule that each attribute is set once. A spec only collects facts into the model's own
 * builders; the model checks them.
 */
abstract class Spec {
  private final ReviewDraft draft;
  private final Place place;

  /** The attributes given so far, made on the first one (most specs give few or none). */
  private Map<String, Object> given;

  Spec(ReviewDraft draft, Place place) {
    this.draft = draft;
    this.place = place;
  }

  /** Where this spec's part is in the review. */
  final Place place() {
    return place;
  }

  /** The draft the part belongs to. */
  final ReviewDraft draft() {
    return draft;
  }

  /**
   * Sets {@code attribute} to {@code value} with {@code setter}, unless it was set before, in which
   * case the second setting is a problem that names both values.
   */
  final <T> void once(String attribute, T value, Consumer<T> setter) {
    if (given == null) {
      given = new HashMap<>(4);
    }
    Object earlier = given.putIfAbsent(attribute, value);
    if (earlier != null) {
      draft.reject(
          ReviewProblem.of(
              place,
              INCOMPLETE_DESCRIPTION,
              shown(value),
              String.format(
                  "%s is set twice, first to \"%s\" and then to \"%s\"",
                  attribute, shown(earlier), shown(value))));
      return;
    }
    setter.accept(value);
  }

  /**
   * Makes the value of {@code attribute} with {@code make} and sets it once; if the value has
   * problems of its own, they are recorded at this spec's place.
   */
  final <T> void onceMade(String attribute, Supplier<T> make, Consumer<T> setter) {
    draft.attempt(place, make).ifPresent(value -> once(attribute, value, setter));
  }

  /** The value given for {@code attribute}, if one was. */
  @SuppressWarnings("unchecked")
  final <T> Optional<T> given(String attribute) {
    return given == null ? Optional.empty() : Optional.ofNullable((T) given.get(attribute));
  }

  /** Records a problem of this part's description. */
  final void problem(String detail) {
    draft.reject(ReviewProblem.of(place, INCOMPLETE_DESCRIPTION, detail));
  }

  /**
   * Makes this part's value with {@code make} and returns it, unless the value or the description
   * has problems (recorded at this spec's place).
   */
  final <T> Optional<T> built(Supplier<T> make) {
    Optional<T> value = draft.attempt(place, make);
    return draft.isRejected(place) ? Optional.empty() : value;
  }

  private static String shown(Object value) {
    if (value instanceof Collection<?> values) {
      return String.join(", ", values.stream().map(Spec::shown).toList());
    }
    // A constant (a stance, an order, a valence) in the words the fluent API uses for it.
    return value instanceof Enum<?> constant ? Labels.words(constant) : String.valueOf(value);
  }

  /** Returns the values of the given names made by {@code of}, in order. */
  static <T> ImmutableList<T> terms(Function<String, T> of, String... names) {
    return Arrays.stream(names).map(of).collect(ImmutableList.toImmutableList());
  }
}

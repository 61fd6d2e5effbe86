package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A translation: the review's statement that certain concepts of different papers are expressed by
 * one key concept, either because they say the same thing ({@link TranslationKind#RECIPROCAL}) or
 * because they contradict one another in a way the key concept explains ({@link
 * TranslationKind#REFUTATIONAL}).
 *
 * <pre>{@code
 * Translation t = Translation.of("Respite", TranslationKind.RECIPROCAL,
 *     "Relief at being understood", "Time for oneself");
 * }</pre>
 */
@Value.Immutable
public abstract class Translation {
  Translation() {}

  /**
   * Returns the translation of the named concepts into the named key concept.
   *
   * @param keyConcept the name of the key concept
   * @param kind reciprocal or refutational
   * @param concepts the names of one or more distinct concepts
   * @return the translation
   * @throws InvalidValueException if there is no concept, or a name breaks a rule of names or is
   *     repeated
   */
  public static Translation of(String keyConcept, TranslationKind kind, String... concepts) {
    return of(keyConcept, kind, Arrays.asList(concepts));
  }

  /**
   * Returns the translation of the named concepts into the named key concept.
   *
   * @param keyConcept the name of the key concept
   * @param kind reciprocal or refutational
   * @param concepts the names of one or more distinct concepts, in the order given
   * @return the translation
   * @throws InvalidValueException if there is no concept, or a name breaks a rule of names or is
   *     repeated
   */
  public static Translation of(String keyConcept, TranslationKind kind, Iterable<String> concepts) {
    return of(keyConcept, Optional.of(kind), concepts);
  }

  /**
   * Returns the translation of the named concepts into the named key concept, of the kind the
   * review reports, if it reports one: a review that does not say whether its translations are
   * reciprocal or refutational leaves the kind absent.
   *
   * @param keyConcept the name of the key concept
   * @param kind reciprocal or refutational, if the review says
   * @param concepts the names of one or more distinct concepts, in the order given
   * @return the translation
   * @throws InvalidValueException if there is no concept, or a name breaks a rule of names or is
   *     repeated
   */
  public static Translation of(
      String keyConcept, Optional<? extends TranslationKind> kind, Iterable<String> concepts) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    concepts.forEach(c -> names.add(Names.nfc(c)));
    return ImmutableTranslation.of(Names.nfc(keyConcept), kind, names.build());
  }

  /**
   * Returns the translation of the named concepts into the named key concept, made into the
   * concepts of an index paper: the study whose concepts the others are translated into.
   *
   * @param keyConcept the name of the key concept
   * @param kind reciprocal or refutational
   * @param indexPaper the citation of the index paper
   * @param concepts the names of one or more distinct concepts, in the order given
   * @return the translation
   * @throws InvalidValueException if there is no concept, or a name breaks a rule of names or is
   *     repeated
   */
  public static Translation of(
      String keyConcept, TranslationKind kind, Citation indexPaper, Iterable<String> concepts) {
    return of(keyConcept, Optional.of(kind), indexPaper, concepts);
  }

  /**
   * Returns the translation of the named concepts into the named key concept, made into the
   * concepts of an index paper, of the kind the review reports; a review that names the index paper
   * without saying whether the translation is reciprocal or refutational leaves the kind absent.
   *
   * @param keyConcept the name of the key concept
   * @param kind reciprocal or refutational, if the review says
   * @param indexPaper the citation of the index paper
   * @param concepts the names of one or more distinct concepts, in the order given
   * @return the translation
   * @throws InvalidValueException if there is no concept, or a name breaks a rule of names or is
   *     repeated
   */
  public static Translation of(
      String keyConcept,
      Optional<? extends TranslationKind> kind,
      Citation indexPaper,
      Iterable<String> concepts) {
    Translation translation = of(keyConcept, kind, concepts);
    return ImmutableTranslation.builder().from(translation).indexPaper(indexPaper).build();
  }

  /**
   * {@return this translation without its index paper, as when the index paper is left out of a
   * sensitivity analysis}
   */
  public final Translation withoutIndexPaper() {
    return indexPaper().isEmpty()
        ? this
        : ImmutableTranslation.builder().from(this).indexPaper(Optional.empty()).build();
  }

  /** {@return the name of the key concept the concepts are translated into} */
  @Value.Parameter
  public abstract String keyConcept();

  /**
   * {@return how the translated concepts relate to one another (reciprocal or refutational), if the
   * review says}
   */
  @Value.Parameter
  public abstract Optional<TranslationKind> kind();

  /** {@return the names of the translated concepts, in the order given} */
  @Value.Parameter
  public abstract ImmutableList<String> concepts();

  /**
   * {@return the index paper, if the translation names one: the study whose concepts the others are
   * translated into}
   */
  public abstract Optional<Citation> indexPaper();

  @Value.Check
  final void check() {
    Checks checks =
        Checks.at(new Place.OfTranslation(keyConcept()))
            .name("key concept", keyConcept())
            .require(!concepts().isEmpty(), concepts(), "must name at least one concept")
            .distinct("concept", concepts());
    concepts().forEach(c -> checks.name("concept", c));
    checks.done();
  }
}

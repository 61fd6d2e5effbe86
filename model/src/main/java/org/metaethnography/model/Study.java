package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * One study reported in several included papers (its reports), such as a qualitative paper and the
 * trial papers associated with it. A review that groups papers into studies can count studies
 * rather than papers: the key concept grid's rows can be studies, and a study's associated reports
 * are not taken for papers that support no key concept. A paper that belongs to no declared study
 * is a study of its own.
 *
 * <pre>{@code
 * Study trial = Study.of("Day care trial", Citation.of(21), Citation.of(22));
 * }</pre>
 */
@Value.Immutable
public abstract class Study {
  Study() {}

  /**
   * Returns the named study reported in the cited papers.
   *
   * @param name the study's name, unique within the review
   * @param reports the citations of its reports, main report first; at least one
   * @return the study
   * @throws InvalidValueException if the name breaks a rule of names, or there is no report or one
   *     is repeated
   */
  public static Study of(String name, Citation... reports) {
    return of(name, Arrays.asList(reports));
  }

  /**
   * Returns the named study reported in the cited papers.
   *
   * @param name the study's name, unique within the review
   * @param reports the citations of its reports, main report first; at least one
   * @return the study
   * @throws InvalidValueException if the name breaks a rule of names, or there is no report or one
   *     is repeated
   */
  public static Study of(String name, Iterable<? extends Citation> reports) {
    return ImmutableStudy.of(Names.nfc(name), reports);
  }

  /** {@return the study's name, unique within the review} */
  @Value.Parameter
  public abstract String name();

  /** {@return the citations of the papers that report it, main report first} */
  @Value.Parameter
  public abstract ImmutableList<Citation> reports();

  @Value.Check
  final void check() {
    Checks.at(new Place.OfStudy(name()))
        .name("study", name())
        .require(!reports().isEmpty(), reports(), "must have at least one report")
        .distinct("paper", reports())
        .done();
  }

  /** Returns the study's name. */
  @Override
  public final String toString() {
    return name();
  }
}

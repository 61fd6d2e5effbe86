package org.metaethnography.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A source of papers other than a database search, such as citation chasing, hand searching or
 * experts, with the records it found and the papers it contributed to the synthesis, as far as the
 * review reports them.
 *
 * <pre>{@code
 * OtherSource chasing = OtherSource.of("Reference lists", OptionalInt.of(14), OptionalInt.of(2));
 * }</pre>
 */
@Value.Immutable
public abstract class OtherSource {
  OtherSource() {}

  /**
   * Returns the named source with what it found and included.
   *
   * @param name the source's name, unique within the review
   * @param found the records it found, if reported
   * @param included the papers from it included in the synthesis, if reported
   * @return the source
   * @throws InvalidValueException if the name breaks a rule of names, a count is negative or more
   *     were included than found
   */
  public static OtherSource of(String name, OptionalInt found, OptionalInt included) {
    return ImmutableOtherSource.of(Names.nfc(name), found, included);
  }

  /** {@return the source's name, unique among the review's sources} */
  @Value.Parameter
  public abstract String name();

  /** {@return how many records it found, if reported} */
  @Value.Parameter
  public abstract OptionalInt found();

  /** {@return how many papers from it were included in the synthesis, if reported} */
  @Value.Parameter
  public abstract OptionalInt included();

  @Value.Check
  final void check() {
    Checks checks = Checks.at(new Place.OfSource(name())).name("source", name());
    found().ifPresent(n -> checks.require(n >= 0, n, "records found (%d) must not be negative", n));
    included()
        .ifPresent(n -> checks.require(n >= 0, n, "papers included (%d) must not be negative", n));
    if (found().isPresent() && included().isPresent()) {
      checks.require(
          included().getAsInt() <= found().getAsInt(),
          included().getAsInt(),
          "papers included (%d) must not exceed records found (%d)",
          included().getAsInt(),
          found().getAsInt());
    }
    checks.done();
  }

  /** Returns the source's name. */
  @Override
  public final String toString() {
    return name();
  }
}

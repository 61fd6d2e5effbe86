package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A theme: a group of key concepts under one higher-order interpretation, with its own definition
 * where the review gives one (some reviews call these third-order constructs). A key concept
 * belongs to at most one theme; the conceptual model draws a theme as a group of its key concepts,
 * and the line of argument may relate a theme as a whole.
 *
 * <pre>{@code
 * Theme loss = Theme.builder()
 *     .name("Disruption and loss")
 *     .definition("What the illness takes away")
 *     .addKeyConcepts("Physical loss", "Social loss")
 *     .build();
 * Theme bare = Theme.of("Disruption and loss", "Physical loss", "Social loss");
 * }</pre>
 */
@Value.Immutable
public abstract class Theme {
  Theme() {}

  /**
   * Returns a builder; the name and at least one key concept are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the theme of the named key concepts, without a definition.
   *
   * @param name the theme's name, unique among the review's key concepts, themes and
   *     interpretations
   * @param keyConcepts the names of its key concepts, in order
   * @return the theme
   * @throws InvalidValueException if a name breaks a rule of names, there is no key concept or one
   *     is repeated
   */
  public static Theme of(String name, String... keyConcepts) {
    return builder().name(name).keyConcepts(Arrays.asList(keyConcepts)).build();
  }

  /** {@return the theme's name, in Unicode NFC} */
  public abstract String name();

  /** {@return the theme's definition, if the review gives one} */
  public abstract Optional<String> definition();

  /** {@return the names of the key concepts it groups, in the order given} */
  public abstract ImmutableList<String> keyConcepts();

  @Value.Check
  final Theme check() {
    Checks checks =
        Checks.at(new Place.OfTheme(name()))
            .name("theme", name())
            .text("definition", definition())
            .require(!keyConcepts().isEmpty(), keyConcepts(), "must group at least one key concept")
            .distinct("key concept", keyConcepts());
    keyConcepts().forEach(k -> checks.name("key concept", k));
    checks.done();
    String name = Names.nfc(name());
    ImmutableList<String> keyConcepts =
        keyConcepts().stream().map(Names::nfc).collect(ImmutableList.toImmutableList());
    return name.equals(name()) && keyConcepts.equals(keyConcepts())
        ? this
        : builder().from(this).name(name).keyConcepts(keyConcepts).build();
  }

  /** Returns the theme's name. */
  @Override
  public final String toString() {
    return name();
  }

  /** Builds a {@link Theme}; every setter returns this builder. */
  public static final class Builder extends ImmutableTheme.Builder {
    Builder() {}
  }
}

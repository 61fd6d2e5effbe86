package org.metaethnography.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Theme;

/**
 * Describes one theme inside {@link ReviewBuilder#theme(String, java.util.function.Consumer)}: the
 * key concepts it groups (required) and its definition, where the review gives one. Each is set
 * once.
 *
 * <pre>{@code
 * .theme("Disruption and loss", t -> t.definedAs("What the illness takes away")
 *     .groups("Physical loss", "Social loss"))
 * }</pre>
 */
public final class ThemeSpec extends Spec {
  private final Theme.Builder theme = Theme.builder();

  ThemeSpec(ReviewDraft draft, String name) {
    super(draft, new Place.OfTheme(name));
    theme.name(name);
  }

  /**
   * The theme's definition, in the reviewers' words.
   *
   * @param definition the definition
   * @return this spec
   */
  public ThemeSpec definedAs(String definition) {
    once("definition", Objects.requireNonNull(definition), theme::definition);
    return this;
  }

  /**
   * The key concepts the theme groups, by name, in order.
   *
   * @param keyConcepts the key concepts' names
   * @return this spec
   */
  public ThemeSpec groups(String... keyConcepts) {
    once("list of key concepts", Arrays.asList(keyConcepts), theme::keyConcepts);
    return this;
  }

  /** Builds the theme, or records its problems and returns empty. */
  Optional<Theme> build() {
    return built(theme::build);
  }
}

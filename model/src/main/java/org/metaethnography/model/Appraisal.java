package org.metaethnography.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paper's quality appraisal as the review reports it: the tool used, the score, the category it
 * puts the paper in (for example key paper, satisfactory, fatally flawed) and a note. Every part is
 * optional; an appraisal with no part at all says nothing and is refused.
 *
 * <pre>{@code
 * Appraisal appraisal = Appraisal.builder()
 *     .tool("CASP")
 *     .score(Score.of(8, 10))
 *     .category("Satisfactory")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Appraisal {
  Appraisal() {}

  /**
   * Returns a builder; at least one part is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the appraisal tool, for example {@code "CASP"} or a form's name, if reported} */
  public abstract Optional<String> tool();

  /** {@return the score, if reported} */
  public abstract Optional<Score> score();

  /** {@return the category the appraisal puts the paper in, if reported} */
  public abstract Optional<String> category();

  /** {@return a note on the appraisal, if any} */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.of("appraisal")
        .text("tool", tool())
        .text("category", category())
        .text("note", note())
        .require(
            tool().isPresent()
                || score().isPresent()
                || category().isPresent()
                || note().isPresent(),
            "",
            "must report at least a tool, a score, a category or a note")
        .done();
  }

  /** Returns the parts reported, as reviews print them: {@code CASP, 8/10, Key paper}. */
  @Override
  public final String toString() {
    List<String> parts = new ArrayList<>();
    tool().ifPresent(parts::add);
    score().map(Score::toString).ifPresent(parts::add);
    category().ifPresent(parts::add);
    note().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  /** Builds an {@link Appraisal}; every setter returns this builder. */
  public static final class Builder extends ImmutableAppraisal.Builder {
    Builder() {}
  }
}

package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The line of argument: the new interpretation a meta-ethnography builds from its translated
 * concepts, stated in words and drawn as typed relations between its nodes (key concepts, themes
 * and third-order interpretations), each relation of a kind the review declares. Placed by phase
 * and stakeholder group (or theme), it is the review's conceptual model.
 */
@Value.Immutable
public abstract class LineOfArgument {
  private static final LineOfArgument NONE = ImmutableLineOfArgument.builder().build();

  LineOfArgument() {}

  /** {@return the line of argument of a review that has not (yet) built one} */
  public static LineOfArgument none() {
    return NONE;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the line of argument in words, if stated} */
  public abstract Optional<String> statement();

  /**
   * {@return a note on the line of argument, for example that it is a reconstruction and what it
   * rests on; figures carry it as a comment. Empty if there is none}
   */
  public abstract Optional<String> note();

  /** {@return the relations between key concepts, in the order given} */
  public abstract ImmutableList<Relation> relations();

  @Value.Check
  final void check() {
    Checks.at(Place.Argument.INSTANCE)
        .text("statement", statement())
        .text("note", note())
        .distinct("relation", relations())
        .done();
  }

  /** Builds a {@link LineOfArgument}; every setter returns this builder. */
  public static final class Builder extends ImmutableLineOfArgument.Builder {
    Builder() {}
  }
}

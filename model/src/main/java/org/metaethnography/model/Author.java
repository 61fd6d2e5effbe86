package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * One author of an included paper, as a reference list names them: a surname and initials.
 *
 * <p>{@code Author.parse("van der Berg AM")} reads the Vancouver form used by most health journals,
 * in which the initials are the last word.
 */
@Value.Immutable
public abstract class Author {
  Author() {}

  /**
   * Returns the author with the given surname and initials.
   *
   * @param surname the family name, for example {@code "van der Berg"}; not blank
   * @param initials the initials of the given names, capital letters only, for example {@code
   *     "AM"}; may be empty when the source gives none
   * @return the author
   * @throws IllegalArgumentException if the surname is blank or the initials are not capitals
   */
  public static Author of(String surname, String initials) {
    return ImmutableAuthor.of(Names.nfc(surname), Names.nfc(initials));
  }

  /**
   * Reads an author written as {@code "Surname Initials"}, the form of a Vancouver reference list:
   * the last word is taken as initials when it consists of capital letters only, and everything
   * before it as the surname. {@code parse("Okafor N")} is {@code of("Okafor", "N")}; {@code
   * parse("Plato")} is {@code of("Plato", "")}.
   *
   * @param written the author as written in a reference list
   * @return the author
   * @throws InvalidValueException if {@code written} is blank, or is not an author's name
   */
  public static Author parse(String written) {
    String text = Names.nfc(written).strip();
    Checks.of("author").require(!text.isEmpty(), written, "must not be blank").done();
    int space = text.lastIndexOf(' ');
    if (space > 0 && isInitials(text.substring(space + 1))) {
      return of(text.substring(0, space).strip(), text.substring(space + 1));
    }
    return of(text, "");
  }

  /** {@return the family name, as the key concept grid and Table-style listings show it} */
  @Value.Parameter
  public abstract String surname();

  /** {@return the initials of the given names; empty when the source gives none} */
  @Value.Parameter
  public abstract String initials();

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of("author " + this)
            .require(!surname().isBlank(), surname(), "surname must not be blank");
    if (!surname().isBlank()) {
      checks.name("author", surname());
    }
    checks
        .require(
            initials().isEmpty() || isInitials(initials()),
            initials(),
            "initials \"%s\" must be capital letters only",
            initials())
        .require(
            !surname().strip().matches("(?i)et al\\.?"),
            surname(),
            "\"et al.\" is not an author; record it as the paper's etAl flag")
        .done();
  }

  private static boolean isInitials(String word) {
    return !word.isEmpty() && word.codePoints().allMatch(Character::isUpperCase);
  }

  /** Returns the author as a reference list writes them, for example {@code "Okafor N"}. */
  @Override
  public final String toString() {
    return initials().isEmpty() ? surname() : surname() + " " + initials();
  }
}

package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.quicktheories.core.Gen;

/** Names that are equal under Unicode NFC are one name, whichever form they are written in. */
final class NamesProperties {
  /** Letters that Unicode can write precomposed or as a base letter and combining marks. */
  private static final List<String> ACCENTED = List.of("é", "ñ", "ü", "Å", "ç", "ő", "ế");

  /** Names of ASCII letters with an accented letter inside, in NFC. */
  private static Gen<String> names() {
    return strings()
        .betweenCodePoints('a', 'z')
        .ofLengthBetween(1, 8)
        .zip(integers().between(0, ACCENTED.size() - 1), (s, i) -> s + ACCENTED.get(i) + s);
  }

  private static String decomposed(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD);
  }

  @Test
  void namesWrittenDecomposed_areTheNamesWrittenComposed() {
    qt().forAll(names())
        .checkAssert(
            name -> {
              assertThat(decomposed(name)).isNotEqualTo(name);
              assertThat(Stakeholder.of(decomposed(name))).isEqualTo(Stakeholder.of(name));
              Review review =
                  MetaEthnography.review("Names")
                      .stakeholders(name)
                      .paper(1, p -> p.perspective(decomposed(name)))
                      .keyConcept(decomposed(name), k -> k.concerns(decomposed(name)))
                      .grid(1, name)
                      .build();
              assertThat(review.keyConcept(name)).isPresent();
              assertThat(review.keyConcept(decomposed(name))).isPresent();
              assertThat(review.keyConcepts().get(0).name()).isEqualTo(name);
            });
  }
}

package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library serves any meta-ethnography: the reference paper's topic words (its stakeholders, its
 * intervention, its diseases, its authors) appear only in {@code examples}, never in the main code
 * of {@code model}, {@code synthesis} or {@code core}.
 */
final class LibraryVocabularyTest {
  private static final Pattern TOPIC =
      Pattern.compile(
          "mentor|mentee|peer support|\\bpeers?\\b|disease|chronic|arthritis|rheumat|\\bHIV\\b"
              + "|\\bAIDS\\b|asthma|diabet|cancer|\\bCVD\\b|cardiovascular"
              // authors of the reference paper and of its included papers
              + "|embuldeniya|britten|barlow|hainsworth|hilfinger|messias|wilson|carlsson|sutton"
              + "|coward|beckmann|sheppard|harris|marino|gifford|hyde|whittemore|stewart|dietrick"
              + "|heisler|joseph|struthers|brown|\\bFu\\b"
              // the reference paper's distinctive key concepts
              + "|sense of connection|experiential knowledge|emotional entanglement"
              + "|role satisfaction",
          Pattern.CASE_INSENSITIVE);

  @Test
  void libraryMainCode_holdsNoWordOfTheReferencePapersTopic() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("model", "synthesis", "core")) {
      Path main = Path.of("..", module, "src", "main");
      assertThat(main).isDirectory();
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (TOPIC.matcher(lines.get(i)).find()) {
              found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}

package org.metaethnography.core.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.model.Review;
import org.metaethnography.model.testing.ReviewGenerators;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The codebooks and projects the library writes, validated against the REFI-QDA 1.0 schemas (see
 * {@code src/test/resources/refi/README.md}) by the JDK's own validator: the reference review's, a
 * review's with themes and sets, and those of generated reviews of every shape.
 */
final class RefiSchemaTest {
  private static final Path SCHEMAS = Path.of("src/test/resources/refi");

  private static final Schema CODEBOOK = schema("Codebook.xsd");
  private static final Schema PROJECT = schema("Project.xsd");

  private static Schema schema(String file) {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(SCHEMAS.resolve(file).toFile());
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Validates {@code xml}, failing with the validator's message and line where it is invalid. */
  private static void validate(Schema schema, String xml) throws IOException, SAXException {
    Validator validator = schema.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  private static Review reference() throws IOException {
    return ReviewDocuments.read(
            Path.of(
                "../examples/src/main/resources/org/metaethnography/examples/reference/"
                    + "peer-support-review.json"))
        .review();
  }

  @Test
  void referenceReview_codebookAndProject_areValid() throws Exception {
    Review review = reference();
    validate(CODEBOOK, RefiQda.codebook(review));
    validate(PROJECT, RefiQda.project(review));
  }

  @Test
  void reviewWithThemesAndConceptsSetAside_codebookAndProject_areValid() throws Exception {
    Review review =
        MetaEthnography.review("Respite care")
            .theme("Living with caring", t -> t.definedAs("What caring does").groups("Respite"))
            .keyConcept("Respite", k -> k.definedAs("Time away"))
            .concept("Time for oneself", c -> c.definedAs("Hours\r\nof one's own & \"more\""))
            .concept("Costs of travel", c -> {})
            .translate("Respite", "Time for oneself")
            .setAside("Costs of travel", "Not about respite")
            .build();
    String codebook = RefiQda.codebook(review);
    // The sets of concepts set aside are there to be validated.
    assertThat(codebook).contains("<Sets>").contains("<MemberCode");
    validate(CODEBOOK, codebook);
    validate(PROJECT, RefiQda.project(review));
  }

  @Test
  void everyReview_codebookAndProject_areValid() {
    qt().withExamples(100)
        .forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              try {
                validate(CODEBOOK, RefiQda.codebook(review));
                validate(PROJECT, RefiQda.project(review));
              } catch (IOException | SAXException e) {
                throw new AssertionError(review + ": " + e.getMessage(), e);
              }
            });
  }

  @Test
  void codebookAsTaguetteWritesIt_isInvalidWhereTheStrictReaderSaysSo() {
    // The strict reader's one problem with it (an empty Sets) is the schema's one too.
    assertThatThrownBy(
            () ->
                validate(
                    CODEBOOK,
                    Files.readString(
                        Path.of("src/test/resources/org/metaethnography/core/refi/taguette.qdc"))))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("Sets")
        .hasMessageContaining("Set");
  }

  @Test
  void theSchemas_refuseWhatTheStandardForbids() {
    // So that a pass above means something: a code without isCodable, a colour that is no RGB,
    // and a project without its name are each refused.
    String code =
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code"
            + " guid=\"8c6b8c4e-2f5a-4c3e-9d1b-3a2f1e0d9c8b\""
            + " name=\"Respite\"%s/></Codes></CodeBook>";
    assertThatThrownBy(() -> validate(CODEBOOK, String.format(code, "")))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("isCodable");
    assertThatThrownBy(
            () -> validate(CODEBOOK, String.format(code, " isCodable=\"true\" color=\"red\"")))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("red");
    assertThatThrownBy(
            () -> validate(PROJECT, "<Project xmlns=\"urn:QDA-XML:project:1.0\"></Project>"))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("name");
  }
}

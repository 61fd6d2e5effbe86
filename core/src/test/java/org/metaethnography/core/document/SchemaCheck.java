package org.metaethnography.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;

/** Checks documents against the JSON Schema the library ships, with an independent validator. */
final class SchemaCheck {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ReviewDocuments.schema(), InputFormat.JSON);

  private SchemaCheck() {}

  /** The schema's complaints about {@code json}; none for a valid document. */
  static List<String> errors(String json) {
    try {
      List<Error> errors = SCHEMA.validate(new ObjectMapper().readTree(json));
      return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts that {@code json} is a valid document by the schema. */
  static void assertValid(String json) {
    assertThat(errors(json)).as("schema errors").isEmpty();
  }
}

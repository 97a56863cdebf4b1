package io.tankos.bootc.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Validates JSON text against a draft 2020-12 schema file, with format assertions on. */
public final class JsonSchemaCheck {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private final Schema schema;

  public JsonSchemaCheck(Path schemaFile) {
    try {
      JsonNode node = MAPPER.readTree(Files.readString(schemaFile));
      this.schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation errors, one line each; empty when valid. */
  public List<String> errors(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      List<Error> errors =
          schema.validate(node, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
      return errors.stream()
          .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

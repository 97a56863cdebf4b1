package io.tankos.bootc.kubevirt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The real schemas generated manifests are judged by: KubeVirt's OpenAPI definitions ({@code
 * kubevirt/swagger.json}) and Argo CD's CRD schemas ({@code argocd/*-crd.yaml}), each wrapped as a
 * draft-04 JSON schema.
 */
public final class KubeSchemas {
  public static final ObjectMapper JSON = new ObjectMapper();
  public static final YAMLMapper YAML = new YAMLMapper();
  private final Schema schema;

  private KubeSchemas(JsonNode schemaNode) {
    this.schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaNode);
  }

  /** A schema for one KubeVirt definition, e.g. {@code v1.VirtualMachine}. */
  public static KubeSchemas kubevirt(String definition) {
    try {
      JsonNode swagger =
          JSON.readTree(Files.readString(Conformance.require("kubevirt/swagger.json")));
      ObjectNode wrapped = JSON.createObjectNode();
      wrapped.put("$schema", "http://json-schema.org/draft-04/schema#");
      wrapped.set("definitions", swagger.get("definitions"));
      wrapped.put("$ref", "#/definitions/" + definition);
      return new KubeSchemas(wrapped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The openAPIV3Schema of an Argo CD CRD file's first version, e.g. {@code
   * applicationset-crd.yaml}.
   */
  public static KubeSchemas argocd(String crdFile) {
    try {
      JsonNode crd = YAML.readTree(Files.readString(Conformance.require("argocd/" + crdFile)));
      ObjectNode schema = (ObjectNode) crd.at("/spec/versions/0/schema/openAPIV3Schema").deepCopy();
      if (schema.isMissingNode() || schema.isEmpty()) {
        throw new IllegalStateException("no openAPIV3Schema in " + crdFile);
      }
      schema.put("$schema", "http://json-schema.org/draft-04/schema#");
      return new KubeSchemas(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation errors of a YAML or JSON manifest, one line each; empty when valid. */
  public List<String> errors(String manifest) {
    try {
      return errors(YAML.readTree(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation errors of a parsed manifest. */
  public List<String> errors(JsonNode manifest) {
    return schema.validate(manifest).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }
}

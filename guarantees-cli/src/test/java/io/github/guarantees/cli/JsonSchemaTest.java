package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.guarantees.io.References;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code evaluate --format json} output validates against the schema in {@code
 * docs/evaluate.schema.json}, for every built-in scenario, with and without {@code --explain}. The
 * validator here checks the parts of JSON Schema the document uses: type, enum, required,
 * properties, additionalProperties, items and local $ref.
 */
class JsonSchemaTest {
  static final Path SCHEMA = Path.of("..", "docs", "evaluate.schema.json");

  /** The built-in scenarios that name their agreement (the comparison scenarios name none). */
  static List<String> builtinScenarios() {
    return References.builtinScenarios().stream()
        .filter(n -> References.scenario(References.BUILTIN + n).agreement().isPresent())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("builtinScenarios")
  void evaluateJsonValidatesAgainstTheDocumentedSchema(String name) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema = mapper.readTree(SCHEMA.toFile());
    for (String[] extra : new String[][] {{}, {"--explain"}}) {
      List<String> args =
          new ArrayList<>(List.of("evaluate", "-s", "builtin:" + name, "--format", "json"));
      args.addAll(List.of(extra));
      CliTest.Result r = run(args.toArray(String[]::new));
      assertThat(r.code()).isZero();
      List<String> problems = new ArrayList<>();
      validate(mapper.readTree(r.out()), schema, schema, "$", problems);
      assertThat(problems).as(name + " " + List.of(extra)).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema = mapper.readTree(SCHEMA.toFile());
    ObjectNode bad = JsonNodeFactory.instance.objectNode();
    bad.put("agreement", 1);
    bad.put("surprise", "x");
    List<String> problems = new ArrayList<>();
    validate(bad, schema, schema, "$", problems);
    assertThat(problems)
        .contains(
            "$.agreement: expected string",
            "$: unknown property 'surprise'",
            "$: missing property 'pledges'");
  }

  static void validate(
      JsonNode value, JsonNode schema, JsonNode root, String path, List<String> problems) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = root.at(ref.substring(1));
      validate(value, target, root, path, problems);
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      if (schema.get("type").isArray()) {
        schema.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(schema.get("type").asText());
      }
      if (types.stream().noneMatch(t -> hasType(value, t))) {
        problems.add(path + ": expected " + String.join(" or ", types));
        return;
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.get("properties");
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!value.has(r.asText())) {
            problems.add(path + ": missing property '" + r.asText() + "'");
          }
        }
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        if (properties != null && properties.has(field.getKey())) {
          validate(
              field.getValue(),
              properties.get(field.getKey()),
              root,
              path + "." + field.getKey(),
              problems);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()) {
          problems.add(path + ": unknown property '" + field.getKey() + "'");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(value.get(i), schema.get("items"), root, path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown schema type " + type);
    };
  }
}

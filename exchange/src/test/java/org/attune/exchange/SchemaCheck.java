package org.attune.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a document against the JSON Schemas of {@code docs/schema} for the keywords they use
 * ({@code $ref}, {@code type}, {@code required}, {@code additionalProperties: false}, {@code
 * properties}, {@code const}, {@code enum}, {@code oneOf}, {@code items}, {@code prefixItems},
 * {@code minItems}, {@code uniqueItems}, {@code minLength}, {@code minimum}, {@code maximum}, {@code
 * exclusiveMinimum}); enough to keep the schemas truthful to what the writers write, without a
 * validator library. Each problem is a sentence naming the JSON path.
 */
final class SchemaCheck {

  private static final Path DIR = Path.of("../docs/schema");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> schemas = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** {@return the problems of {@code document} against the schema file {@code file}} */
  static List<String> check(JsonNode document, String file) throws IOException {
    SchemaCheck check = new SchemaCheck();
    check.check(document, check.schema(file), file, "$");
    return check.problems;
  }

  /** {@return the schema file {@code file} of docs/schema, parsed} */
  static JsonNode load(String file) throws IOException {
    return JSON.readTree(Files.readString(DIR.resolve(file)));
  }

  private JsonNode schema(String file) throws IOException {
    JsonNode s = schemas.get(file);
    if (s == null) {
      s = load(file);
      schemas.put(file, s);
    }
    return s;
  }

  private void check(JsonNode value, JsonNode schema, String file, String path)
      throws IOException {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      int hash = ref.indexOf('#');
      String target = hash > 0 ? ref.substring(0, hash) : file;
      JsonNode node = schema(target);
      for (String part : ref.substring(hash + 2).split("/")) {
        node = node.get(part);
      }
      check(value, node, target, path);
      return;
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      for (JsonNode branch : schema.get("oneOf")) {
        SchemaCheck trial = new SchemaCheck();
        trial.schemas.putAll(schemas);
        trial.check(value, branch, file, path);
        matches += trial.problems.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        problems.add(path + " matches " + matches + " branches of oneOf, not one");
      }
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(path + " is " + value + ", not the constant " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        problems.add(path + " is " + value + ", not one of " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      String type = schema.get("type").asString();
      boolean ok = switch (type) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isString();
        case "number" -> value.isNumber();
        case "boolean" -> value.isBoolean();
        default -> false;
      };
      if (!ok) {
        problems.add(path + " is " + value + ", not of type " + type);
        return;
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.get("properties");
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!value.has(r.asString())) {
            problems.add(path + " lacks the required field " + r.asString());
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        if (properties != null && properties.has(e.getKey())) {
          check(e.getValue(), properties.get(e.getKey()), file, path + "." + e.getKey());
        } else if (schema.has("additionalProperties")) {
          problems.add(path + " has the field " + e.getKey() + ", which the schema does not name");
        }
      }
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        problems.add(path + " has fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("uniqueItems")) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : value) {
          if (!seen.add(item)) {
            problems.add(path + " holds " + item + " twice");
          }
        }
      }
      JsonNode prefix = schema.get("prefixItems");
      int i = 0;
      for (JsonNode item : value) {
        JsonNode itemSchema = prefix != null && i < prefix.size() ? prefix.get(i) : schema.get("items");
        if (itemSchema != null) {
          check(item, itemSchema, file, path + "[" + i + "]");
        }
        i++;
      }
    }
    if (value.isString() && schema.has("minLength")
        && value.asString().length() < schema.get("minLength").asInt()) {
      problems.add(path + " is shorter than " + schema.get("minLength"));
    }
    if (value.isNumber()) {
      double d = value.doubleValue();
      if (schema.has("minimum") && d < schema.get("minimum").doubleValue()) {
        problems.add(path + " is " + d + ", below the minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && d > schema.get("maximum").doubleValue()) {
        problems.add(path + " is " + d + ", above the maximum " + schema.get("maximum"));
      }
      if (schema.has("exclusiveMinimum") && d <= schema.get("exclusiveMinimum").doubleValue()) {
        problems.add(path + " is " + d + ", not above " + schema.get("exclusiveMinimum"));
      }
    }
  }
}

package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Validates a SARIF log against the published SARIF 2.1.0 schema (OASIS, copied from
 * ../shared/data/sarif into src/test/resources/sarif), plus what the schema cannot say: each
 * region's char length is its snippet's, each result's rule index names its rule.
 */
public final class SarifSchema {
  private SarifSchema() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  private static synchronized JsonSchema schema() {
    if (schema == null) {
      try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  public static JsonNode assertValid(String sarif) {
    JsonNode root;
    try {
      root = MAPPER.readTree(sarif);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + sarif, e);
    }
    Set<ValidationMessage> problems = schema().validate(root);
    assertTrue(problems.isEmpty(), "not valid SARIF 2.1.0: " + problems + "\n" + sarif);
    for (JsonNode run : root.get("runs")) {
      JsonNode rules = run.get("tool").get("driver").get("rules");
      for (JsonNode r : run.get("results")) {
        if (r.has("ruleIndex")) {
          assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
        }
        JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
        if (region.has("snippet")) {
          assertEquals(region.get("charLength").asInt(), region.get("snippet").get("text").asText().length());
        }
      }
    }
    return root;
  }
}

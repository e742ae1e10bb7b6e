package dev.sourcecheck.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.Severity;
import java.util.List;
import java.util.Map;

/**
 * The typed records of a SARIF 2.1.0 log that sourcecheck writes (the names are the standard's):
 * reporting descriptors for rules, artifacts for articles, results with physical locations and
 * regions. Immutable.
 */
final class SarifEntries {
  private SarifEntries() {}

  /** SARIF's level for a severity: info is a note. */
  static String level(Severity s) {
    return switch (s) {
      case INFO -> "note";
      case WARNING -> "warning";
      case ERROR -> "error";
    };
  }

  record Text(String text) {}

  record Configuration(String level) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration", "properties"})
  record Descriptor(String id, String name, Text shortDescription, Text fullDescription, Text help,
      Configuration defaultConfiguration, Map<String, Object> properties) {
    static Descriptor of(RuleInfo r) {
      StringBuilder name = new StringBuilder();
      for (String part : r.id().split("[.-]")) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
      String full = sentence(r.summary()) + (r.help() == null || r.help().isBlank() ? "" : " " + sentence(r.help()));
      String help = sentence(r.helpOrSummary()) + (r.lexicons().isEmpty() ? ""
          : " Word lists: " + String.join(", ", r.lexicons()) + " (rules/lexicons/).");
      Map<String, Object> props = new java.util.LinkedHashMap<>();
      props.put("category", r.category().label());
      props.put("tags", List.of(r.category().label()));
      return new Descriptor(r.id(), name.toString(), new Text(r.summary()), new Text(full), new Text(help),
          new Configuration(level(r.severity())), props);
    }

    private static String sentence(String s) {
      String t = s.strip();
      return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
  }

  @JsonPropertyOrder({"name", "version", "semanticVersion", "rules", "properties"})
  record Driver(String name, String version, String semanticVersion, List<Descriptor> rules,
      Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"uri", "index"})
  record ArtifactLocation(String uri, Integer index) {}

  @JsonPropertyOrder({"location", "length", "properties"})
  record Artifact(ArtifactLocation location, int length, Map<String, Object> properties) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "snippet"})
  record Region(int startLine, int startColumn, int endLine, int endColumn, int charOffset, int charLength,
      Text snippet) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"artifactLocation", "region"})
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "physicalLocation", "message"})
  record Place(Integer id, PhysicalLocation physicalLocation, Text message) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations",
      "partialFingerprints", "properties"})
  record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Place> locations,
      List<Place> relatedLocations, Map<String, String> partialFingerprints, Map<String, Object> properties) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"level", "message", "locations"})
  record Notification(String level, Text message, List<Place> locations) {}

  @JsonPropertyOrder({"executionSuccessful", "toolExecutionNotifications", "properties"})
  record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications,
      Map<String, Object> properties) {}
}

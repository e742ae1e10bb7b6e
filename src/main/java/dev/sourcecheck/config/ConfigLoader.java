package dev.sourcecheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sourcecheck.RuleSettings;
import dev.sourcecheck.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads {@code sourcecheck.yaml} with Jackson's YAML parser, token by token, so that every error
 * names the file, the line and the key: an unknown key, a value of the wrong kind or out of range.
 * {@link #find} looks for the file in a folder and its parents. Stateless and thread-safe.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  public static final String FILE_NAME = "sourcecheck.yaml";
  static final List<String> KEYS = List.of("rules", "min-severity", "fail-on", "format", "lexicons", "extra-rules");
  static final List<String> FAIL_ON = List.of("info", "warning", "error", "never");
  static final List<String> FORMATS = List.of("text", "json", "jsonl", "sarif", "html", "markdown");
  private static final YAMLFactory YAML = new YAMLFactory();

  /** The nearest {@code sourcecheck.yaml} in {@code dir} or a parent, or null. */
  public static Path find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path f = d.resolve(FILE_NAME);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  public static Config load(Path file) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file, 0, "", "no such file");
    }
    Parse p = new Parse(file);
    try (JsonParser in = YAML.createParser(file.toFile())) {
      p.in = in;
      return p.root();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigException(file, at == null ? 0 : at.getLineNr(), p.key, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, 0, "", "cannot read: " + e.getMessage());
    }
  }

  /** One parse: the parser, the key being read (for errors) and what was read. */
  private static final class Parse {
    final Path file;
    JsonParser in;
    String key = "";
    final Map<String, Integer> lines = new HashMap<>();

    Parse(Path file) {
      this.file = file;
    }

    Config root() throws IOException, ConfigException {
      JsonToken t = in.nextToken();
      if (t == null) {
        return new Config(file, RuleSettings.NONE, null, null, null, Map.of(), null, Map.of());
      }
      if (t != JsonToken.START_OBJECT) {
        throw error("the file must be a mapping of keys: " + String.join(", ", KEYS));
      }
      Set<String> off = new TreeSet<>();
      Map<String, Severity> severities = new TreeMap<>();
      Severity min = null;
      String failOn = null;
      String format = null;
      Map<String, List<String>> lexicons = new LinkedHashMap<>();
      Path extra = null;
      Set<String> seen = new TreeSet<>();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        key = in.currentName();
        if (!seen.add(key)) {
          throw error("set twice");
        }
        JsonToken v = in.nextToken();
        switch (key) {
          case "rules" -> rules(v, off, severities);
          case "min-severity" -> min = severity(scalar(v), "info, warning or error");
          case "fail-on" -> failOn = oneOf(scalar(v), FAIL_ON);
          case "format" -> format = oneOf(scalar(v), FORMATS);
          case "lexicons" -> lexicons(v, lexicons);
          case "extra-rules" -> extra = folder(scalar(v));
          default -> throw error("unknown key (known: " + String.join(", ", KEYS) + ")");
        }
        key = "";
      }
      return new Config(file, new RuleSettings(off, severities), min, failOn, format, lexicons, extra, lines);
    }

    private void rules(JsonToken v, Set<String> off, Map<String, Severity> severities) throws IOException, ConfigException {
      if (v != JsonToken.START_OBJECT) {
        throw error("a mapping of rule ids to off, info, warning or error, e.g. {framing.puffery: off}");
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String id = in.currentName();
        key = "rules." + id;
        lines.put(key, line());
        String value = scalar(in.nextToken());
        if (value.equals("off") || value.equals("false")) {
          off.add(id);
        } else {
          severities.put(id, severity(value, "off, info, warning or error"));
        }
      }
    }

    private void lexicons(JsonToken v, Map<String, List<String>> out) throws IOException, ConfigException {
      if (v != JsonToken.START_OBJECT) {
        throw error("a mapping of lexicon names to lists of entries, e.g. {vague-sources: [insiders said]}");
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        key = "lexicons." + name;
        lines.put(key, line());
        if (in.nextToken() != JsonToken.START_ARRAY) {
          throw error("a list of entries, e.g. [insiders said, people familiar with *]");
        }
        List<String> entries = new ArrayList<>();
        for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
          String e = scalar(t);
          if (e.isBlank() || e.contains("\n")) {
            throw error("an entry is one non-empty line, got '" + e + "'");
          }
          entries.add(e);
        }
        out.put(name, entries);
      }
    }

    private Path folder(String value) throws ConfigException {
      Path p = file.toAbsolutePath().getParent().resolve(value).normalize();
      if (!Files.isDirectory(p)) {
        throw error("'" + value + "' is not a folder (" + p + ")");
      }
      return p;
    }

    private String scalar(JsonToken t) throws IOException, ConfigException {
      if (t == null || t.isStructStart() || t.isStructEnd()) {
        throw error("expected a single value here");
      }
      return in.getText().strip();
    }

    private Severity severity(String value, String expected) throws ConfigException {
      try {
        return Severity.parse(value);
      } catch (IllegalArgumentException e) {
        throw error("'" + value + "' is not one of " + expected);
      }
    }

    private String oneOf(String value, List<String> allowed) throws ConfigException {
      if (!allowed.contains(value)) {
        throw error("'" + value + "' is not one of " + String.join(", ", allowed));
      }
      return value;
    }

    private int line() {
      return in.currentTokenLocation().getLineNr();
    }

    private ConfigException error(String message) {
      return new ConfigException(file, line(), key, message);
    }
  }
}

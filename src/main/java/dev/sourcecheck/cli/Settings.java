package dev.sourcecheck.cli;

import dev.sourcecheck.config.Config;
import dev.sourcecheck.config.ConfigException;
import dev.sourcecheck.config.ConfigLoader;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.engine.RuleSet;
import java.nio.file.Path;

/**
 * What a command runs with once the configuration file and the command line are put together:
 * the file read ({@link Config#NONE} without one), and the rule base: the bundled rules or {@code
 * --rules DIR}, plus the file's extra rules folder and lexicon entries. Every problem with the
 * file is a usage error naming file, line and key. Immutable.
 */
record Settings(Config config, RuleBase rules) {
  /**
   * Reads {@code --config FILE}, else the nearest {@code sourcecheck.yaml} in the current folder or
   * a parent (none with {@code noConfig}), and builds the rule base it asks for.
   */
  static Settings resolve(Path configFile, boolean noConfig, Path rulesDir) throws RuleLoadException {
    Config config = Config.NONE;
    try {
      Path file = configFile != null ? configFile : noConfig ? null : ConfigLoader.find(Path.of(""));
      if (file != null) {
        config = ConfigLoader.load(file);
      }
      RuleSet set = rulesDir == null ? RuleSet.bundled() : RuleSet.load(rulesDir);
      if (config.extraRules() != null) {
        set = set.with(RuleSet.load(config.extraRules()));
      }
      RuleBase rb = rulesDir == null && config.extraRules() == null ? RuleBase.bundled() : RuleBase.of(set);
      config.checkRules(rb.catalog());
      config.checkLexicons(rb.rules().lexicons().keySet());
      return new Settings(config, rb.withLexiconEntries(config.lexicons()));
    } catch (ConfigException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /** The first of the command line's value, the file's, the default. */
  static <T> T pick(T commandLine, T file, T fallback) {
    return commandLine != null ? commandLine : file != null ? file : fallback;
  }
}

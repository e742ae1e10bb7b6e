package dev.sourcecheck;

/** The tool's version, as the build wrote it into {@code sourcecheck/version.properties}. */
public final class Version {
  private Version() {}

  public static final String VERSION = read();

  private static String read() {
    try (var in = Version.class.getClassLoader().getResourceAsStream("sourcecheck/version.properties")) {
      if (in == null) {
        return "dev";
      }
      var p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (java.io.IOException e) {
      return "dev";
    }
  }
}

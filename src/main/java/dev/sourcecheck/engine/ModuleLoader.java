package dev.sourcecheck.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Turns the bytes of a compiled executable-model KIE module (a kjar with the generated classes)
 * into a {@link KieBase} without compiling anything: the classes are defined from memory and the
 * rule base is built from the module's {@link Model}s. Going through {@code KieRepository} and a
 * {@code KieContainer} instead needs a {@code kmodule.xml} and, when anything is amiss, silently
 * falls back to compiling the DRL (ECJ, seconds). Stateless and thread-safe.
 */
final class ModuleLoader {
  private ModuleLoader() {}

  private static final String PROJECT_MODEL = "org/drools/project/model/ProjectModel_";

  /** Loads a module; throws {@link IllegalArgumentException} when the bytes hold no executable model. */
  static KieBase load(byte[] module) {
    Map<String, byte[]> classes = new HashMap<>();
    String model = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".class")) {
          classes.put(e.getName(), zip.readAllBytes());
          if (e.getName().startsWith(PROJECT_MODEL)) {
            model = e.getName();
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a KIE module: " + e.getMessage(), e);
    }
    if (model == null) {
      throw new IllegalArgumentException("not an executable-model KIE module (no " + PROJECT_MODEL + "*)");
    }
    ClassLoader loader = new MemoryClassLoader(classes, RuleBase.class.getClassLoader());
    try {
      String name = model.substring(0, model.length() - ".class".length()).replace('/', '.');
      CanonicalKieModuleModel project =
          (CanonicalKieModuleModel) loader.loadClass(name).getDeclaredConstructor().newInstance();
      return KieBaseBuilder.createKieBaseFromModel(project.getModels(),
          KieServices.Factory.get().newKieBaseConfiguration(null, loader));
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      throw new IllegalArgumentException("cannot load the KIE module: " + e, e);
    }
  }

  /** Defines the module's classes from memory, delegating everything else to the application's loader. */
  private static final class MemoryClassLoader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = classes.get(name.replace('.', '/') + ".class");
      if (b == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, b, 0, b.length);
    }
  }
}

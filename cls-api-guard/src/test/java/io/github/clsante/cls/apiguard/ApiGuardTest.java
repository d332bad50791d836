package io.github.clsante.cls.apiguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public-API guard: the public and protected signatures of each published module, written to
 * {@code api/<module>.api} at the repository's root, must equal what the module's classes declare. An API change
 * therefore shows as a diff of those files in review. After a deliberate change:
 * {@code ./mvnw -B verify -pl cls-api-guard -am -Dcls.api.update=true}, then commit {@code api/}.
 *
 * <p>What is API: every public type outside the {@code internal} packages and the packages of Drools-generated rule
 * classes, with its public and protected constructors, methods and fields. The {@code Immutable*} classes that
 * Immutables generates for the model are API: {@code builder()} returns them.
 */
class ApiGuardTest {

  /** Packages that are not API: the internal tiers, and the classes Drools generates for each pack. */
  private static final Pattern NOT_API = Pattern.compile(
      "io/github/clsante/cls/(.+/)?internal/.*|io/github/clsante/cls/rules/(socle|normandie|occitanie)/.*");

  @ParameterizedTest
  @ValueSource(strings = {"cls-core", "cls-testkit", "cls-json", "cls-rules", "cls-render", "cls-cli"})
  void thePublicApiIsTheCommittedOne(String module) throws Exception {
    String actual = String.join("\n", api(module)) + "\n";
    Path file = Path.of(System.getProperty("cls.api.dir", "../api")).resolve(module + ".api");
    if (Boolean.getBoolean("cls.api.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("%s: run ./mvnw -B verify -pl cls-api-guard -am -Dcls.api.update=true and commit it",
        file).exists();
    String committed = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("the public API of %s differs from %s: review the change, then update it with "
            + "./mvnw -B verify -pl cls-api-guard -am -Dcls.api.update=true", module, file)
        .isEqualTo(committed);
  }

  /** The signatures of a module's API, one per line, sorted. */
  static List<String> api(String module) throws IOException, ClassNotFoundException {
    List<String> out = new ArrayList<>();
    for (String name : classNames(location(module))) {
      Class<?> c = Class.forName(name, false, ApiGuardTest.class.getClassLoader());
      if (!isApi(c)) {
        continue;
      }
      out.add(c.toGenericString() + supertypes(c));
      Set<String> members = new TreeSet<>();
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers(), c)) {
          members.add("  " + k.toGenericString());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers(), c) && !m.isSynthetic() && !m.isBridge()) {
          members.add("  " + m.toGenericString());
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers(), c) && !f.isSynthetic()) {
          members.add("  " + f.toGenericString());
        }
      }
      out.addAll(members);
    }
    return out;
  }

  private static boolean isApi(Class<?> c) {
    if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers());
  }

  private static String supertypes(Class<?> c) {
    StringBuilder b = new StringBuilder();
    if (c.getGenericSuperclass() != null && c.getSuperclass() != Object.class && !c.isEnum() && !c.isRecord()) {
      b.append(" extends ").append(c.getGenericSuperclass().getTypeName());
    }
    if (c.getGenericInterfaces().length > 0) {
      b.append(c.isInterface() ? " extends " : " implements ");
      b.append(String.join(", ", Stream.of(c.getGenericInterfaces()).map(t -> t.getTypeName()).toList()));
    }
    return b.toString();
  }

  /** The jar or classes folder of a module on the test class path. */
  private static Path location(String module) {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String s = p.toString().replace('\\', '/');
      if (s.contains("/" + module + "/target/classes") || p.getFileName().toString().matches(
          Pattern.quote(module) + "-\\d.*\\.jar") && !p.getFileName().toString().contains("-all")) {
        return p;
      }
    }
    throw new IllegalStateException(module + " is not on the test class path");
  }

  /** The class names a jar or folder holds, outside the packages that are not API, sorted. */
  private static Set<String> classNames(Path location) throws IOException {
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          add(names, location.relativize(f).toString().replace(File.separatorChar, '/'));
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          add(names, e.nextElement().getName());
        }
      }
    }
    return new LinkedHashSet<>(names);
  }

  private static void add(Set<String> names, String entry) {
    if (entry.endsWith(".class") && !entry.endsWith("module-info.class") && !entry.endsWith("package-info.class")
        && !entry.startsWith("META-INF/") && !NOT_API.matcher(entry).matches()) {
      names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
  }
}

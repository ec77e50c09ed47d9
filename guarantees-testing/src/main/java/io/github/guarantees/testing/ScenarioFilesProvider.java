package io.github.guarantees.testing;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.io.LoadException;
import io.github.guarantees.io.References;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Agreement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Finds the scenario files of a {@link ScenarioFiles} test on the class path and reads them; used
 * by JUnit through the annotation.
 */
public final class ScenarioFilesProvider extends AnnotationBasedArgumentsProvider<ScenarioFiles> {
  /** Created by JUnit. */
  public ScenarioFilesProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, ScenarioFiles files) {
    Class<?> testClass = context.getRequiredTestClass();
    ClassLoader loader = testClass.getClassLoader();
    List<String> problems = new ArrayList<>();
    List<Arguments> out = new ArrayList<>();
    for (String glob : files.value()) {
      String absolute = absolute(glob, testClass);
      Set<String> names = resources(absolute, loader);
      if (names.isEmpty()) {
        problems.add(
            "@ScenarioFiles(\"" + glob + "\"): no class-path resource matches " + absolute);
      }
      for (String name : names) {
        URL url = loader.getResource(name);
        if (url == null) {
          continue;
        }
        try {
          ScenarioFile file = References.scenario(name, url);
          Agreement agreement = References.agreementOf(file, url);
          out.add(Arguments.of(new ScenarioCase(name, file, agreement)));
        } catch (LoadException e) {
          problems.add(e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    return out.stream();
  }

  /** The glob as a resource name from the class path's root, without a leading slash. */
  static String absolute(String glob, Class<?> relativeTo) {
    if (glob.startsWith("/")) {
      return glob.substring(1);
    }
    String pkg = relativeTo.getPackageName();
    return pkg.isEmpty() ? glob : pkg.replace('.', '/') + "/" + glob;
  }

  /** The names of the resources the glob matches, sorted. */
  static Set<String> resources(String glob, ClassLoader loader) {
    int wild = firstWildcard(glob);
    String dir = glob.substring(0, glob.lastIndexOf('/', wild) + 1);
    Pattern pattern = toRegex(glob);
    Set<String> out = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(dir.isEmpty() ? "" : dir);
      while (roots.hasMoreElements()) {
        for (String name : list(roots.nextElement(), dir)) {
          if (pattern.matcher(name).matches()) {
            out.add(name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int firstWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if (glob.charAt(i) == '*' || glob.charAt(i) == '?') {
        return i;
      }
    }
    return glob.length();
  }

  /** Every resource name under a directory of one class-path root. */
  private static List<String> list(URL root, String dir) throws IOException {
    if (root.getProtocol().equals("file")) {
      Path base;
      try {
        base = Path.of(root.toURI());
      } catch (URISyntaxException e) {
        throw new IOException("bad class-path URL " + root, e);
      }
      try (Stream<Path> walk = Files.walk(base)) {
        return walk.filter(Files::isRegularFile)
            .map(p -> dir + base.relativize(p).toString().replace('\\', '/'))
            .collect(ImmutableList.toImmutableList());
      }
    }
    URLConnection connection = root.openConnection();
    if (connection instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      List<String> out = new ArrayList<>();
      try (JarFile file = jar.getJarFile()) {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          JarEntry e = entries.nextElement();
          if (!e.isDirectory() && e.getName().startsWith(dir)) {
            out.add(e.getName());
          }
        }
      }
      return ImmutableList.copyOf(out);
    }
    return ImmutableList.of();
  }

  /** A glob as a regular expression: {@code **} any text, {@code *} none of '/', {@code ?} one. */
  static Pattern toRegex(String glob) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        if (i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
          out.append("(?:.*/)?"); // "**/" also matches no directory at all
          i += 2;
        } else {
          out.append(".*");
          i++;
        }
      } else if (c == '*') {
        out.append("[^/]*");
      } else if (c == '?') {
        out.append("[^/]");
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(out.toString());
  }
}

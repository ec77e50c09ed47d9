package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves what a scenario file's {@code agreement:} line and a command's arguments refer to: a
 * file (relative to the scenario file that names it), a class-path resource, or a built-in name
 * {@code builtin:<agreement>} or {@code builtin:<agreement>/<scenario>} from the {@link Catalogue}s
 * on the class path.
 *
 * <pre>{@code
 * ScenarioFile file = References.scenario("my-what-if.yaml");
 * Agreement agreement = References.agreementOf(file, Path.of("my-what-if.yaml"));
 * List<Mismatch> mismatches = file.check(agreement);
 * }</pre>
 *
 * <p>Errors are {@link LoadException}s naming the file, and the built-in name probably meant.
 */
public final class References {
  /** The prefix of a built-in name. */
  public static final String BUILTIN = "builtin:";

  private static final Supplier<Builtins> BUILTINS = Suppliers.memoize(Builtins::load);

  private References() {}

  /** The catalogues' agreements and scenario files, merged; the first catalogue wins a name. */
  private record Builtins(
      ImmutableMap<String, Supplier<Agreement>> agreements,
      ImmutableMap<String, URL> scenarios,
      ImmutableMap<String, URL> properties) {
    static Builtins load() {
      Map<String, Supplier<Agreement>> agreements = new LinkedHashMap<>();
      Map<String, URL> scenarios = new LinkedHashMap<>();
      Map<String, URL> properties = new LinkedHashMap<>();
      ClassLoader loader = References.class.getClassLoader();
      for (Catalogue c : ServiceLoader.load(Catalogue.class, loader)) {
        c.agreements().forEach(agreements::putIfAbsent);
        c.scenarios().forEach(scenarios::putIfAbsent);
        c.properties().forEach(properties::putIfAbsent);
      }
      return new Builtins(
          ImmutableMap.copyOf(agreements),
          ImmutableMap.copyOf(scenarios),
          ImmutableMap.copyOf(properties));
    }
  }

  /**
   * Returns the names of the built-in agreements, without the {@code builtin:} prefix.
   *
   * @return the ids, in catalogue order
   */
  public static ImmutableList<String> builtinAgreements() {
    return BUILTINS.get().agreements().keySet().asList();
  }

  /**
   * Returns the names of the built-in scenario files, {@code <agreement>/<scenario>}, without the
   * {@code builtin:} prefix.
   *
   * @return the names, in catalogue order
   */
  public static ImmutableList<String> builtinScenarios() {
    return BUILTINS.get().scenarios().keySet().asList();
  }

  /**
   * Returns the names of the built-in property files, {@code <agreement>/<name>}, without the
   * {@code builtin:} prefix.
   *
   * @return the names, in catalogue order
   */
  public static ImmutableList<String> builtinProperties() {
    return BUILTINS.get().properties().keySet().asList();
  }

  /**
   * Reads a property file named by a command-line argument: a file, or {@code
   * builtin:<agreement>/<name>} (e.g. {@code builtin:paris-2026/properties}).
   *
   * @param ref the file or built-in name, not null
   * @return the property file
   * @throws LoadException listing every problem, or naming the built-in probably meant
   * @throws NullPointerException if ref is null
   */
  public static PropertyFile properties(String ref) {
    checkNotNull(ref, "ref");
    if (ref.startsWith(BUILTIN)) {
      String name = ref.substring(BUILTIN.length());
      URL url = BUILTINS.get().properties().get(name);
      if (url == null) {
        throw fail(
            ref,
            "no built-in property file '"
                + name
                + "'"
                + hint(name, builtinProperties())
                + " (built-in: "
                + String.join(", ", builtinProperties())
                + ")");
      }
      return FileFormat.readProperties(ref, read(url), syntax(url));
    }
    return FileFormat.readProperties(Path.of(ref));
  }

  /**
   * Reads an agreement named by a command-line argument or a scenario file.
   *
   * @param ref {@code builtin:<id>}, or a file: relative to {@code scenarioFile}'s directory if
   *     given, else to the working directory; not null
   * @param scenarioFile the scenario file that names the agreement, or null
   * @return the agreement, valid
   * @throws LoadException if no such built-in exists (naming the one probably meant), or the file
   *     cannot be read or has problems
   * @throws NullPointerException if ref is null
   */
  public static Agreement agreement(String ref, @Nullable Path scenarioFile) {
    checkNotNull(ref, "ref");
    if (ref.startsWith(BUILTIN)) {
      return builtinAgreement(ref, scenarioFile == null ? ref : scenarioFile.toString());
    }
    return agreementFile(ref, scenarioFile).agreement();
  }

  /**
   * Like {@link #agreement(String, Path)}, with the agreement's warnings: placed at file, line and
   * column for a file, unplaced for a built-in agreement.
   *
   * @param ref {@code builtin:<id>}, or a file: relative to {@code scenarioFile}'s directory if
   *     given, else to the working directory; not null
   * @param scenarioFile the scenario file that names the agreement, or null
   * @return the agreement, valid, and its warnings
   * @throws LoadException if no such built-in exists (naming the one probably meant), or the file
   *     cannot be read or has problems
   * @throws NullPointerException if ref is null
   */
  public static AgreementFile agreementFile(String ref, @Nullable Path scenarioFile) {
    checkNotNull(ref, "ref");
    if (ref.startsWith(BUILTIN)) {
      return AgreementFile.unplaced(
          ref, builtinAgreement(ref, scenarioFile == null ? ref : scenarioFile.toString()));
    }
    Path dir = scenarioFile == null ? null : scenarioFile.toAbsolutePath().getParent();
    Path file = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
    return FileFormat.readAgreementFile(dir == null ? file : relativize(file));
  }

  /**
   * Reads an agreement named by a scenario file that is a class-path resource (or any URL).
   *
   * @param ref {@code builtin:<id>}, or a path relative to {@code scenarioFile}; not null
   * @param scenarioFile the scenario file that names the agreement, not null
   * @return the agreement, valid
   * @throws LoadException if no such built-in or resource exists, or it has problems
   * @throws NullPointerException if an argument is null
   */
  public static Agreement agreement(String ref, URL scenarioFile) {
    checkNotNull(ref, "ref");
    checkNotNull(scenarioFile, "scenarioFile");
    if (ref.startsWith(BUILTIN)) {
      return builtinAgreement(ref, scenarioFile.toString());
    }
    URL url;
    try {
      url = new URL(scenarioFile, ref);
    } catch (MalformedURLException e) {
      throw fail(scenarioFile.toString(), "bad agreement reference '" + ref + "'");
    }
    return FileFormat.readAgreement(url.toString(), read(url), syntax(url));
  }

  /**
   * Reads a scenario file named by a command-line argument: a file, or {@code
   * builtin:<agreement>/<scenario>}. If it has problems, the events and expectations that did read
   * are also checked against the agreement it names, so that one run reports every problem.
   *
   * @param ref the file or built-in name, not null
   * @return the scenario file
   * @throws LoadException listing every problem, or naming the built-in probably meant
   * @throws NullPointerException if ref is null
   */
  public static ScenarioFile scenario(String ref) {
    checkNotNull(ref, "ref");
    if (ref.startsWith(BUILTIN)) {
      String name = ref.substring(BUILTIN.length());
      URL url = BUILTINS.get().scenarios().get(name);
      if (url == null) {
        throw fail(
            ref,
            "no built-in scenario '"
                + name
                + "'"
                + hint(name, builtinScenarios())
                + "; name one as builtin:<agreement>/<scenario>, e.g."
                + " builtin:paris-2026/request-withdrawn");
      }
      return scenario(ref, url);
    }
    Path file = Path.of(ref);
    return FileFormat.readScenario(file, named -> Optional.of(agreement(named, file)));
  }

  /**
   * Reads a scenario file from a class-path resource (or any URL); if it has problems, also checks
   * what did read against the agreement it names.
   *
   * @param source the name to give in errors, not null
   * @param url where to read it, YAML unless its path ends in {@code .json}; not null
   * @return the scenario file
   * @throws LoadException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static ScenarioFile scenario(String source, URL url) {
    checkNotNull(source, "source");
    checkNotNull(url, "url");
    return FileFormat.readScenario(
        source, read(url), syntax(url), named -> Optional.of(agreement(named, url)));
  }

  /**
   * Returns the agreement a scenario file names in its {@code agreement:} line.
   *
   * @param file the scenario file, not null
   * @param location where the file was read (relative paths are relative to it), or null for the
   *     working directory
   * @return the agreement, valid
   * @throws LoadException if the file names no agreement, or it cannot be read
   * @throws NullPointerException if file is null
   */
  public static Agreement agreementOf(ScenarioFile file, @Nullable Path location) {
    return agreement(named(file), location);
  }

  /**
   * Like {@link #agreementOf(ScenarioFile, Path)}, with the agreement's warnings.
   *
   * @param file the scenario file, not null
   * @param location where the file was read (relative paths are relative to it), or null for the
   *     working directory
   * @return the agreement, valid, and its warnings
   * @throws LoadException if the file names no agreement, or it cannot be read
   * @throws NullPointerException if file is null
   */
  public static AgreementFile agreementFileOf(ScenarioFile file, @Nullable Path location) {
    return agreementFile(named(file), location);
  }

  /**
   * Returns the agreement a scenario file read from a URL names in its {@code agreement:} line.
   *
   * @param file the scenario file, not null
   * @param location where the file was read, not null
   * @return the agreement, valid
   * @throws LoadException if the file names no agreement, or it cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Agreement agreementOf(ScenarioFile file, URL location) {
    return agreement(named(file), location);
  }

  private static String named(ScenarioFile file) {
    checkNotNull(file, "file");
    return file.agreement()
        .orElseThrow(
            () ->
                fail(
                    file.source(),
                    "the scenario names no agreement; add a line such as"
                        + " 'agreement: builtin:paris-2026' or 'agreement: agreement.yaml'"
                        + " (relative to the scenario file)"));
  }

  private static Agreement builtinAgreement(String ref, String where) {
    String id = ref.substring(BUILTIN.length());
    Supplier<Agreement> builtin = BUILTINS.get().agreements().get(id);
    if (builtin == null) {
      throw fail(
          where,
          "no built-in agreement '"
              + id
              + "'"
              + hint(id, builtinAgreements())
              + " (built-in: "
              + String.join(", ", builtinAgreements())
              + ")");
    }
    return builtin.get();
  }

  private static String hint(String wrong, ImmutableList<String> known) {
    return known.isEmpty()
        ? "; no built-ins are on the class path"
        : Suggestions.hint(wrong, known);
  }

  private static Syntax syntax(URL url) {
    return url.getPath().toLowerCase(Locale.ROOT).endsWith(".json") ? Syntax.JSON : Syntax.YAML;
  }

  private static Path relativize(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, FileFormat.MAX_SIZE * 4));
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw fail(url.toString(), "the file is not UTF-8 text");
    } catch (IOException e) {
      throw fail(url.toString(), "cannot read the file: " + e);
    }
  }

  private static LoadException fail(String file, String message) {
    return new LoadException(ImmutableList.of(new FileProblem(file, 0, 0, "", message)));
  }
}

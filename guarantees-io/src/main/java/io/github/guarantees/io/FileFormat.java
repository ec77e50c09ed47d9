package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes agreements and scenarios as YAML or JSON; the format is described in {@code
 * docs/FORMAT.md}.
 *
 * <pre>{@code
 * Agreement agreement = FileFormat.readAgreement(Path.of("agreement.yaml"));
 * ScenarioFile scenario = FileFormat.readScenario(Path.of("scenarios/withdrawn.yaml"));
 * List<Mismatch> mismatches = scenario.check(agreement);
 * String yaml = FileFormat.write(agreement, Syntax.YAML);
 * }</pre>
 *
 * <p>A read either returns a complete, valid value or throws one {@link LoadException} listing
 * every problem in the file, each with file, line, column and the path inside the document. What
 * {@code write} produces reads back equal to what was written.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FileFormat {
  /** The largest file read, in characters (8 MiB): a guard against feeding in the wrong file. */
  public static final long MAX_SIZE = 8L * 1024 * 1024;

  private FileFormat() {}

  /**
   * Reads an agreement from a file, YAML unless its name ends in {@code .json}.
   *
   * @param file the file, not null
   * @return the agreement, valid
   * @throws LoadException listing every problem, including a file that cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Agreement readAgreement(Path file) {
    return readAgreementFile(file).agreement();
  }

  /**
   * Reads an agreement from a file, YAML unless its name ends in {@code .json}, with its warnings
   * placed at file, line and column.
   *
   * @param file the file, not null
   * @return the agreement and its warnings
   * @throws LoadException listing every problem, including a file that cannot be read
   * @throws NullPointerException if file is null
   */
  public static AgreementFile readAgreementFile(Path file) {
    checkNotNull(file, "file");
    return readAgreementFile(file.toString(), load(file), Syntax.of(file));
  }

  /**
   * Reads an agreement from text.
   *
   * @param source the name to give in errors, e.g. the file name; not null
   * @param text the document, not null
   * @param syntax its syntax, not null
   * @return the agreement, valid
   * @throws LoadException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static Agreement readAgreement(String source, String text, Syntax syntax) {
    return readAgreementFile(source, text, syntax).agreement();
  }

  /**
   * Reads an agreement from text, with its warnings placed at file, line and column.
   *
   * @param source the name to give in errors and warnings, e.g. the file name; not null
   * @param text the document, not null
   * @param syntax its syntax, not null
   * @return the agreement and its warnings
   * @throws LoadException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static AgreementFile readAgreementFile(String source, String text, Syntax syntax) {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    checkNotNull(syntax, "syntax");
    List<FileProblem> problems = new ArrayList<>();
    TreeReader reader = new TreeReader(source, problems);
    Node root = reader.read(text, syntax);
    Agreement out = null;
    Decoder decoder = new Decoder(source, problems, reader.index);
    if (root != null) {
      out = decoder.agreement(root);
    }
    if (root == null || out == null || !problems.isEmpty()) {
      throw new LoadException(fallback(source, problems, "the agreement"));
    }
    return new AgreementFile(source, out, decoder.warnings(out, root));
  }

  /**
   * Reads a scenario file, YAML unless its name ends in {@code .json}.
   *
   * @param file the file, not null
   * @return the scenario file
   * @throws LoadException listing every problem, including a file that cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static ScenarioFile readScenario(Path file) {
    checkNotNull(file, "file");
    return readScenario(file.toString(), load(file), Syntax.of(file));
  }

  /**
   * Reads a scenario file; if it has problems, also checks the events and expectations that did
   * read against the agreement it names, so that one run reports every problem.
   *
   * @param file the file, YAML unless its name ends in {@code .json}; not null
   * @param agreements finds the agreement a scenario names (its {@code agreement:} value), or
   *     empty; an agreement that fails to load is simply not used here
   * @return the scenario file
   * @throws LoadException listing every problem, including a file that cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static ScenarioFile readScenario(
      Path file, Function<String, Optional<Agreement>> agreements) {
    checkNotNull(file, "file");
    checkNotNull(agreements, "agreements");
    return readScenario(file.toString(), load(file), Syntax.of(file), agreements);
  }

  /**
   * Reads a scenario file from text.
   *
   * @param source the name to give in errors, e.g. the file name; not null
   * @param text the document, not null
   * @param syntax its syntax, not null
   * @return the scenario file
   * @throws LoadException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static ScenarioFile readScenario(String source, String text, Syntax syntax) {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    checkNotNull(syntax, "syntax");
    return readScenario(source, text, syntax, ref -> Optional.empty());
  }

  /**
   * Reads a scenario file from text; if it has problems, also checks the events and expectations
   * that did read against the agreement it names.
   *
   * @param source the name to give in errors, e.g. the file name; not null
   * @param text the document, not null
   * @param syntax its syntax, not null
   * @param agreements finds the agreement a scenario names, or empty
   * @return the scenario file
   * @throws LoadException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static ScenarioFile readScenario(
      String source, String text, Syntax syntax, Function<String, Optional<Agreement>> agreements) {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    checkNotNull(syntax, "syntax");
    checkNotNull(agreements, "agreements");
    List<FileProblem> problems = new ArrayList<>();
    TreeReader reader = new TreeReader(source, problems);
    Node root = reader.read(text, syntax);
    ScenarioFile out = null;
    if (root != null) {
      out = new Decoder(source, problems, reader.index, agreements).scenario(root, source);
    }
    if (out == null || !problems.isEmpty()) {
      throw new LoadException(fallback(source, problems, "the scenario"));
    }
    return out;
  }

  /**
   * Reads a property file, YAML unless its name ends in {@code .json}.
   *
   * @param file the file, not null
   * @return the property file
   * @throws LoadException listing every problem, including a file that cannot be read
   * @throws NullPointerException if file is null
   */
  public static PropertyFile readProperties(Path file) {
    checkNotNull(file, "file");
    return readProperties(file.toString(), load(file), Syntax.of(file));
  }

  /**
   * Reads a property file from text. The names its properties use are checked when they are asked
   * of an agreement ({@link PropertyFile#validate}).
   *
   * @param source the name to give in errors, e.g. the file name; not null
   * @param text the document, not null
   * @param syntax its syntax, not null
   * @return the property file
   * @throws LoadException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static PropertyFile readProperties(String source, String text, Syntax syntax) {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    checkNotNull(syntax, "syntax");
    List<FileProblem> problems = new ArrayList<>();
    TreeReader reader = new TreeReader(source, problems);
    Node root = reader.read(text, syntax);
    PropertyFile out = null;
    if (root != null) {
      out = new Decoder(source, problems, reader.index).propertyFile(root, source);
    }
    if (out == null || !problems.isEmpty()) {
      throw new LoadException(fallback(source, problems, "the property file"));
    }
    return out;
  }

  /**
   * Writes a property file.
   *
   * @param file the property file, not null
   * @param syntax the syntax, not null
   * @return the document, ending in a newline
   * @throws NullPointerException if an argument is null
   */
  public static String write(PropertyFile file, Syntax syntax) {
    checkNotNull(file, "file");
    checkNotNull(syntax, "syntax");
    return Encoder.write(syntax, e -> e.propertyFile(file));
  }

  /**
   * Writes an agreement.
   *
   * @param agreement the agreement, not null
   * @param syntax the syntax, not null
   * @return the document, ending in a newline
   * @throws NullPointerException if an argument is null
   */
  public static String write(Agreement agreement, Syntax syntax) {
    checkNotNull(agreement, "agreement");
    checkNotNull(syntax, "syntax");
    return Encoder.write(syntax, e -> e.agreement(agreement));
  }

  /**
   * Writes a scenario file.
   *
   * @param file the scenario file, not null
   * @param syntax the syntax, not null
   * @return the document, ending in a newline
   * @throws NullPointerException if an argument is null
   */
  public static String write(ScenarioFile file, Syntax syntax) {
    checkNotNull(file, "file");
    checkNotNull(syntax, "syntax");
    return Encoder.write(syntax, e -> e.scenario(file));
  }

  /**
   * Writes a scenario without agreement reference or expectations.
   *
   * @param scenario the scenario, not null
   * @param syntax the syntax, not null
   * @return the document, ending in a newline
   * @throws NullPointerException if an argument is null
   */
  public static String write(Scenario scenario, Syntax syntax) {
    checkNotNull(scenario, "scenario");
    checkNotNull(syntax, "syntax");
    return write(ScenarioFile.of(null, scenario, ImmutableList.of()), syntax);
  }

  /**
   * The problems to report: the file's own first, then those of any file it names (the agreement of
   * a scenario), each file's in line and column order.
   */
  private static List<FileProblem> fallback(
      String source, List<FileProblem> problems, String what) {
    if (problems.isEmpty()) {
      return ImmutableList.of(new FileProblem(source, 0, 0, "", what + " could not be built"));
    }
    Map<String, Integer> files = new LinkedHashMap<>();
    files.put(source, 0);
    problems.forEach(p -> files.putIfAbsent(p.file(), files.size()));
    return ImmutableList.sortedCopyOf(
        Comparator.<FileProblem>comparingInt(p -> files.getOrDefault(p.file(), 0))
            .thenComparingInt(FileProblem::line)
            .thenComparingInt(FileProblem::column),
        problems);
  }

  /**
   * Reads a file as UTF-8 text, at most {@link #MAX_SIZE} characters. Only a regular file is
   * opened: a directory, a device ({@code /dev/zero}), a named pipe or a socket is refused by name
   * before any read, so that nothing blocks or fills memory; the read itself stops after the limit,
   * since some files ({@code /proc}) report a size of zero. A leading byte-order mark is dropped by
   * the reader.
   */
  private static String load(Path file) {
    String name = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw fail(name, "no such file");
    } catch (IOException e) {
      throw fail(name, "cannot read the file: " + message(e));
    }
    if (attributes.isDirectory()) {
      throw fail(name, "is a directory; name an agreement or scenario file in it");
    }
    if (!attributes.isRegularFile()) {
      throw fail(
          name,
          "is not a regular file (a device, pipe or socket); name an agreement or scenario file");
    }
    long limit = MAX_SIZE * 4; // four bytes per character at most in UTF-8
    if (attributes.size() > limit) {
      throw fail(name, TreeReader.tooLarge(attributes.size()));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw fail(name, TreeReader.tooLarge(bytes.length));
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw fail(name, "no such file");
    } catch (CharacterCodingException e) {
      throw fail(name, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw fail(name, "cannot read the file: " + message(e));
    }
  }

  /** Drops a leading byte-order mark (U+FEFF), which some editors write and JSON parsers refuse. */
  static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String message(IOException e) {
    @Nullable String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private static LoadException fail(String file, String message) {
    return new LoadException(ImmutableList.of(new FileProblem(file, 0, 0, "", message)));
  }
}

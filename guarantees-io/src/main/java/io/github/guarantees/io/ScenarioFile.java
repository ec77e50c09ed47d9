package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.analysis.Analysis;
import io.github.guarantees.analysis.Failure;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import io.github.guarantees.scenario.ScenarioWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as a file holds it: the scenario, the agreement it is for and the outcomes it expects.
 *
 * <pre>{@code
 * ScenarioFile file = FileFormat.readScenario(Path.of("request-withdrawn.yaml"));
 * List<Mismatch> mismatches = file.check(agreement);
 * }</pre>
 *
 * <p>Two scenario files are equal when their agreement reference, scenario and expectations are;
 * where they were read from does not count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioFile {
  private final String source;
  private final Optional<String> agreement;
  private final Scenario scenario;
  private final ImmutableList<Expectation> expectations;
  private final ImmutableMap<String, int[]> positions;
  private final ImmutableList<NamedProperty> holds;
  private final ImmutableList<PropertyNames.Use> uses;

  /** The events in the order the file lists them, which positions and paths refer to. */
  private final ImmutableList<Event> listed;

  ScenarioFile(
      String source,
      @Nullable String agreement,
      Scenario scenario,
      ImmutableList<Event> listed,
      ImmutableList<Expectation> expectations,
      ImmutableList<NamedProperty> holds,
      ImmutableList<PropertyNames.Use> uses,
      ImmutableMap<String, int[]> positions) {
    this.source = source;
    this.holds = holds;
    this.uses = uses;
    this.listed = listed;
    this.agreement = Optional.ofNullable(agreement);
    this.scenario = scenario;
    this.expectations = expectations;
    this.positions = positions;
  }

  /**
   * Creates a scenario file for writing.
   *
   * @param agreement how the file names its agreement (a path relative to the file, or {@code
   *     builtin:<id>}), or null for none
   * @param scenario the scenario, not null
   * @param expectations the expected outcomes, none null
   * @return the scenario file
   * @throws NullPointerException if scenario, expectations or one of the expectations is null
   */
  public static ScenarioFile of(
      @Nullable String agreement, Scenario scenario, List<Expectation> expectations) {
    return of(agreement, scenario, expectations, ImmutableList.of());
  }

  /**
   * Creates a scenario file for writing, with properties that must hold at every instant of the
   * scenario.
   *
   * @param agreement how the file names its agreement (a path relative to the file, or {@code
   *     builtin:<id>}), or null for none
   * @param scenario the scenario, not null
   * @param expectations the expected outcomes, none null
   * @param holds the properties the scenario must satisfy, their names unique; none null
   * @return the scenario file
   * @throws NullPointerException if scenario, expectations, holds or one of their elements is null
   * @throws IllegalArgumentException if two properties have the same name
   */
  public static ScenarioFile of(
      @Nullable String agreement,
      Scenario scenario,
      List<Expectation> expectations,
      List<NamedProperty> holds) {
    checkNotNull(scenario, "scenario");
    checkNotNull(expectations, "expectations");
    checkNotNull(holds, "holds");
    PropertyFile properties = PropertyFile.of(null, null, holds);
    ImmutableList.Builder<PropertyNames.Use> uses = ImmutableList.builder();
    properties.properties().forEach(p -> uses.addAll(PropertyNames.of(p)));
    return new ScenarioFile(
        "<memory>",
        agreement,
        scenario,
        scenario.events(),
        ImmutableList.copyOf(expectations),
        properties.properties(),
        uses.build(),
        ImmutableMap.of());
  }

  /**
   * Returns the name of the file this was read from, as given to the reader.
   *
   * @return the file name, {@code <memory>} if built in code
   */
  public String source() {
    return source;
  }

  /**
   * Returns how the file names the agreement it is for: a path relative to the file, or {@code
   * builtin:<id>} for an agreement that ships with the examples.
   *
   * @return the reference, or empty if the file names none
   */
  public Optional<String> agreement() {
    return agreement;
  }

  /**
   * Returns the scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the expected outcomes, in file order.
   *
   * @return the expectations, possibly empty
   */
  public ImmutableList<Expectation> expectations() {
    return expectations;
  }

  /**
   * Returns the properties the scenario must satisfy (its {@code holds:} list), in file order; each
   * is decided on this one scenario, at every instant of it ({@link #checkProperties}).
   *
   * @return the properties, possibly empty
   */
  public ImmutableList<NamedProperty> holds() {
    return holds;
  }

  /**
   * Checks that the scenario's events, expectations and properties name only triggers, parties,
   * pledges and contributions of the agreement.
   *
   * @param agreement the agreement the scenario is for, not null
   * @throws LoadException listing every unknown id, with its position in the file
   * @throws NullPointerException if agreement is null
   */
  public void validate(Agreement agreement) {
    checkNotNull(agreement, "agreement");
    List<FileProblem> problems = new ArrayList<>();
    List<Integer> eventIndex = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      eventIndex.add(i);
    }
    List<Integer> expectationIndex = new ArrayList<>();
    for (int i = 0; i < expectations.size(); i++) {
      expectationIndex.add(i);
    }
    crossCheck(
        agreement,
        listed,
        eventIndex,
        expectations,
        expectationIndex,
        (path, message) -> problems.add(problem(path, message)));
    problems.addAll(PropertyNames.check(agreement, uses, null, source));
    if (!problems.isEmpty()) {
      throw new LoadException(problems);
    }
  }

  /**
   * Reports every event and expectation that names what the agreement lacks, at its path in the
   * file ({@code events[i].trigger}, {@code expect[i].pledge}...). The indices give each item's
   * position in the file, so that a reader can also check the items of a file that failed to load.
   */
  static void crossCheck(
      Agreement agreement,
      List<Event> events,
      List<Integer> eventIndex,
      List<Expectation> expectations,
      List<Integer> expectationIndex,
      BiConsumer<String, String> report) {
    Evaluator evaluator = Evaluator.compile(agreement);
    for (int k = 0; k < events.size(); k++) {
      for (Problem p : evaluator.problems(List.of(events.get(k)))) {
        // The core numbers the one event 0: put it back at its place in the file.
        report.accept(p.site().atEvent(eventIndex.get(k)).toString(), p.message());
      }
    }
    String a = "agreement '" + agreement.id() + "'";
    Set<String> pledges = agreement.pledgesById().keySet();
    for (int k = 0; k < expectations.size(); k++) {
      Expectation x = expectations.get(k);
      String path = "expect[" + expectationIndex.get(k) + "]";
      Pledge pledge = agreement.pledgesById().get(x.pledge());
      if (pledge == null) {
        report.accept(
            path + ".pledge",
            a + " has no pledge '" + x.pledge() + "'" + Suggestions.hint(x.pledge(), pledges));
        continue;
      }
      x.party()
          .filter(p -> pledge.contribution(p).isEmpty())
          .ifPresent(
              p -> {
                List<String> contributors =
                    pledge.contributions().stream()
                        .map(Contribution::party)
                        .collect(Collectors.toList());
                report.accept(
                    path + ".party",
                    "pledge '"
                        + pledge.id()
                        + "' has no contribution by '"
                        + p
                        + "'"
                        + (contributors.isEmpty()
                            ? "; it has no contributions"
                            : Suggestions.hint(p, contributors)
                                + " (contributors: "
                                + String.join(", ", contributors)
                                + ")"));
              });
    }
  }

  /**
   * Evaluates the scenario against an agreement and compares every expectation with the outcome. An
   * expectation with an instant is checked against the scenario evaluated as of that instant.
   *
   * @param agreement the agreement the scenario is for, not null
   * @return every expectation not met, in file order; empty if all are met
   * @throws LoadException if an event or expectation names something the agreement lacks
   * @throws NullPointerException if agreement is null
   */
  public ImmutableList<Mismatch> check(Agreement agreement) {
    validate(agreement);
    Evaluator evaluator = Evaluator.compile(agreement);
    Map<Instant, Assessment> byInstant = new HashMap<>();
    ImmutableList.Builder<Mismatch> out = ImmutableList.builder();
    for (int i = 0; i < expectations.size(); i++) {
      Expectation x = expectations.get(i);
      Instant at = x.at().orElse(scenario.asOf());
      Assessment assessment =
          byInstant.computeIfAbsent(at, t -> evaluator.evaluate(scenario.asOf(t)));
      String party = x.party().orElse(null);
      Status actual =
          party == null ? assessment.status(x.pledge()) : assessment.status(x.pledge(), party);
      if (actual != x.status()) {
        Explanation why =
            party == null ? assessment.explain(x.pledge()) : assessment.explain(x.pledge(), party);
        String path = "expect[" + i + "]";
        out.add(new Mismatch(where(path), x, actual, why));
      }
    }
    return out.build();
  }

  /**
   * Decides each property of the file's {@code holds:} list on this one scenario, at every instant
   * up to its as-of instant ({@link Analysis#test}), and returns those it breaks.
   *
   * @param agreement the agreement the scenario is for, not null
   * @return every property broken, in file order, with the first failing instant, the items that
   *     break it and why each has its status there; empty if all hold
   * @throws LoadException if an event, expectation or property names something the agreement lacks
   * @throws NullPointerException if agreement is null
   */
  public ImmutableList<PropertyFailure> checkProperties(Agreement agreement) {
    validate(agreement);
    ImmutableList.Builder<PropertyFailure> out = ImmutableList.builder();
    Evaluator evaluator = null;
    for (int i = 0; i < holds.size(); i++) {
      NamedProperty p = holds.get(i);
      Optional<Failure> f = Analysis.test(agreement, p.property(), scenario);
      if (f.isEmpty()) {
        continue;
      }
      if (evaluator == null) {
        evaluator = Evaluator.compile(agreement);
      }
      Assessment at = evaluator.evaluate(scenario.asOf(f.get().at()));
      ImmutableList.Builder<Explanation> why = ImmutableList.builder();
      for (Item item : f.get().offending()) {
        why.add(
            item.party().isPresent()
                ? at.explain(item.pledge(), item.party().get())
                : at.explain(item.pledge()));
      }
      out.add(
          new PropertyFailure(
              where("holds[" + i + "]"), p, f.get().at(), f.get().offending(), why.build()));
    }
    return out.build();
  }

  /**
   * Returns what in the file is valid but likely not what its author meant: every event that names
   * no party where the agreement only ever uses its trigger with one ({@link
   * ScenarioWarning.Kind#EVENT_WITHOUT_PARTY}), and, for a file with a narrative and expectations
   * the evaluation does not meet, that the narrative no longer describes the outcome ({@link
   * ScenarioWarning.Kind#NARRATIVE_NOT_MET}). Each warning's {@code where} gives its position, as
   * {@code file:line:column: events[i].party}.
   *
   * @param agreement the agreement the scenario is for, not null
   * @return the warnings, empty if none
   * @throws LoadException if an event or expectation names something the agreement lacks
   * @throws NullPointerException if agreement is null
   */
  public ImmutableList<ScenarioWarning> warnings(Agreement agreement) {
    checkNotNull(agreement, "agreement");
    ImmutableList.Builder<ScenarioWarning> out = ImmutableList.builder();
    out.addAll(eventWarnings(agreement));
    if (scenario.narrative().isPresent() && !expectations.isEmpty()) {
      ImmutableList<Mismatch> mismatches = check(agreement);
      if (!mismatches.isEmpty()) {
        ImmutableSet<String> unmet =
            mismatches.stream()
                .map(m -> m.expected().pledge() + m.expected().party().map(p -> "/" + p).orElse(""))
                .collect(ImmutableSet.toImmutableSet());
        out.add(
            new ScenarioWarning(
                ScenarioWarning.Kind.NARRATIVE_NOT_MET,
                where("narrative"),
                scenario.name(),
                unmet));
      }
    }
    return out.build();
  }

  /**
   * Returns the warnings about the file's events alone ({@link
   * ScenarioWarning.Kind#EVENT_WITHOUT_PARTY}), each at its position in the file; unlike {@link
   * #warnings(Agreement)}, evaluates nothing.
   *
   * @param agreement the agreement the scenario is for, not null
   * @return the warnings, empty if none
   * @throws NullPointerException if agreement is null
   */
  public ImmutableList<ScenarioWarning> eventWarnings(Agreement agreement) {
    checkNotNull(agreement, "agreement");
    return ScenarioWarning.of(agreement, listed).stream()
        .map(w -> w.at(where(w.where())))
        .collect(ImmutableList.toImmutableList());
  }

  private String where(String path) {
    return problem(path, "").toString().replaceFirst(": $", "");
  }

  private FileProblem problem(String path, String message) {
    int[] at = positions.get(path);
    if (at == null) {
      int cut = path.lastIndexOf('.');
      at = cut < 0 ? null : positions.get(path.substring(0, cut));
    }
    return new FileProblem(source, at == null ? 0 : at[0], at == null ? 0 : at[1], path, message);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScenarioFile f
        && agreement.equals(f.agreement)
        && scenario.equals(f.scenario)
        && expectations.equals(f.expectations)
        && holds.equals(f.holds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreement, scenario, expectations, holds);
  }

  @Override
  public String toString() {
    return "ScenarioFile{"
        + source
        + ", "
        + scenario
        + agreement.map(a -> ", for " + a).orElse("")
        + ", "
        + expectations.size()
        + " expectations"
        + (holds.isEmpty() ? "" : ", " + holds.size() + " properties")
        + "}";
  }
}

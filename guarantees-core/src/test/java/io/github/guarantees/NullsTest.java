package io.github.guarantees;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.reflect.ClassPath;
import com.google.common.reflect.Reflection;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.GenericConditionVisitor;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ConditionTrace;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.Trigger;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Nulls across the public API: every public static method, constructor and builder method of every
 * public class, and every public instance method of a sample of each value type, rejects a null in
 * each parameter that is not marked nullable with a {@link NullPointerException} (Guava testlib's
 * {@link NullPointerTester} walks them, one null at a time), and the exception's message names the
 * parameter.
 */
class NullsTest {
  private static final Caveat CAVEAT =
      Caveat.builder()
          .id("no-ground-troops")
          .description("No ground troops")
          .addLocations(io.github.guarantees.model.Location.IN_BENEFICIARY)
          .build();

  private static final Agreement AGREEMENT =
      Fixtures.firingWhen(
          Condition.allOf(Condition.occurred("a"), Condition.not(Condition.occurred("b"))),
          "a",
          "b");
  private static final Scenario SCENARIO =
      Scenario.builder().name("s").addEvent("a", h(0)).asOf(h(1)).build();
  private static final Timeline TIMELINE = Evaluator.compile(AGREEMENT).timeline(SCENARIO);

  /** The sample value of each parameter type that needs one, for both walks. */
  private static final ImmutableMap<Class<?>, Object> DEFAULTS = defaults();

  private static ImmutableMap<Class<?>, Object> defaults() {
    Assessment assessment = Evaluator.compile(AGREEMENT).evaluate(SCENARIO);
    return ImmutableMap.<Class<?>, Object>builder()
        .put(Condition.class, Condition.occurred("a"))
        .put(Occurred.class, Condition.occurred("a"))
        .put(Instant.class, h(1))
        .put(Duration.class, Duration.ofHours(1))
        .put(String.class, "a")
        .put(Party.class, Fixtures.party("FR"))
        .put(Pledge.class, Fixtures.pledge("p").build())
        .put(Source.class, Fixtures.source("c"))
        .put(Event.class, Event.of("a", h(0)))
        .put(Term.class, Term.lastsFor(Duration.ofDays(1)))
        .put(Deadline.class, Deadline.of("a", Duration.ofHours(1)))
        .put(Trigger.class, Trigger.of("a", "A"))
        .put(Site.class, Site.pledge("p", ""))
        .put(Caveat.class, CAVEAT)
        .put(Contribution.class, Contribution.of("FR"))
        .put(Agreement.class, AGREEMENT)
        .put(Scenario.class, SCENARIO)
        .put(Evaluator.class, Evaluator.compile(AGREEMENT))
        .put(Assessment.class, assessment)
        .put(ConditionTrace.class, assessment.explain("p").activation())
        .put(Timeline.class, TIMELINE)
        .put(PledgeTimeline.class, TIMELINE.pledge("p"))
        .put(Predicate.class, (Predicate<Object>) x -> true)
        .put(
            io.github.guarantees.analysis.Property.class,
            new io.github.guarantees.analysis.Property.CanFire(
                io.github.guarantees.analysis.Item.pledge("p")))
        .put(
            io.github.guarantees.analysis.Selector.class,
            io.github.guarantees.analysis.Selector.ids("p"))
        .put(
            io.github.guarantees.analysis.Item.class,
            io.github.guarantees.analysis.Item.pledge("p"))
        .put(
            io.github.guarantees.analysis.Budget.class,
            io.github.guarantees.analysis.Budget.DEFAULT)
        .put(
            io.github.guarantees.analysis.Coverage.class,
            new io.github.guarantees.analysis.Coverage(
                io.github.guarantees.analysis.Coverage.Method.EXHAUSTIVE_BOUNDED,
                io.github.guarantees.analysis.Budget.DEFAULT,
                com.google.common.collect.ImmutableList.of(),
                Duration.ZERO,
                Duration.ofHours(1),
                0,
                com.google.common.collect.ImmutableSet.of()))
        .put(
            GenericConditionVisitor.class,
            Reflection.newProxy(GenericConditionVisitor.class, (proxy, method, args) -> "visited"))
        .buildOrThrow();
  }

  @SuppressWarnings("unchecked")
  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> tester.setDefault((Class<Object>) type, value));
    return tester;
  }

  /**
   * The second walk: wherever a null is refused with a {@link NullPointerException}, its message
   * names the parameter (as {@code requireNonNull(x, "x")} does), and is not the JVM's own "Cannot
   * invoke ... because ... is null". Parameters are passed one null at a time, the others sample
   * values; names come from the class files ({@code -parameters}).
   */
  private static void checkMessagesName(
      List<String> failures, @Nullable Object receiver, Executable e) {
    if (e.getDeclaringClass().getName().contains(".Immutable")
        || (e.getDeclaringClass().isEnum() && e.getName().equals("valueOf"))) {
      return; // generated by Immutables or javac: their own checks, whose messages they word
    }
    Parameter[] params = e.getParameters();
    AnnotatedType[] annotated = e.getAnnotatedParameterTypes();
    for (int i = 0; i < params.length; i++) {
      if (params[i].getType().isPrimitive() || annotated[i].isAnnotationPresent(Nullable.class)) {
        continue;
      }
      Object[] args = new Object[params.length];
      boolean complete = true;
      for (int j = 0; j < params.length; j++) {
        if (j != i) {
          args[j] = sample(params[j].getType());
          complete &= args[j] != null || annotated[j].isAnnotationPresent(Nullable.class);
        }
      }
      if (!complete) {
        failures.add(e + ": no sample for a parameter of " + e.getName());
        continue;
      }
      Throwable thrown = invoke(receiver, e, args);
      if (thrown instanceof NullPointerException) {
        String message = String.valueOf(thrown.getMessage());
        String name = params[i].getName();
        if (!message.contains(name) || message.startsWith("Cannot ")) {
          failures.add(e + " parameter '" + name + "': message '" + message + "'");
        }
      }
    }
  }

  private static @Nullable Object sample(Class<?> type) {
    Object known = DEFAULTS.get(type);
    return known != null ? known : ArbitraryInstances.get(type);
  }

  /** What the call threw, or null. */
  private static @Nullable Throwable invoke(
      @Nullable Object receiver, Executable e, Object[] args) {
    try {
      if (e instanceof Method m) {
        m.invoke(receiver, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return null;
    } catch (InvocationTargetException x) {
      return x.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException x) {
      return x;
    }
  }

  static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(NullsTest.class.getClassLoader())
            .getTopLevelClassesRecursive("io.github.guarantees")) {
      Class<?> c = info.load();
      if (!Modifier.isPublic(c.getModifiers())
          || info.getName().endsWith("Test")
          || c.getProtectionDomain() != Condition.class.getProtectionDomain()) {
        continue;
      }
      out.add(c);
      for (Class<?> nested : c.getDeclaredClasses()) {
        if (Modifier.isPublic(nested.getModifiers())) {
          out.add(nested);
        }
      }
    }
    return out;
  }

  /** Runs one check, recording its failure, so that one run lists every method that fails. */
  private static void record(List<String> failures, Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      failures.add(String.valueOf(e.getMessage()));
    }
  }

  private static List<String> instanceFailures(Object sample) {
    List<String> failures = new ArrayList<>();
    for (Method m : sample.getClass().getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class
          || m.getName().equals("equals")) {
        continue;
      }
      record(failures, () -> tester().testMethod(sample, m));
      checkMessagesName(failures, sample, m);
    }
    return failures;
  }

  @Test
  void everyPublicStaticMethodAndConstructorRejectsNulls() throws IOException {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).contains(Condition.class, Agreement.class, Scenario.class);
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())) {
          record(failures, () -> tester().testMethod(null, m));
          checkMessagesName(failures, null, m);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (Modifier.isPublic(k.getModifiers())) {
          record(failures, () -> tester().testConstructor(k));
          checkMessagesName(failures, null, k);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyBuilderMethodRejectsNulls() {
    List<String> failures = new ArrayList<>();
    for (Object builder :
        List.of(
            Agreement.builder(),
            Pledge.builder(),
            Party.builder(),
            Scenario.builder(),
            Event.builder(),
            Term.builder(),
            Source.builder(),
            Contribution.builder(),
            Caveat.builder())) {
      failures.addAll(instanceFailures(builder));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyPublicInstanceMethodOfTheValuesRejectsNulls() {
    Agreement agreement = AGREEMENT;
    Scenario scenario = SCENARIO;
    Evaluator evaluator = Evaluator.compile(agreement);
    Assessment assessment = evaluator.evaluate(scenario);
    List<Object> samples =
        List.of(
            agreement,
            agreement.pledge("p"),
            Fixtures.party("FR"),
            CAVEAT,
            Fixtures.source("c"),
            Term.lastsFor(Duration.ofDays(1)),
            Deadline.of("a", Duration.ofHours(1)),
            Trigger.of("a", "A"),
            scenario,
            Event.of("a", h(0)),
            Condition.occurred("a"),
            Condition.allOf(Condition.occurred("a")),
            evaluator,
            assessment,
            assessment.explain("p"),
            evaluator.timeline(scenario));
    List<String> failures = new ArrayList<>();
    for (Object sample : samples) {
      failures.addAll(instanceFailures(sample));
    }
    assertThat(failures).isEmpty();
  }
}

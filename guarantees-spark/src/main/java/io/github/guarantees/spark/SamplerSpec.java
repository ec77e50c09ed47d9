package io.github.guarantees.spark;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * How to sample timelines: per trigger, a probability, a date distribution and a dependence on
 * another sampled event. Read from a small YAML document:
 *
 * <pre>{@code
 * note: Illustrative rates, not forecasts.
 * asOf: 2027-01-06T00:00:00Z
 * events:
 *   - id: ceasefire
 *     trigger: ceasefire
 *     probability: 0.8
 *     between: [2026-02-01T00:00:00Z, 2026-09-01T00:00:00Z]
 *   - id: attack
 *     trigger: armed-attack
 *     party: RU
 *     after: ceasefire          # only after a ceasefire, and only if there was one
 *     probability: 0.4
 *     delay: {exponential: P120D}
 * }</pre>
 *
 * <p>A delay is {@code {fixed: D}}, {@code {uniform: [MIN, MAX]}} or {@code {exponential: MEAN}},
 * in ISO-8601 durations ({@code PT24H}, {@code P30D}); instants are ISO-8601 in UTC. A line may
 * depend only on a line above it. Dates are whole hours.
 *
 * <p>Sampling is reproducible and does not depend on how the work is split: scenario {@code i} of
 * seed {@code s} is drawn from a generator seeded with {@code (s, i)} alone, so the same seed gives
 * the same scenarios whatever the number of partitions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SamplerSpec {
  private final String name;
  private final @Nullable String note;
  private final Instant asOf;
  private final ImmutableList<SampledTrigger> events;
  private final int[] origins;

  private SamplerSpec(
      String name, @Nullable String note, Instant asOf, List<SampledTrigger> events) {
    this.name = name;
    this.note = note;
    this.asOf = asOf;
    this.events = ImmutableList.copyOf(events);
    this.origins = new int[events.size()];
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      SampledTrigger e = events.get(i);
      String after = e.after();
      origins[i] = after == null ? -1 : positions.getOrDefault(after, -2);
      if (origins[i] == -2) {
        throw new IllegalArgumentException(
            "events[" + i + "] '" + e.id() + "' depends on '" + after + "', not a line above it");
      }
      if (positions.put(e.id(), i) != null) {
        throw new IllegalArgumentException("events[" + i + "]: duplicate id '" + e.id() + "'");
      }
    }
  }

  /**
   * Creates a spec from its parts.
   *
   * @param name a name for reports and scenario names, not null
   * @param asOf the instant at which every sampled scenario is assessed, not null
   * @param events the lines, each depending only on lines before it; not null
   * @return the spec
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if ids repeat or a line depends on one not above it
   */
  public static SamplerSpec of(String name, Instant asOf, List<SampledTrigger> events) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(events, "events");
    return new SamplerSpec(name, null, asOf, events);
  }

  /**
   * Returns the spec's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what a reader of the results must know about the spec, e.g. that its rates are
   * illustrative; reports print it.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Returns the instant at which every sampled scenario is assessed.
   *
   * @return the as-of instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the lines, in order.
   *
   * @return the sampled triggers
   */
  public ImmutableList<SampledTrigger> events() {
    return events;
  }

  /**
   * Samples one timeline. The result depends on {@code seed} and {@code index} only.
   *
   * @param seed the sweep's seed
   * @param index the scenario's index in the sweep, from 0
   * @return the scenario, named {@code <spec name>-<index>}
   */
  public Scenario sample(long seed, long index) {
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    Instant[] at = new Instant[events.size()];
    Scenario.Builder scenario = Scenario.builder().name(name + "-" + index).asOf(asOf);
    for (int i = 0; i < events.size(); i++) {
      SampledTrigger e = events.get(i);
      // Draw both numbers for every line, so that one line's outcome never shifts the next ones'.
      double u = random.nextDouble();
      Duration delay = e.delay().sample(random);
      Instant origin = origins[i] < 0 ? e.from() : at[origins[i]];
      if (origin == null || u >= e.probability()) {
        continue;
      }
      at[i] = origin.plus(delay).truncatedTo(ChronoUnit.HOURS);
      String party = e.party();
      if (party == null) {
        scenario.addEvent(e.trigger(), at[i]);
      } else {
        scenario.addEvent(e.trigger(), party, at[i]);
      }
    }
    return scenario.build();
  }

  /**
   * Returns this spec as a JSON document that {@link #parse(String, String)} reads back equal: the
   * form in which it travels to Spark executors.
   */
  String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("name", name);
    if (note != null) {
      root.put("note", note);
    }
    root.put("asOf", asOf.toString());
    ArrayNode lines = root.putArray("events");
    for (SampledTrigger e : events) {
      ObjectNode line = lines.addObject();
      line.put("id", e.id());
      line.put("trigger", e.trigger());
      e.partyId().ifPresent(p -> line.put("party", p));
      line.put("probability", e.probability());
      String after = e.after();
      Instant from = e.from();
      if (after != null) {
        line.put("after", after);
      } else if (from != null) {
        line.put("from", from.toString());
      }
      ObjectNode delay = line.putObject("delay");
      e.delay()
          .accept(
              new Delay.Visitor<ObjectNode>() {
                @Override
                public ObjectNode fixed(Delay.Fixed d) {
                  return delay.put("fixed", d.delay().toString());
                }

                @Override
                public ObjectNode uniform(Delay.Uniform d) {
                  delay.putArray("uniform").add(d.min().toString()).add(d.max().toString());
                  return delay;
                }

                @Override
                public ObjectNode exponential(Delay.Exponential d) {
                  return delay.put("exponential", d.mean().toString());
                }
              });
    }
    return root.toString();
  }

  /** SplitMix64 finaliser over both numbers: nearby seeds and indexes give unrelated streams. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns every line that names a trigger or party the agreement does not declare, each at its
   * path ({@code events[2].trigger}) with a did-you-mean hint.
   *
   * @param agreement the agreement the scenarios are for, not null
   * @return the problems, empty if the spec fits the agreement
   * @throws NullPointerException if agreement is null
   */
  public ImmutableList<Problem> problems(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    Set<String> triggers = agreement.triggersById().keySet();
    Set<String> parties = agreement.parties().keySet();
    for (int i = 0; i < events.size(); i++) {
      SampledTrigger e = events.get(i);
      if (!triggers.contains(e.trigger())) {
        out.add(
            new Problem(
                Site.document("events[" + i + "].trigger"),
                "agreement '"
                    + agreement.id()
                    + "' declares no trigger '"
                    + e.trigger()
                    + "'"
                    + Suggestions.hint(e.trigger(), triggers)));
      }
      String party = e.party();
      if (party != null && !parties.contains(party)) {
        out.add(
            new Problem(
                Site.document("events[" + i + "].party"),
                "agreement '"
                    + agreement.id()
                    + "' has no party '"
                    + party
                    + "'"
                    + Suggestions.hint(party, parties)));
      }
    }
    return out.build();
  }

  /**
   * Reads a spec from a class-path resource, e.g. the Paris example {@code
   * /io/github/guarantees/spark/paris-2026-sampler.yaml}.
   *
   * @param resource the absolute resource name, not null
   * @return the spec
   * @throws NullPointerException if resource is null
   * @throws IllegalArgumentException if there is no such resource
   * @throws ValidationException listing every problem in the document
   */
  public static SamplerSpec resource(String resource) {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = SamplerSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a spec from YAML (or JSON) text.
   *
   * @param source the name to use in errors and as the default spec name, e.g. the file name; not
   *     null
   * @param text the document, not null
   * @return the spec
   * @throws NullPointerException if source or text is null
   * @throws ValidationException listing every problem in the document, each at its path
   */
  public static SamplerSpec parse(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JacksonException e) {
      throw new ValidationException(
          "sampler spec '" + source + "'",
          List.of(new Problem(Site.document("document"), e.getOriginalMessage())));
    }
    Reader r = new Reader();
    SamplerSpec spec = r.spec(source, root);
    if (spec == null || !r.problems.isEmpty()) {
      throw new ValidationException("sampler spec '" + source + "'", r.problems);
    }
    return spec;
  }

  /** Reads the tree, collecting every problem instead of stopping at the first. */
  private static final class Reader {
    private static final ImmutableSet<String> TOP =
        ImmutableSet.of("name", "note", "asOf", "events");
    private static final ImmutableSet<String> LINE =
        ImmutableSet.of(
            "id", "trigger", "party", "probability", "after", "between", "from", "delay");
    private static final ImmutableSet<String> DELAYS =
        ImmutableSet.of("fixed", "uniform", "exponential");

    final List<Problem> problems = new ArrayList<>();

    @Nullable SamplerSpec spec(String source, @Nullable JsonNode root) {
      if (root == null || !root.isObject()) {
        problems.add(
            new Problem(Site.document("document"), "expected a mapping with 'asOf' and 'events'"));
        return null;
      }
      unknownKeys(root, TOP, "");
      String name = root.has("name") ? text(root.get("name"), "name") : baseName(source);
      String note = root.has("note") ? text(root.get("note"), "note") : null;
      Instant asOf = instant(root.get("asOf"), "asOf");
      JsonNode list = root.get("events");
      List<SampledTrigger> lines = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      if (list == null || !list.isArray() || list.isEmpty()) {
        problems.add(
            new Problem(Site.document("events"), "expected a non-empty list of sampled events"));
      } else {
        for (int i = 0; i < list.size(); i++) {
          SampledTrigger line = line(list.get(i), "events[" + i + "]", ids);
          if (line != null) {
            lines.add(line);
          }
        }
      }
      if (name == null || asOf == null || !problems.isEmpty()) {
        return null;
      }
      return new SamplerSpec(name, note, asOf, lines);
    }

    @Nullable SampledTrigger line(JsonNode node, String at, Set<String> ids) {
      if (!node.isObject()) {
        problems.add(
            new Problem(Site.document(at), "expected a mapping with 'trigger' and a date"));
        return null;
      }
      int before = problems.size();
      unknownKeys(node, LINE, at + ".");
      String trigger = text(node.get("trigger"), at + ".trigger");
      String id = node.has("id") ? text(node.get("id"), at + ".id") : trigger;
      String party = node.has("party") ? text(node.get("party"), at + ".party") : null;
      double probability = 1.0;
      if (node.has("probability")) {
        JsonNode p = node.get("probability");
        if (!p.isNumber() || p.asDouble() < 0 || p.asDouble() > 1) {
          problems.add(
              new Problem(
                  Site.document(at + ".probability"), "expected a number in [0, 1], got " + p));
        } else {
          probability = p.asDouble();
        }
      }
      String after = null;
      Instant from = null;
      Delay delay = null;
      int origins =
          (node.has("after") ? 1 : 0) + (node.has("between") ? 1 : 0) + (node.has("from") ? 1 : 0);
      if (origins != 1) {
        problems.add(
            new Problem(
                Site.document(at),
                "give exactly one of 'between: [from, to]' (a fixed window), 'from: <instant>'"
                    + " with a 'delay', and 'after: <id>' with a 'delay' (after another sampled"
                    + " event)"));
      } else if (node.has("between")) {
        JsonNode b = node.get("between");
        if (node.has("delay")) {
          problems.add(
              new Problem(Site.document(at + ".delay"), "a line with 'between' takes no 'delay'"));
        }
        if (!b.isArray() || b.size() != 2) {
          problems.add(
              new Problem(Site.document(at + ".between"), "expected [from, to], two instants"));
        } else {
          from = instant(b.get(0), at + ".between[0]");
          Instant to = instant(b.get(1), at + ".between[1]");
          if (from != null && to != null) {
            if (to.isBefore(from)) {
              problems.add(
                  new Problem(
                      Site.document(at + ".between"), "'to' " + to + " is before 'from' " + from));
            } else {
              delay = new Delay.Uniform(Duration.ZERO, Duration.between(from, to));
            }
          }
        }
      } else if (node.has("from")) {
        from = instant(node.get("from"), at + ".from");
        delay = delay(node.get("delay"), at + ".delay");
      } else {
        after = text(node.get("after"), at + ".after");
        if (after != null && !ids.contains(after)) {
          problems.add(
              new Problem(
                  Site.document(at + ".after"),
                  "no line above has id '"
                      + after
                      + "'; a line may depend only on one above it"
                      + Suggestions.hint(after, ids)));
        }
        delay = delay(node.get("delay"), at + ".delay");
      }
      if (id != null && !ids.add(id)) {
        problems.add(
            new Problem(
                Site.document(at + ".id"),
                "duplicate id '" + id + "'; give each line its own 'id'"));
      }
      if (problems.size() > before || id == null || trigger == null || delay == null) {
        return null;
      }
      return new SampledTrigger(id, trigger, party, probability, after, from, delay);
    }

    @Nullable Delay delay(@Nullable JsonNode node, String at) {
      if (node == null || !node.isObject() || node.size() != 1) {
        problems.add(
            new Problem(
                Site.document(at),
                "expected one of {fixed: D}, {uniform: [MIN, MAX]}, {exponential: MEAN}"));
        return null;
      }
      String kind = node.fieldNames().next();
      JsonNode value = node.get(kind);
      String where = at + "." + kind;
      switch (kind) {
        case "fixed" -> {
          Duration d = duration(value, where);
          return d == null ? null : new Delay.Fixed(d);
        }
        case "exponential" -> {
          Duration d = duration(value, where);
          if (d != null && d.isZero()) {
            problems.add(new Problem(Site.document(where), "the mean must be positive"));
            return null;
          }
          return d == null ? null : new Delay.Exponential(d);
        }
        case "uniform" -> {
          if (!value.isArray() || value.size() != 2) {
            problems.add(new Problem(Site.document(where), "expected [MIN, MAX], two durations"));
            return null;
          }
          Duration min = duration(value.get(0), where + "[0]");
          Duration max = duration(value.get(1), where + "[1]");
          if (min == null || max == null) {
            return null;
          }
          if (max.compareTo(min) < 0) {
            problems.add(new Problem(Site.document(where), "MAX " + max + " is below MIN " + min));
            return null;
          }
          return new Delay.Uniform(min, max);
        }
        default -> {
          problems.add(
              new Problem(
                  Site.document(where),
                  "unknown distribution '" + kind + "'" + Suggestions.hint(kind, DELAYS)));
          return null;
        }
      }
    }

    @Nullable Duration duration(JsonNode node, String at) {
      String s = text(node, at);
      if (s == null) {
        return null;
      }
      try {
        Duration d = Duration.parse(s);
        if (d.isNegative()) {
          problems.add(new Problem(Site.document(at), "a delay must not be negative: " + s));
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                Site.document(at),
                "'" + s + "' is not an ISO-8601 duration such as PT24H or P30D"));
        return null;
      }
    }

    @Nullable Instant instant(@Nullable JsonNode node, String at) {
      if (node == null) {
        problems.add(
            new Problem(
                Site.document(at), "missing; expected an instant such as 2026-04-01T00:00:00Z"));
        return null;
      }
      String s = text(node, at);
      if (s == null) {
        return null;
      }
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                Site.document(at), "'" + s + "' is not an instant such as 2026-04-01T00:00:00Z"));
        return null;
      }
    }

    @Nullable String text(@Nullable JsonNode node, String at) {
      if (node == null || node.isNull()) {
        problems.add(new Problem(Site.document(at), "missing"));
        return null;
      }
      if (!node.isValueNode() || node.asText().isBlank()) {
        problems.add(new Problem(Site.document(at), "expected a non-blank value, got " + node));
        return null;
      }
      return node.asText();
    }

    void unknownKeys(JsonNode node, ImmutableSet<String> known, String prefix) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!known.contains(key)) {
          problems.add(
              new Problem(
                  Site.document(prefix + key),
                  "unknown key '" + key + "'" + Suggestions.hint(key, known)));
        }
      }
    }

    private static String baseName(String source) {
      String s = source.substring(source.lastIndexOf('/') + 1);
      int dot = s.indexOf('.');
      return dot > 0 ? s.substring(0, dot) : s;
    }
  }

  @Override
  public String toString() {
    return "SamplerSpec{" + name + ", " + events.size() + " lines, as of " + asOf + "}";
  }
}

package io.github.guarantees.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Cause;
import io.github.guarantees.evaluation.ConditionTrace;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.scenario.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Explanations as JSON structure: the causes as records with a {@code kind}, the condition traces
 * as trees, each with its English rendering beside the data, never instead of it.
 */
final class ExplanationJson implements Cause.Visitor<Void> {
  private final JsonGenerator g;

  private ExplanationJson(JsonGenerator g) {
    this.g = g;
  }

  /** Writes the causes as an array field named {@code causes}. */
  static void causes(JsonGenerator g, Explanation why) throws IOException {
    g.writeArrayFieldStart("causes");
    for (Cause c : why.causes()) {
      cause(g, c);
    }
    g.writeEndArray();
  }

  /** Writes the whole explanation as an object field named {@code explanation}. */
  static void explanation(JsonGenerator g, Explanation why) throws IOException {
    g.writeObjectFieldStart("explanation");
    g.writeStringField("subject", why.subject());
    g.writeStringField("status", why.status().name());
    g.writeStringField("reason", why.reason());
    g.writeObjectFieldStart("source");
    g.writeStringField("citation", why.source().citation());
    g.writeStringField("quote", why.source().quote());
    g.writeEndObject();
    g.writeFieldName("trigger");
    trace(g, why.trigger());
    g.writeFieldName("activation");
    trace(g, why.activation());
    if (why.contributionCondition().isPresent()) {
      g.writeFieldName("contributionCondition");
      trace(g, why.contributionCondition().get());
    }
    if (why.blockedBy().isPresent()) {
      g.writeStringField("blockedBy", why.blockedBy().get().id());
    }
    if (why.termEnded().isPresent()) {
      g.writeStringField("termEnded", why.termEnded().get());
    }
    if (why.obligation().isPresent()) {
      g.writeStringField("obligation", why.obligation().get());
    }
    causes(g, why);
    g.writeEndObject();
  }

  static void trace(JsonGenerator g, ConditionTrace t) throws IOException {
    g.writeStartObject();
    g.writeStringField("condition", t.condition().toString());
    g.writeBooleanField("holds", t.holds());
    g.writeStringField("why", t.why());
    events(g, "events", t.events());
    if (!t.operands().isEmpty()) {
      g.writeArrayFieldStart("operands");
      for (ConditionTrace o : t.operands()) {
        trace(g, o);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void cause(JsonGenerator g, Cause c) throws IOException {
    g.writeStartObject();
    try {
      c.accept(new ExplanationJson(g));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    g.writeStringField("text", Explanation.render(c));
    g.writeEndObject();
  }

  /** Writes events as an array of {@code {at, trigger, party}}. */
  static void events(JsonGenerator g, String field, List<Event> events) throws IOException {
    g.writeArrayFieldStart(field);
    for (Event e : events) {
      event(g, e);
    }
    g.writeEndArray();
  }

  private static void event(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("at", e.at().toString());
    g.writeStringField("trigger", e.trigger());
    if (e.party().isPresent()) {
      g.writeStringField("party", e.party().get());
    }
    if (e.target().isPresent()) {
      g.writeStringField("target", e.target().get());
    }
    if (e.place().isPresent()) {
      g.writeStringField("place", e.place().get());
    }
    g.writeEndObject();
  }

  private static void pattern(JsonGenerator g, Occurred o) throws IOException {
    g.writeStartObject();
    g.writeStringField("trigger", o.trigger());
    if (o.actor().isPresent()) {
      // A named actor as before; any other party pattern in its text form (@member, ...).
      g.writeStringField("party", o.actor().get().toString());
    }
    if (o.target().isPresent()) {
      g.writeStringField("target", o.target().get().toString());
    }
    if (o.place().isPresent()) {
      g.writeStringField("place", o.place().get());
    }
    g.writeEndObject();
  }

  /** Runs one step of writing; a visitor method cannot throw the checked exception itself. */
  private interface Step {
    void run() throws IOException;
  }

  private @org.jspecify.annotations.Nullable Void write(String kind, Step step) {
    try {
      g.writeStringField("kind", kind);
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  private void clock(Optional<Instant> start, Optional<Instant> due) throws IOException {
    if (start.isPresent()) {
      g.writeStringField("start", start.get().toString());
    }
    if (due.isPresent()) {
      g.writeStringField("due", due.get().toString());
    }
  }

  @Override
  public Void fires(Cause.Fires c) {
    return write("FIRES", () -> {});
  }

  @Override
  public Void needsEvents(Cause.NeedsEvents c) {
    return write(
        "NEEDS_EVENTS",
        () -> {
          g.writeArrayFieldStart("eventSets");
          for (var set : c.eventSets()) {
            g.writeStartArray();
            for (Occurred o : set) {
              pattern(g, o);
            }
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeNumberField("more", c.more());
          g.writeBooleanField("searchCut", c.searchCut());
        });
  }

  @Override
  public Void brokenNot(Cause.BrokenNot c) {
    return write(
        "BROKEN_NOT",
        () -> {
          g.writeStringField("condition", c.condition().toString());
          g.writeFieldName("negated");
          trace(g, c.negated());
        });
  }

  @Override
  public Void noFurtherEvents(Cause.NoFurtherEvents c) {
    return write(
        "NO_FURTHER_EVENTS",
        () -> {
          g.writeBooleanField("proven", c.proven());
          g.writeBooleanField("searchCut", c.searchCut());
        });
  }

  @Override
  public Void blockedByCaveat(Cause.BlockedByCaveat c) {
    return write(
        "BLOCKED_BY_CAVEAT",
        () -> {
          g.writeStringField("party", c.party());
          g.writeStringField("caveat", c.caveat().id());
        });
  }

  @Override
  public Void agreementEnded(Cause.AgreementEnded c) {
    return write("AGREEMENT_ENDED", () -> termFields(c.term()));
  }

  @Override
  public Void termEnded(Cause.TermEnded c) {
    return write("TERM_ENDED", () -> termFields(c));
  }

  private void termFields(Cause.TermEnded c) throws IOException {
    g.writeStringField("ending", c.ending().name());
    if (c.at().isPresent()) {
      if (c.at().get().equals(Instant.MIN)) {
        g.writeBooleanField("beforeAnyEvent", true);
      } else {
        g.writeStringField("at", c.at().get().toString());
      }
    }
    if (c.endsWhen().isPresent()) {
      g.writeStringField("endsWhen", c.endsWhen().get().toString());
    }
    if (c.lastsFor().isPresent()) {
      g.writeStringField("lastsFor", c.lastsFor().get().toString());
    }
    if (c.since().isPresent()) {
      g.writeStringField("since", c.since().get().toString());
    }
    clock(c.firstActive(), Optional.empty());
  }

  @Override
  public Void deadlineAhead(Cause.DeadlineAhead c) {
    return write(
        "DEADLINE_AHEAD",
        () -> {
          g.writeFieldName("fulfilledBy");
          pattern(g, c.fulfilledBy());
          deadline(c.deadline());
        });
  }

  /**
   * The deadline's bound: {@code within}, {@code due} and {@code exclusive}, or {@code noLimit}.
   */
  private void deadline(Deadline d) throws IOException {
    if (d.within().isPresent()) {
      g.writeStringField("within", d.within().get().toString());
    }
    if (d.dueAt().isPresent()) {
      g.writeStringField("dueAt", d.dueAt().get().toString());
    }
    if (!d.isLimited()) {
      g.writeBooleanField("noLimit", true);
    }
    if (d.excludesDue()) {
      g.writeBooleanField("exclusive", true);
    }
  }

  @Override
  public Void deadlineOpen(Cause.DeadlineOpen c) {
    return write(
        "DEADLINE_OPEN",
        () -> {
          g.writeFieldName("fulfilledBy");
          pattern(g, c.fulfilledBy());
          deadline(c.deadline());
          clock(Optional.of(c.start()), c.due());
        });
  }

  @Override
  public Void deadlinePassed(Cause.DeadlinePassed c) {
    return write(
        "DEADLINE_PASSED",
        () -> {
          g.writeFieldName("fulfilledBy");
          pattern(g, c.fulfilledBy());
          deadline(c.deadline());
          clock(Optional.of(c.start()), Optional.of(c.due()));
          if (c.cameLate().isPresent()) {
            g.writeFieldName("cameLate");
            event(g, c.cameLate().get());
          }
        });
  }

  @Override
  public Void fulfilled(Cause.Fulfilled c) {
    return write(
        "FULFILLED",
        () -> {
          g.writeFieldName("event");
          event(g, c.event());
          deadline(c.deadline());
          clock(Optional.of(c.start()), c.due());
        });
  }

  @Override
  public Void powerExercised(Cause.PowerExercised c) {
    return write(
        "POWER_EXERCISED",
        () -> {
          g.writeStringField("power", c.power());
          g.writeStringField("action", c.action().name());
          if (c.target().isPresent()) {
            g.writeStringField("target", c.target().get());
          }
          g.writeFieldName("event");
          event(g, c.event());
        });
  }

  @Override
  public Void exerciseIgnored(Cause.ExerciseIgnored c) {
    return write(
        "EXERCISE_IGNORED",
        () -> {
          g.writeFieldName("event");
          event(g, c.event());
          g.writeStringField("powerStatus", c.powerStatus().name());
        });
  }

  @Override
  public Void restraint(Cause.Restraint c) {
    return write(
        "RESTRAINT",
        () -> {
          g.writeArrayFieldStart("forbidden");
          for (Occurred o : c.forbidden()) {
            pattern(g, o);
          }
          g.writeEndArray();
        });
  }

  @Override
  public Void breached(Cause.Breached c) {
    return write(
        "BREACHED",
        () -> {
          g.writeFieldName("event");
          event(g, c.event());
        });
  }
}

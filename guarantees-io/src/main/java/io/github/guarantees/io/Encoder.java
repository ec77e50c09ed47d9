package io.github.guarantees.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.PropertyVisitor;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Participant;
import io.github.guarantees.model.PartyKind;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Size;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.Trigger;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Writes core values in the file format; the inverse of {@link Decoder}. */
final class Encoder {
  private final JsonGenerator g;

  /** The agreement's shared conditions, written once under {@code conditions}, by name. */
  private Map<Condition, String> names = Map.of();

  private Encoder(JsonGenerator g) {
    this.g = g;
  }

  interface Body {
    void write(Encoder e) throws IOException;
  }

  static String write(Syntax syntax, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.of(syntax).createGenerator(out)) {
      if (syntax == Syntax.JSON) {
        g.setPrettyPrinter(
            new DefaultPrettyPrinter()
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
      }
      body.write(new Encoder(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = out.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  void agreement(Agreement a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    if (a.date().isPresent()) {
      g.writeStringField("date", a.date().get().toString());
    }
    string("description", a.description());
    g.writeArrayFieldStart("parties");
    for (Participant p : a.participants()) {
      participant(p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("triggers");
    for (Trigger t : a.triggers()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("description", t.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    sharedConditions(a);
    if (a.defaultTrigger().isPresent()) {
      g.writeFieldName("defaultTrigger");
      condition(a.defaultTrigger().get());
    }
    if (a.term().isPresent()) {
      g.writeFieldName("term");
      term(a.term().get());
    }
    if (a.suspensionPausesDeadlines()) {
      g.writeBooleanField("suspensionPausesDeadlines", true);
    }
    if (!a.regions().isEmpty()) {
      g.writeArrayFieldStart("regions");
      for (Region r : a.regions()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        g.writeArrayFieldStart("contains");
        for (String c : r.contains()) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!a.memberships().isEmpty()) {
      g.writeArrayFieldStart("memberships");
      for (Membership m : a.memberships()) {
        g.writeStartObject();
        g.writeStringField("party", m.party());
        if (m.joins().isPresent()) {
          g.writeFieldName("joins");
          change(m.joins().get());
        }
        if (m.leaves().isPresent()) {
          g.writeFieldName("leaves");
          change(m.leaves().get());
        }
        if (!m.absences().isEmpty()) {
          g.writeArrayFieldStart("absences");
          for (Membership.Absence absence : m.absences()) {
            g.writeStartObject();
            g.writeStringField("from", absence.from().toString());
            g.writeStringField("until", absence.until().toString());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("pledges");
    for (Pledge p : a.pledges()) {
      pledge(p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void change(MembershipChange c) throws IOException {
    g.writeStartObject();
    if (c.at().isPresent()) {
      g.writeStringField("at", c.at().get().toString());
    }
    if (c.on().isPresent()) {
      g.writeStringField("on", pattern(c.on().get()));
    }
    if (!c.notice().isZero()) {
      g.writeStringField("notice", duration(c.notice()));
    }
    g.writeEndObject();
  }

  private void participant(Participant p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.party().id());
    g.writeStringField("name", p.party().name());
    if (p.party().kind() != PartyKind.STATE) {
      g.writeStringField("kind", Names.of(p.party().kind()));
    }
    enums("roles", p.roles());
    if (!p.party().attributes().isEmpty()) {
      enums("attributes", p.party().attributes());
    }
    if (!p.party().caveats().isEmpty()) {
      g.writeArrayFieldStart("caveats");
      for (Caveat c : p.party().caveats()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("description", c.description());
        optionalEnums("kinds", c.kinds());
        optionalEnums("domains", c.domains());
        optionalEnums("locations", c.locations());
        if (c.source().isPresent()) {
          g.writeFieldName("source");
          source(c.source().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void pledge(Pledge p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("title", p.title());
    g.writeStringField("kind", Names.of(p.kind()));
    optionalEnums("domains", p.domains());
    if (p.location() != Location.UNSPECIFIED) {
      g.writeStringField("location", Names.of(p.location()));
    }
    g.writeStringField("bindingForce", Names.of(p.bindingForce()));
    if (p.size().isPresent()) {
      g.writeFieldName("size");
      size(p.size().get());
    }
    if (p.trigger().isPresent()) {
      g.writeFieldName("trigger");
      condition(p.trigger().get());
    }
    if (!(p.activation() instanceof Always)) {
      g.writeFieldName("activation");
      condition(p.activation());
    }
    if (p.term().isPresent()) {
      g.writeFieldName("term");
      term(p.term().get());
    }
    if (p.deadline().isPresent()) {
      g.writeObjectFieldStart("deadline");
      g.writeStringField("fulfilledBy", pattern(p.deadline().get().fulfilledBy()));
      Deadline d = p.deadline().get();
      if (d.within().isPresent()) {
        g.writeStringField("within", duration(d.within().get()));
      }
      if (d.dueAt().isPresent()) {
        g.writeStringField("due", d.dueAt().get().toString());
      }
      if (!d.isLimited()) {
        g.writeBooleanField("noLimit", true);
      }
      if (d.excludesDue()) {
        g.writeBooleanField("exclusive", true);
      }
      g.writeEndObject();
    }
    if (!p.refrainsFrom().isEmpty()) {
      g.writeArrayFieldStart("refrainsFrom");
      for (Occurred o : p.refrainsFrom()) {
        g.writeString(pattern(o));
      }
      g.writeEndArray();
    }
    g.writeFieldName("source");
    source(p.source());
    if (!p.contributions().isEmpty()) {
      g.writeArrayFieldStart("contributions");
      for (Contribution c : p.contributions()) {
        contribution(c);
      }
      g.writeEndArray();
    }
    string("note", p.note());
    if (!p.tags().isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (String tag : p.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    if (p.owedTo().isPresent()) {
      g.writeStringField("owedTo", p.owedTo().get().toString());
    }
    if (p.power().isPresent()) {
      Power w = p.power().get();
      g.writeObjectFieldStart("power");
      g.writeStringField("action", w.action().name().toLowerCase(java.util.Locale.ROOT));
      if (w.target().isPresent()) {
        g.writeStringField("target", w.target().get());
      }
      g.writeStringField("exercisedBy", pattern(w.exercisedBy()));
      g.writeEndObject();
    }
    if (p.survivesTermination()) {
      g.writeBooleanField("survivesTermination", true);
    }
    if (!p.readings().isEmpty()) {
      g.writeArrayFieldStart("readings");
      for (Reading r : p.readings()) {
        g.writeStartObject();
        g.writeStringField("name", r.name());
        g.writeStringField("note", r.note());
        if (r.trigger().isPresent()) {
          g.writeFieldName("trigger");
          condition(r.trigger().get());
        }
        if (r.activation().isPresent()) {
          g.writeFieldName("activation");
          condition(r.activation().get());
        }
        if (r.term().isPresent()) {
          g.writeFieldName("term");
          term(r.term().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void contribution(Contribution c) throws IOException {
    boolean bare =
        c.condition() instanceof Always
            && c.size().isEmpty()
            && c.domains().isEmpty()
            && c.bindingForce().isEmpty()
            && c.note().isEmpty()
            && c.illustrative().isEmpty();
    if (bare) {
      g.writeString(c.party());
      return;
    }
    g.writeStartObject();
    g.writeStringField("party", c.party());
    if (!(c.condition() instanceof Always)) {
      g.writeFieldName("condition");
      condition(c.condition());
    }
    if (c.size().isPresent()) {
      g.writeFieldName("size");
      size(c.size().get());
    }
    optionalEnums("domains", c.domains());
    if (c.bindingForce().isPresent()) {
      g.writeStringField("bindingForce", Names.of(c.bindingForce().get()));
    }
    string("note", c.note());
    string("illustrative", c.illustrative());
    g.writeEndObject();
  }

  private void size(Size s) throws IOException {
    g.writeStartObject();
    if (s.troops().isPresent()) {
      g.writeNumberField("troops", s.troops().get());
    }
    if (s.amount().isPresent()) {
      g.writeFieldName("amount");
      g.writeNumber(s.amount().get().toString());
    }
    string("currency", s.currency());
    if (s.over().isPresent()) {
      g.writeStringField("over", s.over().get().toString());
    }
    string("description", s.description());
    if (s.approximate()) {
      g.writeBooleanField("approximate", true);
    }
    g.writeEndObject();
  }

  private void term(Term t) throws IOException {
    g.writeStartObject();
    if (t.endsAt().isPresent()) {
      g.writeStringField("endsAt", t.endsAt().get().toString());
    }
    if (t.lastsFor().isPresent()) {
      g.writeStringField("lastsFor", duration(t.lastsFor().get()));
    }
    if (t.since().isPresent()) {
      g.writeFieldName("since");
      condition(t.since().get());
    }
    if (t.endsWhen().isPresent()) {
      g.writeFieldName("endsWhen");
      condition(t.endsWhen().get());
    }
    g.writeEndObject();
  }

  private void source(Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("document", s.document());
    g.writeStringField("clause", s.clause());
    g.writeStringField("quote", s.quote());
    if (s.fidelity() != Fidelity.SUMMARY) {
      g.writeStringField("fidelity", Names.of(s.fidelity()));
    }
    string("url", s.url());
    string("note", s.note());
    g.writeEndObject();
  }

  /**
   * Writes the conditions that occur more than once in the agreement under {@code conditions}, each
   * once and named, operands first; every other occurrence is then written as {@code {ref: name}}.
   * An agreement without shared conditions writes no {@code conditions} at all.
   */
  private void sharedConditions(Agreement a) throws IOException {
    List<Condition> roots = new ArrayList<>();
    a.defaultTrigger().ifPresent(roots::add);
    a.term().flatMap(Term::endsWhen).ifPresent(roots::add);
    a.term().flatMap(Term::since).ifPresent(roots::add);
    for (Pledge p : a.pledges()) {
      p.trigger().ifPresent(roots::add);
      roots.add(p.activation());
      p.term().flatMap(Term::endsWhen).ifPresent(roots::add);
      p.term().flatMap(Term::since).ifPresent(roots::add);
      for (Contribution c : p.contributions()) {
        roots.add(c.condition());
      }
    }
    List<Condition> shared = Condition.shared(roots);
    if (shared.isEmpty()) {
      return;
    }
    Map<Condition, String> defined = new HashMap<>();
    g.writeObjectFieldStart("conditions");
    for (Condition c : shared) {
      String name = "shared-" + (defined.size() + 1);
      g.writeFieldName(name);
      names = defined; // operands defined above are referred to; this one is written in full
      write(c);
      defined.put(c, name);
    }
    g.writeEndObject();
    names = defined;
  }

  /** Writes a condition, or a reference to it if it is named; recursion is bounded. */
  void condition(Condition c) throws IOException {
    @Nullable String name = names.get(c);
    if (name != null) {
      g.writeStartObject();
      g.writeStringField("ref", name);
      g.writeEndObject();
      return;
    }
    write(c);
  }

  private void write(Condition c) throws IOException {
    try {
      c.accept(new Writer());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private final class Writer implements ConditionVisitor<Boolean> {
    private Boolean run(IoAction action) {
      try {
        action.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return true;
    }

    @Override
    public Boolean visitAlways(Always c) {
      return run(() -> g.writeString("always"));
    }

    @Override
    public Boolean visitOccurred(Occurred c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeStringField("occurred", pattern(c));
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitAllOf(AllOf c) {
      return list("allOf", c.operands());
    }

    @Override
    public Boolean visitAnyOf(AnyOf c) {
      return list("anyOf", c.operands());
    }

    private Boolean list(String op, Collection<Condition> operands) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeArrayFieldStart(op);
            for (Condition o : operands) {
              condition(o);
            }
            g.writeEndArray();
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitNot(Not c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeFieldName("not");
            condition(c.operand());
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitAtLeast(AtLeast c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeObjectFieldStart("atLeast");
            g.writeNumberField("k", c.k());
            g.writeArrayFieldStart("of");
            for (Condition o : c.operands()) {
              condition(o);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitInForce(InForce c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeObjectFieldStart("inForce");
            g.writeStringField("trigger", pattern(c.trigger()));
            g.writeStringField("revokedBy", pattern(c.revokedBy()));
            g.writeEndObject();
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitStatusIs(StatusIs c) {
      return run(
          () -> {
            g.writeStartObject();
            if (c.party().isEmpty()) {
              g.writeStringField(c.standing().keyword(), c.pledge());
            } else {
              g.writeObjectFieldStart(c.standing().keyword());
              g.writeStringField("pledge", c.pledge());
              g.writeStringField("party", c.party().get());
              g.writeEndObject();
            }
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitAfter(After c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeObjectFieldStart("after");
            g.writeStringField("later", pattern(c.later()));
            g.writeStringField("earlier", pattern(c.earlier()));
            g.writeEndObject();
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitAtLeastParties(AtLeastParties c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeObjectFieldStart("atLeastParties");
            g.writeNumberField("k", c.k());
            g.writeStringField("of", pattern(c.pattern()));
            g.writeStringField("counting", c.role() == EventRole.ACTOR ? "actor" : "target");
            g.writeEndObject();
            g.writeEndObject();
          });
    }

    @Override
    public Boolean visitWithin(Within c) {
      return run(
          () -> {
            g.writeStartObject();
            g.writeObjectFieldStart("within");
            g.writeStringField("event", pattern(c.event()));
            g.writeStringField("window", duration(c.window()));
            g.writeStringField("anchor", pattern(c.anchor()));
            g.writeEndObject();
            g.writeEndObject();
          });
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  /** Whole days beyond three as {@code P30D}, shorter spans as {@code PT24H}. */
  static String duration(Duration d) {
    long days = d.toDays();
    if (days > 3 && d.equals(Duration.ofDays(days))) {
      return "P" + days + "D";
    }
    return d.toString();
  }

  /** {@code trigger [by <actor>] [against <target>] [in <region>]}, party patterns as text. */
  static String pattern(Occurred o) {
    return o.trigger()
        + o.actor().map(p -> " by " + p).orElse("")
        + o.target().map(p -> " against " + p).orElse("")
        + o.place().map(p -> " in " + p).orElse("");
  }

  void scenario(ScenarioFile f) throws IOException {
    Scenario s = f.scenario();
    g.writeStartObject();
    string("agreement", f.agreement());
    g.writeStringField("name", s.name());
    string("narrative", s.narrative());
    g.writeStringField("asOf", s.asOf().toString());
    g.writeArrayFieldStart("events");
    for (Event e : s.events()) {
      g.writeStartObject();
      g.writeStringField("at", e.at().toString());
      g.writeStringField("trigger", e.trigger());
      string("party", e.party());
      string("target", e.target());
      string("place", e.place());
      string("note", e.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!f.expectations().isEmpty()) {
      g.writeArrayFieldStart("expect");
      for (Expectation x : f.expectations()) {
        g.writeStartObject();
        g.writeStringField("pledge", x.pledge());
        string("party", x.party());
        g.writeStringField("status", Names.of(x.status()));
        if (x.at().isPresent()) {
          g.writeStringField("at", x.at().get().toString());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!f.holds().isEmpty()) {
      g.writeArrayFieldStart("holds");
      for (NamedProperty p : f.holds()) {
        property(p);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  void propertyFile(PropertyFile f) throws IOException {
    g.writeStartObject();
    string("description", f.description());
    if (f.budget().isPresent()) {
      g.writeObjectFieldStart("budget");
      g.writeNumberField("maxEvents", f.budget().get().maxEvents());
      g.writeNumberField("maxRepeats", f.budget().get().maxRepeats());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("properties");
    for (NamedProperty p : f.properties()) {
      property(p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A property: its name, description and one kind (the visitor has one method per kind). */
  private void property(NamedProperty named) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", named.name());
    string("description", named.description());
    try {
      named
          .property()
          .accept(
              new PropertyVisitor<Boolean>() {
                @Override
                public Boolean neverActiveUnless(Property.NeverActiveUnless p) {
                  return run(
                      () -> {
                        g.writeObjectFieldStart("neverActiveUnless");
                        selector("select", p.selector());
                        g.writeFieldName("condition");
                        condition(p.condition());
                        g.writeEndObject();
                      });
                }

                @Override
                public Boolean respondsWithin(Property.RespondsWithin p) {
                  return run(
                      () -> {
                        g.writeObjectFieldStart("respondsWithin");
                        g.writeStringField("trigger", pattern(p.trigger()));
                        if (p.after().isPresent()) {
                          g.writeFieldName("after");
                          condition(p.after().get());
                        }
                        selector("select", p.selector());
                        g.writeStringField("within", duration(p.within()));
                        g.writeEndObject();
                      });
                }

                @Override
                public Boolean neverTogether(Property.NeverTogether p) {
                  return run(
                      () -> {
                        g.writeObjectFieldStart("neverTogether");
                        selector("first", p.first());
                        selector("second", p.second());
                        g.writeEndObject();
                      });
                }

                @Override
                public Boolean canFire(Property.CanFire p) {
                  return run(
                      () -> {
                        g.writeObjectFieldStart("canFire");
                        item(p.item());
                        if (p.after().isPresent()) {
                          g.writeStringField("after", pattern(p.after().get()));
                        }
                        g.writeEndObject();
                      });
                }

                @Override
                public Boolean readingsAgree(Property.ReadingsAgree p) {
                  return run(
                      () -> {
                        g.writeObjectFieldStart("readingsAgree");
                        g.writeStringField("reading", p.reading());
                        selector("select", p.selector());
                        g.writeEndObject();
                      });
                }

                @Override
                public Boolean always(Property.Always p) {
                  return run(
                      () -> {
                        g.writeObjectFieldStart("always");
                        item(p.item());
                        g.writeStringField("status", Names.of(p.status()));
                        g.writeEndObject();
                      });
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    g.writeEndObject();
  }

  private static Boolean run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  private void item(Item item) throws IOException {
    g.writeStringField("pledge", item.pledge());
    string("party", item.party());
  }

  private void selector(String field, Selector s) throws IOException {
    g.writeObjectFieldStart(field);
    optionalEnums("kinds", s.kinds());
    optionalEnums("locations", s.locations());
    if (s.atLeast().isPresent()) {
      g.writeStringField("atLeast", Names.of(s.atLeast().get()));
    }
    if (!s.ids().isEmpty()) {
      g.writeArrayFieldStart("ids");
      for (String id : s.ids()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    if (s.contributions()) {
      g.writeBooleanField("contributions", true);
    }
    g.writeEndObject();
  }

  private void string(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  private void enums(String field, Collection<? extends Enum<?>> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (Enum<?> v : values) {
      g.writeString(Names.of(v));
    }
    g.writeEndArray();
  }

  private void optionalEnums(String field, Collection<? extends Enum<?>> values)
      throws IOException {
    if (!values.isEmpty()) {
      enums(field, values);
    }
  }
}

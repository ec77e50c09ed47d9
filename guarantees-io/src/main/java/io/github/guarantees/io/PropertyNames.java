package io.github.guarantees.io;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.PropertyVisitor;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Ids;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names a property uses (triggers, parties, pledges, contributions), each where a file has it,
 * and their check against the agreement the property is asked of.
 */
final class PropertyNames {
  private PropertyNames() {}

  /** What a name names. */
  enum Kind {
    TRIGGER,
    PARTY,
    PLEDGE,
    ITEM,
    READING
  }

  /**
   * One name a property uses.
   *
   * @param kind what it names
   * @param id the trigger, party or pledge id
   * @param party for an item, the contributing party, else null
   * @param property the name of the property that uses it
   * @param line its line in the file, 0 if unknown
   * @param column its column, 0 if unknown
   * @param path its path in the document, empty if unknown
   */
  record Use(
      Kind kind,
      String id,
      @Nullable String party,
      String property,
      int line,
      int column,
      String path) {}

  /** The names one property uses, without positions (a property built in code). */
  static ImmutableList<Use> of(NamedProperty named) {
    List<Use> out = new ArrayList<>();
    String name = named.name();
    named
        .property()
        .accept(
            new PropertyVisitor<Boolean>() {
              @Override
              public Boolean neverActiveUnless(Property.NeverActiveUnless p) {
                selector(p.selector());
                condition(p.condition());
                return true;
              }

              @Override
              public Boolean respondsWithin(Property.RespondsWithin p) {
                condition(p.trigger());
                p.after().ifPresent(this::condition);
                selector(p.selector());
                return true;
              }

              @Override
              public Boolean neverTogether(Property.NeverTogether p) {
                selector(p.first());
                selector(p.second());
                return true;
              }

              @Override
              public Boolean canFire(Property.CanFire p) {
                item(p.item());
                p.after().ifPresent(this::condition);
                return true;
              }

              @Override
              public Boolean readingsAgree(Property.ReadingsAgree p) {
                out.add(new Use(Kind.READING, p.reading(), null, name, 0, 0, ""));
                selector(p.selector());
                return true;
              }

              @Override
              public Boolean always(Property.Always p) {
                item(p.item());
                return true;
              }

              private void selector(Selector s) {
                s.ids().forEach(id -> out.add(new Use(Kind.PLEDGE, id, null, name, 0, 0, "")));
              }

              private void item(Item i) {
                out.add(new Use(Kind.ITEM, i.pledge(), i.party().orElse(null), name, 0, 0, ""));
              }

              private void condition(Condition c) {
                for (Occurred o : c.patterns()) {
                  out.add(new Use(Kind.TRIGGER, o.trigger(), null, name, 0, 0, ""));
                  o.actor().ifPresent(this::parties);
                  o.target().ifPresent(this::parties);
                }
              }

              private void parties(PartyPattern p) {
                for (String part : p.toString().split("&", -1)) {
                  String id = part.strip();
                  if (!id.startsWith("@")) {
                    out.add(new Use(Kind.PARTY, id, null, name, 0, 0, ""));
                  }
                }
              }
            });
    return ImmutableList.copyOf(out);
  }

  /**
   * Every use (of one property, if named) that names what the agreement lacks, as a problem at the
   * use's position in the file.
   */
  static List<FileProblem> check(
      Agreement agreement, List<Use> uses, @Nullable String property, String source) {
    List<FileProblem> out = new ArrayList<>();
    String a = "agreement '" + agreement.id() + "'";
    Set<String> pledges = new LinkedHashSet<>(agreement.pledgesById().keySet());
    Set<String> instances = new LinkedHashSet<>();
    for (Pledge p : agreement.instances()) {
      instances.add(p.id());
    }
    pledges.addAll(instances);
    for (Use u : uses) {
      if (property != null && !u.property().equals(property)) {
        continue;
      }
      String message =
          switch (u.kind()) {
            case TRIGGER ->
                agreement.triggersById().containsKey(u.id())
                    ? null
                    : a
                        + " declares no trigger "
                        + Ids.quote(u.id())
                        + Suggestions.hint(u.id(), agreement.triggersById().keySet());
            case PARTY ->
                agreement.parties().containsKey(u.id())
                    ? null
                    : a
                        + " has no party "
                        + Ids.quote(u.id())
                        + Suggestions.hint(u.id(), agreement.parties().keySet());
            case PLEDGE ->
                pledges.contains(u.id())
                    ? null
                    : a + " has no pledge " + Ids.quote(u.id()) + Suggestions.hint(u.id(), pledges);
            case ITEM -> item(agreement, u, instances, a);
            case READING ->
                agreement.readingNames().contains(u.id())
                    ? null
                    : a
                        + (agreement.readingNames().isEmpty()
                            ? " has no readings at all"
                            : " has no reading "
                                + Ids.quote(u.id())
                                + Suggestions.hint(u.id(), agreement.readingNames())
                                + " (readings: "
                                + String.join(", ", agreement.readingNames())
                                + ")");
          };
      if (message != null) {
        out.add(new FileProblem(source, u.line(), u.column(), u.path(), message));
      }
    }
    return out;
  }

  private static @Nullable String item(
      Agreement agreement, Use u, Set<String> instances, String a) {
    Optional<Pledge> pledge =
        agreement.instances().stream().filter(p -> p.id().equals(u.id())).findFirst();
    if (pledge.isEmpty()) {
      return a
          + " has no evaluated pledge "
          + Ids.quote(u.id())
          + Suggestions.hint(u.id(), instances)
          + (agreement.pledgesById().containsKey(u.id())
              ? " (it is owed to a set of parties: name one instance, id@party)"
              : "");
    }
    String party = u.party();
    if (party != null && pledge.get().contribution(party).isEmpty()) {
      List<String> contributors = new ArrayList<>();
      pledge.get().contributions().forEach(c -> contributors.add(c.party()));
      return "pledge "
          + Ids.quote(u.id())
          + " has no contribution by "
          + Ids.quote(party)
          + (contributors.isEmpty()
              ? "; it has no contributions"
              : Suggestions.hint(party, contributors)
                  + " (contributors: "
                  + String.join(", ", contributors)
                  + ")");
    }
    return null;
  }

  /** The message for a property name a file does not have. */
  static String noSuchProperty(String name, List<NamedProperty> properties) {
    List<String> names = new ArrayList<>();
    properties.forEach(p -> names.add(p.name()));
    return "no property "
        + Ids.quote(name)
        + Suggestions.hint(name, names)
        + (names.isEmpty()
            ? "; the file has none"
            : " (properties: " + String.join(", ", names) + ")");
  }
}

package io.github.guarantees.io;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Limits;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.Standing;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.io.Node.ListNode;
import io.github.guarantees.io.Node.MapNode;
import io.github.guarantees.io.Node.ScalarNode;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Ids;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Participant;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.PartyAttribute;
import io.github.guarantees.model.PartyKind;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Size;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.Trigger;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a document tree into core values, collecting every problem with its position instead of
 * stopping at the first. Builds nothing that escapes unless the whole document is sound.
 */
final class Decoder {
  static final ImmutableSet<String> AGREEMENT_FIELDS =
      ImmutableSet.of(
          "id",
          "title",
          "date",
          "description",
          "parties",
          "triggers",
          "conditions",
          "defaultTrigger",
          "term",
          "suspensionPausesDeadlines",
          "regions",
          "memberships",
          "pledges");
  static final ImmutableSet<String> PARTY_FIELDS =
      ImmutableSet.of("id", "name", "kind", "roles", "attributes", "caveats");
  static final ImmutableSet<String> CAVEAT_FIELDS =
      ImmutableSet.of("id", "description", "kinds", "domains", "locations", "source");
  static final ImmutableSet<String> TRIGGER_FIELDS = ImmutableSet.of("id", "description");
  static final ImmutableSet<String> PLEDGE_FIELDS =
      ImmutableSet.of(
          "id",
          "title",
          "kind",
          "domains",
          "location",
          "bindingForce",
          "size",
          "trigger",
          "activation",
          "term",
          "deadline",
          "refrainsFrom",
          "source",
          "contributions",
          "note",
          "tags",
          "owedTo",
          "power",
          "survivesTermination",
          "readings");
  static final ImmutableSet<String> READING_FIELDS =
      ImmutableSet.of("name", "note", "trigger", "activation", "term");
  static final ImmutableSet<String> POWER_FIELDS =
      ImmutableSet.of("action", "target", "exercisedBy");
  static final ImmutableSet<String> CONTRIBUTION_FIELDS =
      ImmutableSet.of(
          "party", "condition", "size", "domains", "bindingForce", "note", "illustrative");
  static final ImmutableSet<String> SIZE_FIELDS =
      ImmutableSet.of("troops", "amount", "currency", "over", "description", "approximate");
  static final ImmutableSet<String> DEADLINE_FIELDS =
      ImmutableSet.of("fulfilledBy", "within", "due", "exclusive", "noLimit");
  static final ImmutableSet<String> TERM_FIELDS =
      ImmutableSet.of("endsAt", "lastsFor", "since", "endsWhen");
  static final ImmutableSet<String> SOURCE_FIELDS =
      ImmutableSet.of("document", "clause", "quote", "fidelity", "url", "note");
  static final ImmutableSet<String> SCENARIO_FIELDS =
      ImmutableSet.of("agreement", "name", "narrative", "asOf", "events", "expect", "holds");
  static final ImmutableSet<String> EVENT_FIELDS =
      ImmutableSet.of("at", "trigger", "party", "actor", "target", "place", "note");
  static final ImmutableSet<String> REGION_FIELDS = ImmutableSet.of("id", "name", "contains");
  static final ImmutableSet<String> MEMBERSHIP_FIELDS =
      ImmutableSet.of("party", "joins", "leaves", "absences");
  static final ImmutableSet<String> ABSENCE_FIELDS = ImmutableSet.of("from", "until");
  static final ImmutableSet<String> MEMBERSHIP_CHANGE_FIELDS =
      ImmutableSet.of("at", "on", "notice");
  static final ImmutableSet<String> PROPERTY_FILE_FIELDS =
      ImmutableSet.of("description", "budget", "properties");
  static final ImmutableSet<String> BUDGET_FIELDS = ImmutableSet.of("maxEvents", "maxRepeats");

  /** The kinds of property, one key each; a property has its name, a description and one kind. */
  static final ImmutableSet<String> PROPERTY_KINDS =
      ImmutableSet.of(
          "neverActiveUnless",
          "respondsWithin",
          "neverTogether",
          "canFire",
          "always",
          "readingsAgree");

  static final ImmutableSet<String> PROPERTY_FIELDS =
      ImmutableSet.<String>builder().add("name", "description").addAll(PROPERTY_KINDS).build();
  static final ImmutableSet<String> NEVER_ACTIVE_UNLESS_FIELDS =
      ImmutableSet.of("select", "condition");
  static final ImmutableSet<String> RESPONDS_WITHIN_FIELDS =
      ImmutableSet.of("trigger", "after", "select", "within");
  static final ImmutableSet<String> NEVER_TOGETHER_FIELDS = ImmutableSet.of("first", "second");
  static final ImmutableSet<String> CAN_FIRE_FIELDS = ImmutableSet.of("pledge", "party", "after");
  static final ImmutableSet<String> READINGS_AGREE_FIELDS = ImmutableSet.of("reading", "select");
  static final ImmutableSet<String> ALWAYS_FIELDS = ImmutableSet.of("pledge", "party", "status");
  static final ImmutableSet<String> SELECTOR_FIELDS =
      ImmutableSet.of("kinds", "locations", "atLeast", "ids", "contributions");
  static final ImmutableSet<String> EXPECTATION_FIELDS =
      ImmutableSet.of("pledge", "party", "status", "at");
  static final ImmutableSet<String> CONDITIONS =
      ImmutableSet.of(
          "always",
          "occurred",
          "allOf",
          "anyOf",
          "not",
          "atLeast",
          "inForce",
          "after",
          "within",
          "atLeastParties",
          "active",
          "suspended",
          "expired",
          "fulfilled",
          "violated",
          "ref");
  static final ImmutableSet<String> PATTERN_FIELDS =
      ImmutableSet.of("trigger", "party", "actor", "target", "place");

  private static final String ID_RULE =
      "a name starts with a letter or digit, holds only letters, digits, '.', '_' and '-', and is"
          + " at most "
          + Ids.MAX_LENGTH
          + " characters long";
  private static final Pattern PATTERN =
      Pattern.compile(
          "([^\\s]+)(?:\\s+by\\s+([^\\s]+))?(?:\\s+against\\s+([^\\s]+))?(?:\\s+in\\s+([^\\s]+))?");

  private final String file;
  private final List<FileProblem> problems;
  private final Map<String, Node> index;

  /** Trigger and party ids named by conditions and contributions, checked once all are known. */
  private final List<Reference> references = new ArrayList<>();

  private final Map<String, Node> pledgeNodes = new HashMap<>();

  /** The agreement's named conditions read so far, by name. */
  private final Map<String, Condition> named = new HashMap<>();

  private final Map<String, Node> contributionNodes = new HashMap<>();
  private final Map<String, Node> partyNodes = new HashMap<>();
  private final Map<String, Node> triggerNodes = new HashMap<>();

  private record Reference(boolean trigger, String id, Node where, String context) {}

  Decoder(String file, List<FileProblem> problems, Map<String, Node> index) {
    this(file, problems, index, ref -> Optional.empty());
  }

  Decoder(
      String file,
      List<FileProblem> problems,
      Map<String, Node> index,
      Function<String, Optional<Agreement>> agreements) {
    this.file = file;
    this.problems = problems;
    this.index = index;
    this.agreements = agreements;
  }

  /** Finds the agreement a scenario names, to check a scenario that failed to load against it. */
  private final Function<String, Optional<Agreement>> agreements;

  // ---------------------------------------------------------------- agreements

  @Nullable Agreement agreement(Node root) {
    MapNode m = root(root, "an agreement");
    if (m == null) {
      return null;
    }
    only(m, AGREEMENT_FIELDS);
    Agreement.Builder b = Agreement.builder();
    String id = string(m, "id", true);
    String title = string(m, "title", true);
    if (id != null) {
      b.id(id);
    }
    if (title != null) {
      b.title(title);
    }
    Node date = optional(m, "date");
    if (date != null) {
      LocalDate d = date(date);
      if (d != null) {
        b.date(d);
      }
    }
    String description = string(m, "description", false);
    if (description != null) {
      b.description(description);
    }
    for (Node n : list(m, "parties", true)) {
      Participant p = participant(n);
      if (p != null) {
        b.addParticipants(p);
      }
    }
    for (Node n : list(m, "triggers", true)) {
      Trigger t = trigger(n);
      if (t != null) {
        b.addTriggers(t);
      }
    }
    namedConditions(m);
    Node defaultTrigger = optional(m, "defaultTrigger");
    if (defaultTrigger != null) {
      Condition c = condition(defaultTrigger, "the default trigger");
      if (c != null) {
        b.defaultTrigger(c);
      }
    }
    Node agreementTerm = optional(m, "term");
    if (agreementTerm != null) {
      Term t = term(agreementTerm, "the agreement's");
      if (t != null) {
        b.term(t);
      }
    }
    Node pauses = optional(m, "suspensionPausesDeadlines");
    if (pauses != null && Boolean.TRUE.equals(bool(pauses))) {
      b.suspensionPausesDeadlines(true);
    }
    for (Node n : list(m, "regions", false)) {
      Region r = region(n);
      if (r != null) {
        b.addRegions(r);
      }
    }
    for (Node n : list(m, "memberships", false)) {
      Membership ms = membership(n);
      if (ms != null) {
        b.addMemberships(ms);
      }
    }
    for (Node n : list(m, "pledges", false)) {
      Pledge p = pledge(n);
      if (p != null) {
        b.addPledges(p);
      }
    }
    checkReferences();
    if (!problems.isEmpty()) {
      return null;
    }
    return build(m, b::build);
  }

  /**
   * Places an agreement's warnings in the file it was decoded from, like its problems.
   *
   * @param agreement the agreement {@link #agreement} returned
   * @param root the document's root
   */
  ImmutableList<FileProblem> warnings(Agreement agreement, Node root) {
    ImmutableList.Builder<FileProblem> out = ImmutableList.builder();
    for (Problem w : agreement.warnings()) {
      Node n = locate(w.site(), root);
      out.add(new FileProblem(file, n.line, n.column, n.path, w.where() + ": " + w.message()));
    }
    return out.build();
  }

  private @Nullable Region region(Node n) {
    MapNode m = map(n, "a region (id, name, contains)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, REGION_FIELDS);
    String id = string(m, "id", true);
    String name = string(m, "name", true);
    List<String> contains = new ArrayList<>();
    for (Node c : list(m, "contains", false)) {
      String place = text(c, "a region or party id");
      if (place != null) {
        contains.add(place);
      }
    }
    if (problems.size() > before || id == null || name == null) {
      return null;
    }
    return build(m, () -> Region.of(id, name, contains.toArray(new String[0])));
  }

  private @Nullable Membership membership(Node n) {
    MapNode m = map(n, "a membership (party, joins, leaves, absences)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, MEMBERSHIP_FIELDS);
    String party = string(m, "party", true);
    Node partyNode = m.entries.get("party");
    if (party != null && partyNode != null) {
      references.add(new Reference(false, party, partyNode, "membership"));
    }
    Node joinsNode = optional(m, "joins");
    MembershipChange joins = joinsNode == null ? null : membershipChange(joinsNode);
    Node leavesNode = optional(m, "leaves");
    MembershipChange leaves = leavesNode == null ? null : membershipChange(leavesNode);
    List<Instant[]> absences = new ArrayList<>();
    for (Node a : list(m, "absences", false)) {
      MapNode am = map(a, "an absence ({from: <instant>, until: <instant>})");
      if (am == null) {
        continue;
      }
      only(am, ABSENCE_FIELDS);
      Node fromNode = am.entries.get("from");
      Node untilNode = am.entries.get("until");
      if (fromNode == null || untilNode == null) {
        missing(am, fromNode == null ? "from" : "until", "an instant");
        continue;
      }
      Instant from = instant(fromNode);
      Instant until = instant(untilNode);
      if (from != null && until != null) {
        absences.add(new Instant[] {from, until});
      }
    }
    if (problems.size() > before || party == null) {
      return null;
    }
    return build(
        m,
        () -> {
          Membership out = Membership.of(party);
          if (joins != null) {
            out = out.joins(joins);
          }
          for (Instant[] a : absences) {
            out = out.absent(a[0], a[1]);
          }
          return leaves == null ? out : out.leaves(leaves);
        });
  }

  private @Nullable MembershipChange membershipChange(Node n) {
    MapNode m = map(n, "a change of membership ({at: <instant>} or {on: <event pattern>}, notice)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, MEMBERSHIP_CHANGE_FIELDS);
    Node at = optional(m, "at");
    Node on = optional(m, "on");
    if ((at == null) == (on == null)) {
      problem(
          m,
          "give either 'at' (an instant) or 'on' (an event pattern), not "
              + (at == null ? "neither" : "both"));
      return null;
    }
    Instant instant = at == null ? null : instant(at);
    Occurred pattern = on == null ? null : pattern(on, "membership");
    Node noticeNode = optional(m, "notice");
    Duration notice = noticeNode == null ? Duration.ZERO : duration(noticeNode);
    if (problems.size() > before || notice == null) {
      return null;
    }
    Duration nn = notice;
    return build(
        m,
        () ->
            (instant != null
                    ? MembershipChange.at(instant)
                    : MembershipChange.on(java.util.Objects.requireNonNull(pattern)))
                .afterNotice(nn));
  }

  private @Nullable Participant participant(Node n) {
    MapNode m = map(n, "a party");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, PARTY_FIELDS);
    String id = declare(m, "party", partyNodes);
    Party.Builder b = Party.builder();
    if (id != null) {
      b.id(id);
    }
    String name = string(m, "name", true);
    if (name != null) {
      b.name(name);
    }
    Node kind = optional(m, "kind");
    if (kind != null) {
      PartyKind k = enumValue(kind, PartyKind.class, "party kind");
      if (k != null) {
        b.kind(k);
      }
    }
    b.addAllAttributes(enums(m, "attributes", PartyAttribute.class, "party attribute"));
    Map<String, Node> caveatIds = new HashMap<>();
    for (Node c : list(m, "caveats", false)) {
      Caveat caveat = caveat(c, caveatIds);
      if (caveat != null) {
        b.addCaveats(caveat);
      }
    }
    List<Role> roles = enums(m, "roles", Role.class, "role");
    Node rolesNode = m.entries.get("roles");
    if (rolesNode == null) {
      missing(m, "roles", "e.g. roles: [signatory]");
    } else if (rolesNode instanceof ListNode l && l.items.isEmpty()) {
      problem(rolesNode, "give at least one role, e.g. [signatory]");
    }
    Party party = problems.size() > before ? null : build(m, b::build);
    if (party == null || roles.isEmpty()) {
      return null;
    }
    return build(m, () -> Participant.of(party, roles));
  }

  private @Nullable Caveat caveat(Node n, Map<String, Node> ids) {
    MapNode m = map(n, "a caveat");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, CAVEAT_FIELDS);
    Caveat.Builder b = Caveat.builder();
    String id = declare(m, "caveat", ids);
    if (id != null) {
      b.id(id);
    }
    String description = string(m, "description", true);
    if (description != null) {
      b.description(description);
    }
    b.addAllKinds(enums(m, "kinds", PledgeKind.class, "pledge kind"));
    b.addAllDomains(enums(m, "domains", Domain.class, "domain"));
    b.addAllLocations(enums(m, "locations", Location.class, "location"));
    Node source = optional(m, "source");
    if (source != null) {
      Source s = source(source);
      if (s != null) {
        b.source(s);
      }
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  private @Nullable Trigger trigger(Node n) {
    MapNode m = map(n, "a trigger");
    if (m == null) {
      return null;
    }
    only(m, TRIGGER_FIELDS);
    String id = declare(m, "trigger", triggerNodes);
    String description = string(m, "description", true);
    if (id == null || description == null) {
      return null;
    }
    return build(m, () -> Trigger.of(id, description));
  }

  private @Nullable Pledge pledge(Node n) {
    MapNode m = map(n, "a pledge");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, PLEDGE_FIELDS);
    Pledge.Builder b = Pledge.builder();
    String id = declare(m, "pledge", pledgeNodes);
    if (id != null) {
      b.id(id);
    }
    String what = id == null ? "a pledge" : "pledge '" + id + "'";
    String title = string(m, "title", true);
    if (title != null) {
      b.title(title);
    }
    PledgeKind kind = requiredEnum(m, "kind", PledgeKind.class, "pledge kind");
    if (kind != null) {
      b.kind(kind);
    }
    b.addAllDomains(enums(m, "domains", Domain.class, "domain"));
    Node location = optional(m, "location");
    if (location != null) {
      Location l = enumValue(location, Location.class, "location");
      if (l != null) {
        b.location(l);
      }
    }
    BindingForce force = requiredEnum(m, "bindingForce", BindingForce.class, "binding force");
    if (force != null) {
      b.bindingForce(force);
    }
    Node size = optional(m, "size");
    if (size != null) {
      Size s = size(size);
      if (s != null) {
        b.size(s);
      }
    }
    Node trigger = optional(m, "trigger");
    if (trigger != null) {
      Condition c = condition(trigger, what + " trigger");
      if (c != null) {
        b.trigger(c);
      }
    }
    Node activation = optional(m, "activation");
    if (activation != null) {
      Condition c = condition(activation, what + " activation");
      if (c != null) {
        b.activation(c);
      }
    }
    Node term = optional(m, "term");
    if (term != null) {
      Term t = term(term, what);
      if (t != null) {
        b.term(t);
      }
    }
    Node deadline = optional(m, "deadline");
    if (deadline != null) {
      Deadline d = deadline(deadline, what);
      if (d != null) {
        b.deadline(d);
      }
    }
    for (Node r : list(m, "refrainsFrom", false)) {
      Occurred o = pattern(r, what + " refrainsFrom");
      if (o != null) {
        b.addRefrainsFrom(o);
      }
    }
    Node source = m.entries.get("source");
    if (source == null || isNull(source)) {
      missing(m, "source", "the clause this pledge encodes: document, clause and quote");
    } else {
      Source s = source(source);
      if (s != null) {
        b.source(s);
      }
    }
    Map<String, Node> contributors = new HashMap<>();
    for (Node c : list(m, "contributions", false)) {
      Contribution contribution = contribution(c, what, contributors);
      if (contribution != null) {
        b.addContributions(contribution);
        if (id != null) {
          contributionNodes.put(id + "/" + contribution.party(), c);
        }
      }
    }
    String note = string(m, "note", false);
    if (note != null) {
      b.note(note);
    }
    for (Node t : list(m, "tags", false)) {
      String tag = text(t, "a tag (an id such as component-4)");
      if (tag != null) {
        b.addTags(tag);
      }
    }
    Node owedTo = optional(m, "owedTo");
    if (owedTo != null) {
      PartyPattern set = partyPattern(owedTo, what + " owedTo");
      if (set != null) {
        b.owedTo(set);
      }
    }
    Node power = optional(m, "power");
    if (power != null) {
      Power w = power(power, what);
      if (w != null) {
        b.power(w);
      }
    }
    Node survives = optional(m, "survivesTermination");
    if (survives != null && Boolean.TRUE.equals(bool(survives))) {
      b.survivesTermination(true);
    }
    for (Node r : list(m, "readings", false)) {
      Reading reading = reading(r, what);
      if (reading != null) {
        b.addReadings(reading);
      }
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  /** A reading: {@code {name, note, trigger?, activation?, term?}}. */
  private @Nullable Reading reading(Node n, String pledge) {
    MapNode m = map(n, "a reading {name: <id>, note: <why>, trigger/activation/term: ...}");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, READING_FIELDS);
    Reading.Builder b = Reading.builder();
    String name = string(m, "name", true);
    if (name != null) {
      b.name(name);
    }
    String note = string(m, "note", true);
    if (note != null) {
      b.note(note);
    }
    String where = pledge + " reading " + (name == null ? "" : name);
    Node trigger = optional(m, "trigger");
    if (trigger != null) {
      Condition c = condition(trigger, where);
      if (c != null) {
        b.trigger(c);
      }
    }
    Node activation = optional(m, "activation");
    if (activation != null) {
      Condition c = condition(activation, where);
      if (c != null) {
        b.activation(c);
      }
    }
    Node term = optional(m, "term");
    if (term != null) {
      Term t = term(term, where);
      if (t != null) {
        b.term(t);
      }
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  /** A power: {@code {action: suspend | resume | terminate, target: <pledge>, exercisedBy: P}}. */
  private @Nullable Power power(Node n, String pledge) {
    MapNode m =
        map(
            n,
            "a power {action: suspend | resume | terminate, target: <pledge id>, exercisedBy:"
                + " <event pattern>}");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, POWER_FIELDS);
    String action = string(m, "action", true);
    String target = string(m, "target", false);
    Occurred by = requiredPattern(m, "exercisedBy", pledge + " power");
    Power.Action a = null;
    if (action != null) {
      for (Power.Action x : Power.Action.values()) {
        if (x.name().toLowerCase(java.util.Locale.ROOT).equals(action)) {
          a = x;
        }
      }
      if (a == null) {
        problem(
            m.entries.getOrDefault("action", m),
            "action must be suspend, resume or terminate, found '" + action + "'");
      } else if (target == null && a != Power.Action.TERMINATE) {
        missing(m, "target", "the id of the pledge the power acts on");
      }
    }
    if (a == null || by == null || problems.size() > before) {
      return null;
    }
    Power.Action act = a;
    return build(
        m,
        () ->
            switch (act) {
              case SUSPEND -> Power.suspend(java.util.Objects.requireNonNull(target), by);
              case RESUME -> Power.resume(java.util.Objects.requireNonNull(target), by);
              case TERMINATE ->
                  target == null ? Power.terminateAgreement(by) : Power.terminate(target, by);
            });
  }

  private @Nullable Contribution contribution(Node n, String pledge, Map<String, Node> seen) {
    if (n instanceof ScalarNode s && s.token == JsonToken.VALUE_STRING && s.text != null) {
      String party = s.text;
      if (!unique(n, "contribution by", party, seen)) {
        return null;
      }
      references.add(new Reference(false, party, n, pledge + " contribution"));
      return build(n, () -> Contribution.of(party));
    }
    MapNode m = map(n, "a contribution (a party id, or a mapping with 'party')");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, CONTRIBUTION_FIELDS);
    Contribution.Builder b = Contribution.builder();
    String party = string(m, "party", true);
    if (party != null) {
      Node at = m.entries.get("party");
      if (!unique(at == null ? m : at, "contribution by", party, seen)) {
        return null;
      }
      references.add(new Reference(false, party, at == null ? m : at, pledge + " contribution"));
      b.party(party);
    }
    Node condition = optional(m, "condition");
    if (condition != null) {
      Condition c = condition(condition, pledge + " contribution condition");
      if (c != null) {
        b.condition(c);
      }
    }
    Node size = optional(m, "size");
    if (size != null) {
      Size s = size(size);
      if (s != null) {
        b.size(s);
      }
    }
    b.addAllDomains(enums(m, "domains", Domain.class, "domain"));
    Node force = optional(m, "bindingForce");
    if (force != null) {
      BindingForce f = enumValue(force, BindingForce.class, "binding force");
      if (f != null) {
        b.bindingForce(f);
      }
    }
    String note = string(m, "note", false);
    if (note != null) {
      b.note(note);
    }
    String illustrative = string(m, "illustrative", false);
    if (illustrative != null) {
      b.illustrative(illustrative);
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  private @Nullable Size size(Node n) {
    MapNode m = map(n, "a size");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, SIZE_FIELDS);
    Size.Builder b = Size.builder();
    Node troops = optional(m, "troops");
    if (troops != null) {
      Long t = integer(troops);
      if (t != null) {
        b.troops(t);
      }
    }
    Node amount = optional(m, "amount");
    if (amount != null) {
      BigDecimal a = decimal(amount);
      if (a != null) {
        b.amount(a);
      }
    }
    String currency = string(m, "currency", false);
    if (currency != null) {
      b.currency(currency);
    }
    Node over = optional(m, "over");
    if (over != null) {
      Period p = period(over);
      if (p != null) {
        b.over(p);
      }
    }
    String description = string(m, "description", false);
    if (description != null) {
      b.description(description);
    }
    Node approximate = optional(m, "approximate");
    if (approximate != null) {
      Boolean a = bool(approximate);
      if (a != null) {
        b.approximate(a);
      }
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  private @Nullable Term term(Node n, String pledge) {
    MapNode m = map(n, "a term (endsAt, lastsFor or endsWhen)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, TERM_FIELDS);
    Term.Builder b = Term.builder();
    Node endsAt = optional(m, "endsAt");
    if (endsAt != null) {
      Instant i = instant(endsAt);
      if (i != null) {
        b.endsAt(i);
      }
    }
    Node lastsFor = optional(m, "lastsFor");
    if (lastsFor != null) {
      Duration d = duration(lastsFor);
      if (d != null) {
        b.lastsFor(d);
      }
    }
    Node since = optional(m, "since");
    if (since != null) {
      Condition c = condition(since, pledge + " term");
      if (c != null) {
        b.since(c);
      }
    }
    Node endsWhen = optional(m, "endsWhen");
    if (endsWhen != null) {
      Condition c = condition(endsWhen, pledge + " term");
      if (c != null) {
        b.endsWhen(c);
      }
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  private @Nullable Deadline deadline(Node n, String pledge) {
    MapNode m =
        map(
            n,
            "a deadline {fulfilledBy: <trigger>, within: <duration>} (or due: <instant>, or"
                + " noLimit: true)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, DEADLINE_FIELDS);
    Occurred fulfilledBy = requiredPattern(m, "fulfilledBy", pledge + " deadline");
    Node w = optional(m, "within");
    Node due = optional(m, "due");
    Node none = optional(m, "noLimit");
    Node ex = optional(m, "exclusive");
    Duration within = w == null ? null : duration(w);
    Instant at = due == null ? null : instant(due);
    boolean noLimit = none != null && Boolean.TRUE.equals(bool(none));
    boolean exclusive = ex != null && Boolean.TRUE.equals(bool(ex));
    int bounds = (w == null ? 0 : 1) + (due == null ? 0 : 1) + (noLimit ? 1 : 0);
    if (bounds == 0) {
      missing(
          m,
          "within",
          "an ISO-8601 duration such as PT24H (or due: <instant>, or noLimit: true for an"
              + " obligation with no time limit)");
    } else if (bounds > 1) {
      problem(m, "a deadline has one of within, due and noLimit, found " + bounds);
    } else if (noLimit && exclusive && ex != null) {
      problem(ex, "an obligation with no time limit has no bound to exclude");
    }
    if (fulfilledBy == null || problems.size() > before) {
      return null;
    }
    Duration d = within;
    Instant a = at;
    return build(
        m,
        () -> {
          Deadline out =
              d != null
                  ? Deadline.of(fulfilledBy, d)
                  : a != null ? Deadline.by(fulfilledBy, a) : Deadline.noLimit(fulfilledBy);
          return exclusive ? out.exclusive() : out;
        });
  }

  private @Nullable Source source(Node n) {
    MapNode m = map(n, "a source (document, clause, quote)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, SOURCE_FIELDS);
    Source.Builder b = Source.builder();
    String document = string(m, "document", true);
    if (document != null) {
      b.document(document);
    }
    String clause = string(m, "clause", true);
    if (clause != null) {
      b.clause(clause);
    }
    String quote = string(m, "quote", true);
    if (quote != null) {
      b.quote(quote);
    }
    Node fidelity = optional(m, "fidelity");
    if (fidelity != null) {
      Fidelity f = enumValue(fidelity, Fidelity.class, "fidelity");
      if (f != null) {
        b.fidelity(f);
      }
    }
    String url = string(m, "url", false);
    if (url != null) {
      b.url(url);
    }
    String note = string(m, "note", false);
    if (note != null) {
      b.note(note);
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  // ---------------------------------------------------------------- conditions

  /**
   * Reads a condition. Recursion is bounded: the parser rejects documents nested deeper than {@link
   * Factories#MAX_NESTING}, and this stops at {@link Condition#MAX_DEPTH} condition levels.
   */
  @Nullable Condition condition(Node n, String context) {
    return condition(n, context, 1);
  }

  private @Nullable Condition condition(Node n, String context, int depth) {
    if (depth > Condition.MAX_DEPTH) {
      problem(
          n,
          "conditions nest deeper than the limit of "
              + Condition.MAX_DEPTH
              + " levels; flatten them (allOf and anyOf take any number of operands)");
      return null;
    }
    if (n instanceof ScalarNode s && s.token == JsonToken.VALUE_STRING && s.text != null) {
      if (s.text.equals("always")) {
        return Condition.always();
      }
      problem(
          n,
          "expected a condition such as {occurred: "
              + s.text
              + "}; a plain word is only allowed for 'always'"
              + Suggestions.hint(s.text, ImmutableList.of("always")));
      return null;
    }
    MapNode m = map(n, "a condition (e.g. {occurred: ceasefire} or {allOf: [...]})");
    if (m == null) {
      return null;
    }
    if (m.entries.size() != 1) {
      if (m.entries.isEmpty() && m.keyMarks.isEmpty()) {
        problem(n, "empty condition; write e.g. {occurred: ceasefire}");
      } else if (!m.entries.isEmpty()) {
        problem(
            n,
            "a condition has exactly one operator, found "
                + m.entries.keySet()
                + "; combine them with allOf or anyOf");
      }
      return null;
    }
    Map.Entry<String, Node> e = m.entries.entrySet().iterator().next();
    String op = e.getKey();
    Node arg = e.getValue();
    return switch (op) {
      case "always" -> {
        yield Condition.always();
      }
      case "ref" -> {
        yield reference(arg);
      }
      case "occurred" -> {
        yield pattern(arg, context);
      }
      case "allOf", "anyOf" -> {
        List<Condition> operands = operands(arg, op, context, depth);
        if (operands == null) {
          yield null;
        }
        yield build(
            n, () -> op.equals("allOf") ? Condition.allOf(operands) : Condition.anyOf(operands));
      }
      case "not" -> {
        Condition c = condition(arg, context, depth + 1);
        yield c == null ? null : build(n, () -> Condition.not(c));
      }
      case "atLeast" -> {
        MapNode a = map(arg, "{k: <number>, of: [conditions]}");
        if (a == null) {
          yield null;
        }
        only(a, ImmutableSet.of("k", "of"));
        Node kNode = a.entries.get("k");
        Long k = null;
        if (kNode == null) {
          missing(a, "k", "how many operands must hold");
        } else {
          k = integer(kNode);
        }
        Node of = a.entries.get("of");
        if (of == null) {
          missing(a, "of", "the list of operands");
          yield null;
        }
        List<Condition> operands = operands(of, "atLeast", context, depth);
        if (k == null || kNode == null || operands == null) {
          yield null;
        }
        if (k < 1 || k > operands.size()) {
          problem(
              kNode,
              "k must be between 1 and the number of operands ("
                  + operands.size()
                  + "), found "
                  + k);
          yield null;
        }
        int kk = k.intValue();
        yield build(n, () -> Condition.atLeast(kk, operands.toArray(new Condition[0])));
      }
      case "inForce" -> {
        MapNode a = map(arg, "{trigger: <trigger>, revokedBy: <trigger>}");
        if (a == null) {
          yield null;
        }
        only(a, ImmutableSet.of("trigger", "revokedBy"));
        Occurred t = requiredPattern(a, "trigger", context);
        Occurred r = requiredPattern(a, "revokedBy", context);
        yield t == null || r == null ? null : Condition.inForce(t, r);
      }
      case "after" -> {
        MapNode a = map(arg, "{later: <trigger>, earlier: <trigger>}");
        if (a == null) {
          yield null;
        }
        only(a, ImmutableSet.of("later", "earlier"));
        Occurred later = requiredPattern(a, "later", context);
        Occurred earlier = requiredPattern(a, "earlier", context);
        yield later == null || earlier == null ? null : Condition.after(later, earlier);
      }
      case "within" -> {
        MapNode a = map(arg, "{event: <trigger>, window: <duration>, anchor: <trigger>}");
        if (a == null) {
          yield null;
        }
        only(a, ImmutableSet.of("event", "window", "anchor"));
        Occurred event = requiredPattern(a, "event", context);
        Node w = a.entries.get("window");
        Duration window = null;
        if (w == null) {
          missing(a, "window", "an ISO-8601 duration such as PT24H");
        } else {
          window = duration(w);
        }
        Occurred anchor = requiredPattern(a, "anchor", context);
        if (event == null || window == null || anchor == null) {
          yield null;
        }
        Duration win = window;
        yield build(n, () -> Condition.within(event, win, anchor));
      }
      case "atLeastParties" -> {
        MapNode a = map(arg, "{k: <number>, of: <event pattern>, counting: actor | target}");
        if (a == null) {
          yield null;
        }
        only(a, ImmutableSet.of("k", "of", "counting"));
        Node kNode = a.entries.get("k");
        Long k = null;
        if (kNode == null) {
          missing(a, "k", "how many distinct parties");
        } else {
          k = integer(kNode);
        }
        Occurred of = requiredPattern(a, "of", context);
        String counting = string(a, "counting", false);
        EventRole role = EventRole.ACTOR;
        if ("target".equals(counting)) {
          role = EventRole.TARGET;
        } else if (counting != null && !counting.equals("actor")) {
          problem(
              a.entries.getOrDefault("counting", a),
              "counting must be 'actor' or 'target', found '" + counting + "'");
          yield null;
        }
        if (k == null || kNode == null || of == null) {
          yield null;
        }
        if (k < 1) {
          problem(kNode, "k must be at least 1, found " + k);
          yield null;
        }
        int kk = k.intValue();
        EventRole r = role;
        yield build(n, () -> Condition.atLeastParties(kk, of, r));
      }
      case "active", "suspended", "expired", "fulfilled", "violated" -> {
        Standing standing = Standing.ofKeyword(op);
        if (standing == null) {
          throw new AssertionError(op);
        }
        if (arg instanceof MapNode a) {
          only(a, ImmutableSet.of("pledge", "party"));
          String pledge = string(a, "pledge", true);
          String party = string(a, "party", false);
          if (pledge == null) {
            yield null;
          }
          yield build(
              n,
              () ->
                  party == null
                      ? Condition.statusIs(pledge, standing)
                      : Condition.statusIs(pledge, party, standing));
        }
        String pledge = text(arg, "a pledge id, or {pledge: <id>, party: <party>}");
        yield pledge == null ? null : build(n, () -> Condition.statusIs(pledge, standing));
      }
      default -> {
        int[] mark = m.keyMarks.get(op);
        problems.add(
            new FileProblem(
                file,
                mark == null ? m.line : mark[0],
                mark == null ? m.column : mark[1],
                Node.child(m.path, op),
                "unknown condition '"
                    + op
                    + "'"
                    + hintOr(op, CONDITIONS, "; use one of " + String.join(", ", CONDITIONS))));
        yield null;
      }
    };
  }

  /**
   * Reads the agreement's named conditions, in order: each may refer to the names above it (so no
   * name can refer to itself), and every reference to a name yields the same condition object, so
   * that a shared sub-condition is read once and stays shared.
   */
  private void namedConditions(MapNode agreement) {
    Node n = optional(agreement, "conditions");
    if (n == null) {
      return;
    }
    MapNode m = map(n, "a mapping of names to conditions");
    if (m == null) {
      return;
    }
    for (Map.Entry<String, Node> e : m.entries.entrySet()) {
      String name = e.getKey();
      if (!Ids.isValid(name)) {
        problem(e.getValue(), "condition name " + Ids.quote(name) + ": " + ID_RULE);
        continue;
      }
      Condition c = condition(e.getValue(), "condition '" + name + "'");
      if (c != null) {
        named.put(name, c);
      }
    }
  }

  private @Nullable Condition reference(Node arg) {
    String name = text(arg, "the name of a condition under 'conditions'");
    if (name == null) {
      return null;
    }
    Condition c = named.get(name);
    if (c == null) {
      problem(
          arg,
          "no condition named "
              + Ids.quote(name)
              + " above this point"
              + Suggestions.hint(name, named.keySet())
              + "; define it under 'conditions' before its first use");
    }
    return c;
  }

  private @Nullable List<Condition> operands(Node arg, String op, String context, int depth) {
    if (!(arg instanceof ListNode l)) {
      problem(arg, op + " takes a list of conditions, found " + arg.kind());
      return null;
    }
    if (l.items.isEmpty()) {
      problem(arg, op + " needs at least one operand");
      return null;
    }
    List<Condition> out = new ArrayList<>();
    boolean ok = true;
    for (Node item : l.items) {
      Condition c = condition(item, context, depth + 1);
      if (c == null) {
        ok = false;
      } else {
        out.add(c);
      }
    }
    return ok ? out : null;
  }

  private @Nullable Occurred requiredPattern(MapNode m, String key, String context) {
    Node n = m.entries.get(key);
    if (n == null || isNull(n)) {
      missing(m, key, "a trigger id, optionally 'by <party>'");
      return null;
    }
    return pattern(n, context);
  }

  /**
   * A pattern: {@code trigger [by <actor>] [against <target>] [in <region>]}, the parties as party
   * patterns ({@code FR}, {@code @member}, {@code @owed&@role:BENEFICIARY}, ...), or the mapping
   * {@code {trigger: t, actor: a, target: g, place: r}} ({@code party} is an alias of {@code
   * actor}).
   */
  private @Nullable Occurred pattern(Node n, String context) {
    String trigger;
    String actor = null;
    String target = null;
    String place = null;
    Node actorNode = n;
    Node targetNode = n;
    if (n instanceof ScalarNode s && s.token == JsonToken.VALUE_STRING && s.text != null) {
      Matcher by = PATTERN.matcher(s.text.strip());
      if (!by.matches()) {
        problem(
            n,
            "expected '<trigger> [by <actor>] [against <target>] [in <region>]', found '"
                + s.text
                + "'");
        return null;
      }
      trigger = by.group(1);
      actor = by.group(2);
      target = by.group(3);
      place = by.group(4);
    } else {
      MapNode m = map(n, "a trigger id, '<trigger> by <actor>' or {trigger: t, actor: a}");
      if (m == null) {
        return null;
      }
      only(m, PATTERN_FIELDS);
      trigger = string(m, "trigger", true);
      String party = string(m, "party", false);
      actor = string(m, "actor", false);
      if (party != null && actor != null) {
        problem(
            m.entries.getOrDefault("party", m),
            "give either 'party' or 'actor' (the same), not both");
        return null;
      }
      String actorKey = actor != null ? "actor" : "party";
      actor = actor != null ? actor : party;
      target = string(m, "target", false);
      place = string(m, "place", false);
      actorNode = m.entries.getOrDefault(actorKey, m);
      targetNode = m.entries.getOrDefault("target", m);
      if (trigger == null) {
        return null;
      }
      Node t = m.entries.get("trigger");
      n = t == null ? n : t;
    }
    references.add(new Reference(true, trigger, n, context));
    PartyPattern a = actor == null ? null : partyPattern(actorNode, actor, context);
    PartyPattern g = target == null ? null : partyPattern(targetNode, target, context);
    if ((actor != null && a == null) || (target != null && g == null)) {
      return null;
    }
    String in = place;
    return build(
        n,
        () -> {
          Occurred o = Condition.occurred(trigger);
          if (a != null) {
            o = o.by(a);
          }
          if (g != null) {
            o = o.against(g);
          }
          return in == null ? o : o.in(in);
        });
  }

  /** A party pattern given as the text of a node. */
  private @Nullable PartyPattern partyPattern(Node n, String context) {
    String text = text(n, "a party pattern (a party id, @member, @non-member, @owed, ...)");
    return text == null ? null : partyPattern(n, text, context);
  }

  /** A party pattern's text; the parties it names are checked with the other references. */
  private @Nullable PartyPattern partyPattern(Node n, String text, String context) {
    PartyPattern p;
    try {
      p = PartyPattern.parse(text);
    } catch (IllegalArgumentException e) {
      problem(n, String.valueOf(e.getMessage()));
      return null;
    }
    for (String part : text.split("&", -1)) {
      String id = part.strip();
      if (!id.startsWith("@")) {
        references.add(new Reference(false, id, n, context));
      }
    }
    return p;
  }

  private void checkReferences() {
    for (Reference r : references) {
      Set<String> known = r.trigger ? triggerNodes.keySet() : partyNodes.keySet();
      if (!known.contains(r.id)) {
        String what = r.trigger ? "trigger" : "party";
        problem(
            r.where,
            "unknown "
                + what
                + " '"
                + r.id
                + "'"
                + hintOr(
                    r.id,
                    known,
                    known.isEmpty()
                        ? "; the agreement declares no " + what + " at all"
                        : "; declare it under '" + (r.trigger ? "triggers" : "parties") + "'"));
      }
    }
  }

  // ---------------------------------------------------------------- scenarios

  @Nullable ScenarioFile scenario(Node root, String source) {
    MapNode m = root(root, "a scenario");
    if (m == null) {
      return null;
    }
    only(m, SCENARIO_FIELDS);
    String agreement = string(m, "agreement", false);
    Scenario.Builder b = Scenario.builder();
    String name = string(m, "name", true);
    if (name != null) {
      b.name(name);
    }
    String narrative = string(m, "narrative", false);
    if (narrative != null) {
      b.narrative(narrative);
    }
    Node asOfNode = m.entries.get("asOf");
    if (asOfNode == null || isNull(asOfNode)) {
      missing(m, "asOf", "the instant to evaluate at, e.g. 2026-06-01T00:00:00Z");
    } else {
      Instant asOf = instant(asOfNode);
      if (asOf != null) {
        b.asOf(asOf);
      }
    }
    List<Event> listed = new ArrayList<>();
    List<Integer> eventIndex = new ArrayList<>();
    List<Node> eventNodes = list(m, "events", false);
    for (int i = 0; i < eventNodes.size(); i++) {
      Event e = event(eventNodes.get(i));
      if (e != null) {
        b.addEvents(e);
        listed.add(e);
        eventIndex.add(i);
      }
    }
    List<Expectation> expectations = new ArrayList<>();
    List<Integer> expectationIndex = new ArrayList<>();
    List<Node> expectationNodes = list(m, "expect", false);
    for (int i = 0; i < expectationNodes.size(); i++) {
      Expectation e = expectation(expectationNodes.get(i));
      if (e != null) {
        expectations.add(e);
        expectationIndex.add(i);
      }
    }
    List<NamedProperty> holds = new ArrayList<>();
    List<PropertyNames.Use> uses = new ArrayList<>();
    Map<String, Node> propertyNames = new HashMap<>();
    for (Node n : list(m, "holds", false)) {
      NamedProperty p = namedProperty(n, propertyNames, uses);
      if (p != null) {
        holds.add(p);
      }
    }
    if (!problems.isEmpty()) {
      // Report, in the same run, what the parts that did decode name wrongly in the agreement.
      Agreement named = agreement == null ? null : resolve(agreement);
      if (named != null) {
        ScenarioFile.crossCheck(
            named,
            listed,
            eventIndex,
            expectations,
            expectationIndex,
            (path, message) -> problem(nodeAt(path, m), message));
        problems.addAll(PropertyNames.check(named, uses, null, file));
      }
      return null;
    }
    Scenario scenario = build(m, b::build);
    if (scenario == null) {
      return null;
    }
    ImmutableMap.Builder<String, int[]> positions = ImmutableMap.builder();
    index.forEach((path, node) -> positions.put(path, new int[] {node.line, node.column}));
    return new ScenarioFile(
        source,
        agreement,
        scenario,
        ImmutableList.copyOf(listed),
        ImmutableList.copyOf(expectations),
        ImmutableList.copyOf(holds),
        ImmutableList.copyOf(uses),
        positions.buildOrThrow());
  }

  // ---------------------------------------------------------------- properties

  @Nullable PropertyFile propertyFile(Node root, String source) {
    MapNode m = root(root, "a property file");
    if (m == null) {
      return null;
    }
    only(m, PROPERTY_FILE_FIELDS);
    String description = string(m, "description", false);
    Node budgetNode = optional(m, "budget");
    Budget budget = budgetNode == null ? null : budget(budgetNode);
    List<NamedProperty> properties = new ArrayList<>();
    List<PropertyNames.Use> uses = new ArrayList<>();
    Map<String, Node> names = new HashMap<>();
    Node list = m.entries.get("properties");
    if (list instanceof ListNode l && l.items.isEmpty()) {
      problem(list, "give at least one property");
    }
    for (Node n : list(m, "properties", true)) {
      NamedProperty p = namedProperty(n, names, uses);
      if (p != null) {
        properties.add(p);
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new PropertyFile(
        source, description, budget, ImmutableList.copyOf(properties), ImmutableList.copyOf(uses));
  }

  private @Nullable Budget budget(Node n) {
    MapNode m = map(n, "a budget {maxEvents: <0 to 8>, maxRepeats: <1 to maxEvents>}");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, BUDGET_FIELDS);
    Node eventsNode = m.entries.get("maxEvents");
    Node repeatsNode = m.entries.get("maxRepeats");
    Long events = eventsNode == null ? null : integer(eventsNode);
    Long repeats = repeatsNode == null ? null : integer(repeatsNode);
    if (eventsNode == null) {
      missing(m, "maxEvents", "the most events in a scenario, 0 to 8");
    }
    if (repeatsNode == null) {
      missing(m, "maxRepeats", "the most occurrences of one kind of event, 1 to maxEvents");
    }
    if (problems.size() > before || events == null || repeats == null) {
      return null;
    }
    if (events < 0 || events > 8) {
      problem(
          java.util.Objects.requireNonNull(eventsNode),
          "maxEvents must be 0 to 8, found " + events);
      return null;
    }
    if (repeats < 1 || repeats > Math.max(1, events)) {
      problem(
          java.util.Objects.requireNonNull(repeatsNode),
          "maxRepeats must be 1 to maxEvents (" + Math.max(1, events) + "), found " + repeats);
      return null;
    }
    long e = events;
    long r = repeats;
    return build(m, () -> new Budget((int) e, (int) r));
  }

  /**
   * A property: {@code {name: <id>, description: <text>, <kind>: {...}}} with exactly one kind; the
   * names it uses are added to {@code uses}, each at its node, to be checked against an agreement.
   */
  private @Nullable NamedProperty namedProperty(
      Node n, Map<String, Node> seen, List<PropertyNames.Use> uses) {
    MapNode m = map(n, "a property {name: <id>, <kind>: {...}}");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    int referencesBefore = references.size();
    only(m, PROPERTY_FIELDS);
    String name = string(m, "name", true);
    Node nameNode = m.entries.get("name");
    if (name != null && nameNode != null) {
      if (!Ids.isValid(name)) {
        problem(nameNode, "property name " + Ids.quote(name) + ": " + ID_RULE);
        name = null;
      } else if (!unique(nameNode, "property", name, seen)) {
        name = null;
      }
    }
    String description = string(m, "description", false);
    List<String> kinds = new ArrayList<>();
    for (String k : m.entries.keySet()) {
      if (PROPERTY_KINDS.contains(k)) {
        kinds.add(k);
      }
    }
    if (kinds.size() != 1) {
      problem(
          m,
          kinds.isEmpty()
              ? "a property needs one kind: " + String.join(", ", PROPERTY_KINDS)
              : "a property has exactly one kind, found " + String.join(", ", kinds));
      return null;
    }
    String kind = kinds.get(0);
    Node arg = java.util.Objects.requireNonNull(m.entries.get(kind));
    String what = "property " + (name == null ? "" : Ids.quote(name));
    List<PropertyNames.Use> own = new ArrayList<>();
    Property property =
        switch (kind) {
          case "neverActiveUnless" -> neverActiveUnless(arg, what, own);
          case "respondsWithin" -> respondsWithin(arg, what, own);
          case "neverTogether" -> neverTogether(arg, own);
          case "canFire" -> canFire(arg, what, own);
          case "readingsAgree" -> readingsAgree(arg, own);
          case "always" -> always(arg, own);
          default -> throw new AssertionError(kind);
        };
    if (problems.size() > before || property == null || name == null) {
      return null;
    }
    String named = name;
    for (Reference r : references.subList(referencesBefore, references.size())) {
      uses.add(
          new PropertyNames.Use(
              r.trigger() ? PropertyNames.Kind.TRIGGER : PropertyNames.Kind.PARTY,
              r.id(),
              null,
              named,
              r.where().line,
              r.where().column,
              r.where().path));
    }
    // these are checked against the agreement the property is asked of, not the file's own
    references.subList(referencesBefore, references.size()).clear();
    for (PropertyNames.Use u : own) {
      uses.add(
          new PropertyNames.Use(
              u.kind(), u.id(), u.party(), named, u.line(), u.column(), u.path()));
    }
    Property p = property;
    return build(m, () -> new NamedProperty(named, Optional.ofNullable(description), p));
  }

  private @Nullable Property neverActiveUnless(Node n, String what, List<PropertyNames.Use> uses) {
    MapNode m = map(n, "{select: <selector>, condition: <condition>}");
    if (m == null) {
      return null;
    }
    only(m, NEVER_ACTIVE_UNLESS_FIELDS);
    Selector selector = requiredSelector(m, "select", uses);
    Node c = m.entries.get("condition");
    Condition condition = null;
    if (c == null || isNull(c)) {
      missing(m, "condition", "the condition the chosen items need, e.g. {occurred: ceasefire}");
    } else {
      condition = condition(c, what + " condition");
    }
    return selector == null || condition == null
        ? null
        : new Property.NeverActiveUnless(selector, condition);
  }

  private @Nullable Property respondsWithin(Node n, String what, List<PropertyNames.Use> uses) {
    MapNode m =
        map(
            n,
            "{trigger: <event pattern>, after: <condition>, select: <selector>, within:"
                + " <duration>}");
    if (m == null) {
      return null;
    }
    only(m, RESPONDS_WITHIN_FIELDS);
    Occurred trigger = requiredPattern(m, "trigger", what + " trigger");
    Node afterNode = optional(m, "after");
    Condition after = afterNode == null ? null : condition(afterNode, what + " after");
    Selector selector = requiredSelector(m, "select", uses);
    Node w = m.entries.get("within");
    Duration within = null;
    if (w == null || isNull(w)) {
      missing(m, "within", "how long the response may take, e.g. PT72H");
    } else {
      within = duration(w);
    }
    if (trigger == null
        || selector == null
        || within == null
        || (afterNode != null && after == null)) {
      return null;
    }
    return new Property.RespondsWithin(trigger, Optional.ofNullable(after), selector, within);
  }

  private @Nullable Property neverTogether(Node n, List<PropertyNames.Use> uses) {
    MapNode m = map(n, "{first: <selector>, second: <selector>}");
    if (m == null) {
      return null;
    }
    only(m, NEVER_TOGETHER_FIELDS);
    Selector first = requiredSelector(m, "first", uses);
    Selector second = requiredSelector(m, "second", uses);
    return first == null || second == null ? null : new Property.NeverTogether(first, second);
  }

  private @Nullable Property canFire(Node n, String what, List<PropertyNames.Use> uses) {
    Item item = item(n, CAN_FIRE_FIELDS, uses);
    if (!(n instanceof MapNode m)) {
      return null;
    }
    Node afterNode = optional(m, "after");
    Occurred after = afterNode == null ? null : pattern(afterNode, what + " after");
    if (item == null || (afterNode != null && after == null)) {
      return null;
    }
    return new Property.CanFire(item, Optional.ofNullable(after));
  }

  private @Nullable Property readingsAgree(Node n, List<PropertyNames.Use> uses) {
    MapNode m = map(n, "{reading: <name>, select: <selector>}");
    if (m == null) {
      return null;
    }
    only(m, READINGS_AGREE_FIELDS);
    String reading = string(m, "reading", true);
    Node readingNode = m.entries.get("reading");
    if (reading != null && readingNode != null) {
      uses.add(
          new PropertyNames.Use(
              PropertyNames.Kind.READING,
              reading,
              null,
              "",
              readingNode.line,
              readingNode.column,
              readingNode.path));
    }
    Selector selector = requiredSelector(m, "select", uses);
    return reading == null || selector == null
        ? null
        : new Property.ReadingsAgree(reading, selector);
  }

  private @Nullable Property always(Node n, List<PropertyNames.Use> uses) {
    Item item = item(n, ALWAYS_FIELDS, uses);
    if (!(n instanceof MapNode m)) {
      return null;
    }
    Status status = requiredEnum(m, "status", Status.class, "status");
    return item == null || status == null ? null : new Property.Always(item, status);
  }

  /** An item: {@code {pledge: <id>, party: <id>}}, the party for a contribution. */
  private @Nullable Item item(Node n, Set<String> fields, List<PropertyNames.Use> uses) {
    MapNode m = map(n, "{pledge: <id>, party: <id>}");
    if (m == null) {
      return null;
    }
    only(m, fields);
    String pledge = string(m, "pledge", true);
    String party = string(m, "party", false);
    if (pledge == null) {
      return null;
    }
    Node at = m.entries.getOrDefault("party", m.entries.getOrDefault("pledge", m));
    uses.add(
        new PropertyNames.Use(
            PropertyNames.Kind.ITEM, pledge, party, "", at.line, at.column, at.path));
    return party == null ? Item.pledge(pledge) : Item.contribution(pledge, party);
  }

  private @Nullable Selector requiredSelector(MapNode m, String key, List<PropertyNames.Use> uses) {
    Node n = m.entries.get(key);
    if (n == null || isNull(n)) {
      missing(
          m,
          key,
          "a selector {kinds, locations, atLeast, ids, contributions}; {} chooses every pledge");
      return null;
    }
    return selector(n, uses);
  }

  /** A selector: {@code {kinds, locations, atLeast, ids, contributions}}, each optional. */
  private @Nullable Selector selector(Node n, List<PropertyNames.Use> uses) {
    MapNode m = map(n, "a selector {kinds, locations, atLeast, ids, contributions}");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, SELECTOR_FIELDS);
    Selector.Builder b = Selector.builder();
    b.kinds(enums(m, "kinds", PledgeKind.class, "pledge kind").toArray(new PledgeKind[0]));
    b.locations(enums(m, "locations", Location.class, "location").toArray(new Location[0]));
    Node atLeast = optional(m, "atLeast");
    if (atLeast != null) {
      BindingForce f = enumValue(atLeast, BindingForce.class, "binding force");
      if (f != null) {
        b.atLeast(f);
      }
    }
    for (Node id : list(m, "ids", false)) {
      String text = text(id, "a pledge id");
      if (text != null) {
        b.ids(text);
        uses.add(
            new PropertyNames.Use(
                PropertyNames.Kind.PLEDGE, text, null, "", id.line, id.column, id.path));
      }
    }
    Node contributions = optional(m, "contributions");
    if (contributions != null && Boolean.TRUE.equals(bool(contributions))) {
      b.withContributions();
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  private @Nullable Event event(Node n) {
    MapNode m = map(n, "an event (at, trigger, actor or party, target, place, note)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, EVENT_FIELDS);
    Event.Builder b = Event.builder();
    Node at = m.entries.get("at");
    if (at == null || isNull(at)) {
      missing(m, "at", "the instant of the event, e.g. 2026-03-01T12:00:00Z");
    } else {
      Instant i = instant(at);
      if (i != null) {
        b.at(i);
      }
    }
    String trigger = string(m, "trigger", true);
    if (trigger != null) {
      b.trigger(trigger);
    }
    String party = string(m, "party", false);
    String actor = string(m, "actor", false);
    if (party != null && actor != null) {
      problem(
          m.entries.getOrDefault("actor", m),
          "give either 'party' or 'actor' (the same), not both");
    } else if (party != null) {
      b.party(party);
    } else if (actor != null) {
      b.party(actor);
    }
    String target = string(m, "target", false);
    if (target != null) {
      b.target(target);
    }
    String place = string(m, "place", false);
    if (place != null) {
      b.place(place);
    }
    String note = string(m, "note", false);
    if (note != null) {
      b.note(note);
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  private @Nullable Expectation expectation(Node n) {
    MapNode m = map(n, "an expectation (pledge, party, status, at)");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    only(m, EXPECTATION_FIELDS);
    Expectation.Builder b = Expectation.builder();
    String pledge = string(m, "pledge", true);
    if (pledge != null) {
      b.pledge(pledge);
    }
    String party = string(m, "party", false);
    if (party != null) {
      b.party(party);
    }
    Status status = requiredEnum(m, "status", Status.class, "status");
    if (status != null) {
      b.status(status);
    }
    Node at = optional(m, "at");
    if (at != null) {
      Instant i = instant(at);
      if (i != null) {
        b.at(i);
      }
    }
    return problems.size() > before ? null : build(m, b::build);
  }

  // ---------------------------------------------------------------- helpers

  private @Nullable String declare(MapNode m, String what, Map<String, Node> seen) {
    String id = string(m, "id", true);
    if (id == null) {
      return null;
    }
    Node at = m.entries.get("id");
    return unique(at == null ? m : at, what, id, seen) ? id : null;
  }

  private boolean unique(Node at, String what, String id, Map<String, Node> seen) {
    Node first = seen.putIfAbsent(id, at);
    if (first != null) {
      problem(
          at,
          "duplicate "
              + what
              + " '"
              + id
              + "' (first at line "
              + first.line
              + "); ids must be unique");
      return false;
    }
    return true;
  }

  private @Nullable MapNode map(Node n, String what) {
    if (n instanceof MapNode m) {
      return m;
    }
    problem(n, "expected " + what + ", found " + describe(n));
    return null;
  }

  /**
   * The document's root as a mapping; anything else is refused without quoting it, since a file
   * that is not an agreement or scenario (a password file named by mistake or on purpose) must not
   * have its content echoed.
   */
  private @Nullable MapNode root(Node n, String what) {
    if (n instanceof MapNode m) {
      return m;
    }
    problem(
        n,
        "expected "
            + what
            + " (a mapping of fields such as 'id:' or 'name:'), found "
            + n.kind()
            + "; is this the right file?");
    return null;
  }

  private static String describe(Node n) {
    if (n instanceof ScalarNode s && s.text != null) {
      String t = s.text.length() > 40 ? s.text.substring(0, 40) + "..." : s.text;
      return n.kind() + " '" + t + "'";
    }
    return n.kind();
  }

  private void only(MapNode m, Set<String> allowed) {
    for (Map.Entry<String, int[]> e : m.keyMarks.entrySet()) {
      String key = e.getKey();
      if (!allowed.contains(key)) {
        problems.add(
            new FileProblem(
                file,
                e.getValue()[0],
                e.getValue()[1],
                Node.child(m.path, key),
                "unknown field '"
                    + key
                    + "'"
                    + hintOr(key, allowed, "; allowed here: " + String.join(", ", allowed))));
      }
    }
  }

  private static String hintOr(String wrong, Set<String> known, String otherwise) {
    String hint = Suggestions.hint(wrong, known);
    return hint.isEmpty() ? otherwise : hint;
  }

  private void missing(MapNode m, String key, String what) {
    problem(m, "missing required field '" + key + "' (" + what + ")");
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.isNull();
  }

  /** The value of an optional field; null if absent or explicitly empty. */
  private static @Nullable Node optional(MapNode m, String key) {
    Node n = m.entries.get(key);
    return n == null || isNull(n) ? null : n;
  }

  private @Nullable String string(MapNode m, String key, boolean required) {
    Node n = m.entries.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        if (n == null) {
          missing(m, key, "text");
        } else {
          problem(n, "'" + key + "' has no value");
        }
      }
      return null;
    }
    if (n instanceof ScalarNode s && s.text != null) {
      if (required && s.text.isBlank()) {
        problem(n, "'" + key + "' is blank");
        return null;
      }
      return s.text;
    }
    problem(n, "expected text for '" + key + "', found " + n.kind());
    return null;
  }

  private List<Node> list(MapNode m, String key, boolean required) {
    Node n = m.entries.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        missing(m, key, "a list");
      }
      return ImmutableList.of();
    }
    if (n instanceof ListNode l) {
      return l.items;
    }
    problem(n, "expected a list for '" + key + "', found " + describe(n));
    return ImmutableList.of();
  }

  private <E extends Enum<E>> @Nullable E requiredEnum(
      MapNode m, String key, Class<E> type, String what) {
    Node n = m.entries.get(key);
    if (n == null || isNull(n)) {
      missing(m, key, "one of " + String.join(", ", Names.all(type)));
      return null;
    }
    return enumValue(n, type, what);
  }

  private <E extends Enum<E>> List<E> enums(MapNode m, String key, Class<E> type, String what) {
    List<E> out = new ArrayList<>();
    for (Node n : list(m, key, false)) {
      E e = enumValue(n, type, what);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private <E extends Enum<E>> @Nullable E enumValue(Node n, Class<E> type, String what) {
    if (!(n instanceof ScalarNode s) || s.text == null) {
      problem(n, "expected a " + what + ", found " + n.kind());
      return null;
    }
    E e = Names.parse(type, s.text).orElse(null);
    if (e == null) {
      Set<String> names = new LinkedHashSet<>(Names.all(type));
      problem(
          n,
          "unknown "
              + what
              + " '"
              + s.text
              + "'"
              + hintOr(s.text, names, "; use one of " + String.join(", ", names)));
    }
    return e;
  }

  private @Nullable Long integer(Node n) {
    if (n instanceof ScalarNode s && s.token == JsonToken.VALUE_NUMBER_INT && s.text != null) {
      try {
        return Long.parseLong(s.text.replace("_", ""));
      } catch (NumberFormatException e) {
        problem(n, "the number " + s.text + " is too large");
        return null;
      }
    }
    problem(n, "expected a whole number, found " + describe(n));
    return null;
  }

  private @Nullable BigDecimal decimal(Node n) {
    if (n instanceof ScalarNode s
        && s.text != null
        && s.token != JsonToken.VALUE_TRUE
        && s.token != JsonToken.VALUE_FALSE) {
      try {
        return new BigDecimal(s.text.replace("_", ""));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(n, "expected a number, found " + describe(n));
    return null;
  }

  private @Nullable Boolean bool(Node n) {
    if (n instanceof ScalarNode s) {
      if (s.token == JsonToken.VALUE_TRUE) {
        return true;
      }
      if (s.token == JsonToken.VALUE_FALSE) {
        return false;
      }
    }
    problem(n, "expected true or false, found " + describe(n));
    return null;
  }

  private @Nullable String text(Node n, String expected) {
    if (n instanceof ScalarNode s && s.text != null && s.token == JsonToken.VALUE_STRING) {
      return s.text.strip();
    }
    problem(n, "expected " + expected + ", found " + describe(n));
    return null;
  }

  /** An instant: {@code 2026-03-01T12:00:00Z}, with an offset, or a date meaning midnight UTC. */
  private @Nullable Instant instant(Node n) {
    String t = text(n, "an instant such as 2026-03-01T12:00:00Z");
    if (t == null) {
      return null;
    }
    try {
      return inRange(n, Instant.parse(t));
    } catch (DateTimeParseException e) {
      // try the other accepted forms
    }
    try {
      return inRange(n, OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      // try the other accepted forms
    }
    try {
      return inRange(n, LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      problem(
          n,
          "bad instant '"
              + t
              + "'; write e.g. 2026-03-01T12:00:00Z (UTC), 2026-03-01T14:00:00+02:00 or"
              + " 2026-03-01 (midnight UTC)");
      return null;
    }
  }

  private @Nullable Instant inRange(Node n, Instant i) {
    try {
      return Limits.checkInstant(field(n), i);
    } catch (IllegalArgumentException e) {
      problem(n, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The name of the field a node is the value of: the last key of its path. */
  private static String field(Node n) {
    return n.path.substring(n.path.lastIndexOf('.') + 1);
  }

  private @Nullable LocalDate date(Node n) {
    String t = text(n, "a date such as 2026-01-06");
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problem(n, "bad date '" + t + "'; write e.g. 2026-01-06");
      return null;
    }
  }

  private @Nullable Duration duration(Node n) {
    String t = text(n, "a duration such as PT24H");
    if (t == null) {
      return null;
    }
    try {
      Duration d = Duration.parse(t);
      try {
        return Limits.checkDuration(field(n), d);
      } catch (IllegalArgumentException e) {
        problem(n, String.valueOf(e.getMessage()));
        return null;
      }
    } catch (DateTimeParseException e) {
      problem(n, "bad duration '" + t + "'; write ISO-8601, e.g. PT24H (24 hours) or P30D");
      return null;
    }
  }

  private @Nullable Period period(Node n) {
    String t = text(n, "a period such as P2Y");
    if (t == null) {
      return null;
    }
    try {
      return Period.parse(t);
    } catch (DateTimeParseException e) {
      problem(n, "bad period '" + t + "'; write ISO-8601, e.g. P2Y or P6M");
      return null;
    }
  }

  private interface Build<T> {
    T get();
  }

  /** Builds a core value, turning its validation into problems placed as well as possible. */
  private <T> @Nullable T build(Node at, Build<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        problem(locate(p.site(), at), p.where() + ": " + p.message());
      }
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problem(at, String.valueOf(e.getMessage()));
    }
    return null;
  }

  /**
   * Finds the node of a core problem's site: the element's node (a pledge, contribution, party or
   * trigger by its id, or the document for the agreement or scenario itself), then the field's node
   * inside it, or the nearest enclosing node that the file has.
   */
  private Node locate(Site site, Node fallback) {
    Node element =
        switch (site.kind()) {
          case AGREEMENT, SCENARIO -> index.get("");
          case PARTY -> partyNodes.get(site.id());
          case TRIGGER -> triggerNodes.get(site.id());
          case REGION, MEMBERSHIP -> null; // not in the file format yet
          case DOCUMENT -> index.get("");
          case PLEDGE -> pledgeNodes.get(site.id());
          case CONTRIBUTION -> contributionNodes.get(site.id() + "/" + site.party().orElse(""));
          case EVENT -> index.get(Node.child("events", site.event().orElse(0)));
        };
    if (element == null) {
      return fallback;
    }
    if (site.field().isEmpty()) {
      return element;
    }
    // a party, trigger or pledge is known by its id's node: its fields are beside the id
    String within =
        element.path.endsWith(".id")
            ? element.path.substring(0, element.path.length() - ".id".length())
            : element.path;
    return nodeAt(Node.child(within, site.field()), element);
  }

  /** The node at a path, or the nearest enclosing one that has a node. */
  private Node nodeAt(String path, Node fallback) {
    for (String p = path; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('.')))) {
      Node n = index.get(p);
      if (n != null) {
        return n;
      }
      if (p.lastIndexOf('.') < 0) {
        break;
      }
    }
    return fallback;
  }

  /**
   * The agreement a scenario names, if the reader was given a way to find it and it loads; if it
   * does not load, its problems join the scenario's, so that one run reports both files.
   */
  private @Nullable Agreement resolve(String ref) {
    try {
      return agreements.apply(ref).orElse(null);
    } catch (LoadException e) {
      problems.addAll(e.problems());
      return null;
    } catch (RuntimeException e) {
      return null; // reported when the agreement is loaded for the scenario
    }
  }

  private void problem(Node n, String message) {
    problems.add(new FileProblem(file, n.line, n.column, n.path, message));
  }
}

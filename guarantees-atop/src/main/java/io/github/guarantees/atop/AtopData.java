package io.github.guarantees.atop;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The four data files, read: ATOP v4.01 at member level and at alliance level, the interstate-war
 * participants (Reiter, Stam and Horowitz, revised 2016) and the Berkemeier–Fuhrmann coding of 576
 * alliance–war pairs. {@link #load()} reads the copies shipped with this module (cited in its
 * {@code NOTICE}); {@link #load(Path)} reads the same four files from a directory.
 *
 * <pre>{@code
 * AtopData data = AtopData.load();
 * AtopData.Alliance alliance = data.alliance(pair.atopId()).orElseThrow();
 * }</pre>
 *
 * <p>Every malformed row is reported at once, by file, line and column. The war file gives a few
 * states two codes; a code that differs from the one its name carries in most rows is replaced by
 * that one and the correction is listed in {@link #codeCorrections()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtopData {
  /** The member-level file's name. */
  public static final String MEMBER_FILE = "atop-4.01-member-level.csv";

  /** The alliance-level file's name. */
  public static final String ALLIANCE_FILE = "atop-4.01-alliance-level.csv";

  /** The war-participants file's name. */
  public static final String WAR_FILE = "interstate-wars-rev-2016.csv";

  /** The alliance–war pair file's name. */
  public static final String PAIR_FILE = "berkemeier-fuhrmann-2018-alliance-war.csv";

  private final ImmutableMap<Integer, Alliance> alliances;
  private final ImmutableMap<Integer, War> wars;
  private final ImmutableList<Pair> pairs;
  private final ImmutableList<String> codeCorrections;

  private AtopData(
      ImmutableMap<Integer, Alliance> alliances,
      ImmutableMap<Integer, War> wars,
      ImmutableList<Pair> pairs,
      ImmutableList<String> codeCorrections) {
    this.alliances = alliances;
    this.wars = wars;
    this.pairs = pairs;
    this.codeCorrections = codeCorrections;
  }

  /**
   * Reads the files shipped with this module.
   *
   * @return the data
   * @throws AtopFormatException if a file is malformed, listing every problem
   */
  public static AtopData load() {
    return read(
        name -> {
          URL url = Resources.getResource(AtopData.class, "data/" + name);
          try {
            return Resources.toString(url, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Reads the four files from a directory.
   *
   * @param directory the directory, not null
   * @return the data
   * @throws NullPointerException if directory is null
   * @throws UncheckedIOException if a file cannot be read
   * @throws AtopFormatException if a file is malformed, listing every problem
   */
  public static AtopData load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return read(
        name -> {
          try {
            return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Reads the four files' texts. */
  interface Texts {
    String text(String fileName);
  }

  static AtopData read(Texts texts) {
    List<String> problems = new ArrayList<>();
    Map<Integer, List<MemberPhase>> phases =
        readMembers(Csv.parse(MEMBER_FILE, texts.text(MEMBER_FILE), problems));
    Map<Integer, AllianceRow> rows =
        readAlliances(Csv.parse(ALLIANCE_FILE, texts.text(ALLIANCE_FILE), problems));
    List<String> corrections = new ArrayList<>();
    ImmutableMap<Integer, War> wars =
        readWars(Csv.parse(WAR_FILE, texts.text(WAR_FILE), problems), corrections);
    ImmutableList<Pair> pairs = readPairs(Csv.parse(PAIR_FILE, texts.text(PAIR_FILE), problems));
    ImmutableMap.Builder<Integer, Alliance> alliances = ImmutableMap.builder();
    for (Map.Entry<Integer, AllianceRow> e : new TreeMap<>(rows).entrySet()) {
      List<MemberPhase> ps = phases.getOrDefault(e.getKey(), List.of());
      if (ps.isEmpty()) {
        problems.add(
            ALLIANCE_FILE
                + ":"
                + e.getValue().line
                + ":1: alliance "
                + e.getKey()
                + " has no row in "
                + MEMBER_FILE);
        continue;
      }
      alliances.put(
          e.getKey(),
          new Alliance(
              e.getKey(),
              e.getValue().begin,
              e.getValue().end,
              e.getValue().wartime,
              e.getValue().members,
              ps));
    }
    for (Integer id : phases.keySet()) {
      if (!rows.containsKey(id)) {
        problems.add(MEMBER_FILE + ": alliance " + id + " has no row in " + ALLIANCE_FILE);
      }
    }
    if (!problems.isEmpty()) {
      throw new AtopFormatException(problems);
    }
    return new AtopData(alliances.buildOrThrow(), wars, pairs, ImmutableList.copyOf(corrections));
  }

  /**
   * Returns every alliance by its ATOP id, in id order.
   *
   * @return the alliances
   */
  public ImmutableMap<Integer, Alliance> alliances() {
    return alliances;
  }

  /**
   * Returns an alliance.
   *
   * @param atopId the ATOP id
   * @return the alliance, or empty if ATOP 4.01 has none with that id
   */
  public Optional<Alliance> alliance(int atopId) {
    return Optional.ofNullable(alliances.get(atopId));
  }

  /**
   * Returns every war by its number ({@code larger_war_id}), in number order.
   *
   * @return the wars
   */
  public ImmutableMap<Integer, War> wars() {
    return wars;
  }

  /**
   * Returns a war.
   *
   * @param warId the war's number
   * @return the war, or empty if the war file has none with that number
   */
  public Optional<War> war(int warId) {
    return Optional.ofNullable(wars.get(warId));
  }

  /**
   * Returns the coded alliance–war pairs, in file order.
   *
   * @return the pairs
   */
  public ImmutableList<Pair> pairs() {
    return pairs;
  }

  /**
   * Returns the war file's readings that are not literal: state codes replaced because they differ
   * from the code the state's name carries in most rows ({@code file:line:column: name code ->
   * code}), and a year's entry day after its exit day read as 1 January.
   *
   * @return the corrections
   */
  public ImmutableList<String> codeCorrections() {
    return codeCorrections;
  }

  // ---------------------------------------------------------------- member level

  private static Map<Integer, List<MemberPhase>> readMembers(Csv csv) {
    Map<Integer, List<MemberPhase>> out = new TreeMap<>();
    List<String> needed =
        new ArrayList<>(
            List.of(
                "atopid",
                "member",
                "phase",
                "yrent",
                "moent",
                "dayent",
                "yrexit",
                "moexit",
                "dayexit",
                "statthr1",
                "statthr2"));
    for (Obligation o : Obligation.values()) {
      needed.add(o.column());
      for (ConditionFlag f : ConditionFlag.values()) {
        if (!o.conditionColumn(f).isEmpty()) {
          needed.add(o.conditionColumn(f));
        }
      }
    }
    if (!csv.requireColumns(needed.toArray(new String[0]))) {
      return out;
    }
    Map<Integer, Integer> sequence = new HashMap<>();
    for (Csv.Row row : csv.rows()) {
      int atopId = row.required("atopid");
      int member = row.required("member");
      Optional<LocalDate> entry = date(row, "yrent", "moent", "dayent", false);
      Optional<LocalDate> exit =
          row.integer("yrexit", 0) == 0
              ? Optional.empty()
              : date(row, "yrexit", "moexit", "dayexit", true);
      EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
      Map<Obligation, Set<ConditionFlag>> conditions = new EnumMap<>(Obligation.class);
      for (Obligation o : Obligation.values()) {
        if (row.flag(o.column())) {
          obligations.add(o);
        }
        EnumSet<ConditionFlag> flags = EnumSet.noneOf(ConditionFlag.class);
        for (ConditionFlag f : ConditionFlag.values()) {
          String column = o.conditionColumn(f);
          if (!column.isEmpty() && row.flag(column)) {
            flags.add(f);
          }
        }
        conditions.put(o, flags);
      }
      List<Integer> adversaries = new ArrayList<>();
      for (String c : List.of("statthr1", "statthr2")) {
        int code = row.integer(c, 0);
        if (code != 0) {
          adversaries.add(code);
        }
      }
      if (entry.isEmpty()) {
        continue;
      }
      if (exit.isPresent() && exit.get().isBefore(entry.get())) {
        row.problem("yrexit", "member " + member + " exits before it enters");
        continue;
      }
      int key = atopId * 1000 + member;
      int seq = sequence.merge(key, 1, Integer::sum);
      out.computeIfAbsent(atopId, k -> new ArrayList<>())
          .add(
              new MemberPhase(
                  atopId,
                  member,
                  row.integer("phase", 0),
                  seq,
                  entry.get(),
                  exit,
                  obligations,
                  conditions,
                  adversaries,
                  csv.file() + ":" + row.line()));
    }
    return out;
  }

  /**
   * A date from year, month and day columns; a month or day of 0 (unknown) reads as the earliest
   * (for an entry) or latest (for an exit) day it may stand for.
   */
  private static Optional<LocalDate> date(
      Csv.Row row, String year, String month, String day, boolean latest) {
    int y = row.required(year);
    int m = row.integer(month, 0);
    int d = row.integer(day, 0);
    try {
      if (m == 0) {
        m = latest ? 12 : 1;
      }
      LocalDate first = LocalDate.of(y, m, 1);
      if (d == 0) {
        return Optional.of(latest ? first.withDayOfMonth(first.lengthOfMonth()) : first);
      }
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      row.problem(
          year, year + "/" + month + "/" + day + " is not a date: " + y + "-" + m + "-" + d);
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- alliance level

  private static final class AllianceRow {
    final int line;
    final LocalDate begin;
    final Optional<LocalDate> end;
    final boolean wartime;
    final ImmutableSet<Integer> members;

    AllianceRow(
        int line,
        LocalDate begin,
        Optional<LocalDate> end,
        boolean wartime,
        ImmutableSet<Integer> members) {
      this.wartime = wartime;
      this.line = line;
      this.begin = begin;
      this.end = end;
      this.members = members;
    }
  }

  private static Map<Integer, AllianceRow> readAlliances(Csv csv) {
    Map<Integer, AllianceRow> out = new LinkedHashMap<>();
    if (!csv.requireColumns(
        "atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday", "wartime", "mem1")) {
      return out;
    }
    for (Csv.Row row : csv.rows()) {
      int id = row.required("atopid");
      Optional<LocalDate> begin = date(row, "begyr", "begmo", "begday", false);
      Optional<LocalDate> end =
          row.integer("endyr", 0) == 0
              ? Optional.empty()
              : date(row, "endyr", "endmo", "endday", true);
      boolean wartime = row.flag("wartime");
      ImmutableSet.Builder<Integer> members = ImmutableSet.builder();
      for (int i = 1; i <= 59; i++) {
        int code = row.integer("mem" + i, 0);
        if (code != 0) {
          members.add(code);
        }
      }
      if (out.containsKey(id)) {
        row.problem("atopid", "alliance " + id + " appears twice");
        continue;
      }
      begin.ifPresent(
          b -> out.put(id, new AllianceRow(row.line(), b, end, wartime, members.build())));
    }
    return out;
  }

  // ---------------------------------------------------------------- wars

  private static ImmutableMap<Integer, War> readWars(Csv csv, List<String> corrections) {
    if (!csv.requireColumns(
        "larger_war_id",
        "larger_war_name",
        "init_war_id",
        "year",
        "init_name",
        "init_ccode",
        "target_name",
        "target_ccode",
        "month_entry",
        "day_entry",
        "month_exit",
        "day_exit",
        "joiner")) {
      return ImmutableMap.of();
    }
    // The code each name carries in most rows (ties: the smallest code).
    Map<String, Map<Integer, Integer>> counts = new HashMap<>();
    for (Csv.Row row : csv.rows()) {
      for (String side : List.of("init", "target")) {
        counts
            .computeIfAbsent(row.text(side + "_name"), k -> new TreeMap<>())
            .merge(row.integer(side + "_ccode", 0), 1, Integer::sum);
      }
    }
    Map<String, Integer> byName = new HashMap<>();
    counts.forEach(
        (name, c) -> {
          int best = 0;
          int most = -1;
          for (Map.Entry<Integer, Integer> e : c.entrySet()) {
            if (e.getValue() > most) {
              best = e.getKey();
              most = e.getValue();
            }
          }
          byName.put(name, best);
        });
    Map<Integer, String> names = new TreeMap<>();
    Map<Integer, Map<Integer, DyadBuilder>> dyads = new TreeMap<>();
    for (Csv.Row row : csv.rows()) {
      int war = row.required("larger_war_id");
      int sub = row.required("init_war_id");
      int[] codes = new int[2];
      String[] stateNames = new String[2];
      int i = 0;
      for (String side : List.of("init", "target")) {
        String name = row.text(side + "_name");
        int given = row.integer(side + "_ccode", 0);
        int used = byName.getOrDefault(name, given);
        if (used != given) {
          corrections.add(row.where(side + "_ccode") + ": " + name + " " + given + " -> " + used);
        }
        codes[i] = used;
        stateNames[i] = name;
        i++;
      }
      int year = row.required("year");
      Optional<LocalDate> start = dayOf(row, year, "month_entry", "day_entry");
      Optional<LocalDate> end = dayOf(row, year, "month_exit", "day_exit");
      boolean joiner = row.flag("joiner");
      if (start.isEmpty() || end.isEmpty()) {
        continue;
      }
      if (end.get().isBefore(start.get())) {
        // A year's row whose entry day lies after its exit day carries the entry of the year
        // before (the war went on over New Year): the row counts from 1 January.
        corrections.add(
            row.where("month_entry")
                + ": entry "
                + start.get()
                + " after exit "
                + end.get()
                + " -> "
                + LocalDate.of(year, 1, 1));
        start = Optional.of(LocalDate.of(year, 1, 1));
      }
      names.putIfAbsent(war, row.text("larger_war_name"));
      DyadBuilder b =
          dyads
              .computeIfAbsent(war, k -> new TreeMap<>())
              .computeIfAbsent(
                  sub,
                  k ->
                      new DyadBuilder(
                          codes[0],
                          stateNames[0],
                          codes[1],
                          stateNames[1],
                          joiner,
                          csv.file() + ":" + row.line()));
      if (b.initiator != codes[0] || b.target != codes[1]) {
        row.problem("init_war_id", "war " + sub + " names other states than in its earlier rows");
        continue;
      }
      b.add(start.get(), end.get());
    }
    ImmutableMap.Builder<Integer, War> out = ImmutableMap.builder();
    for (Map.Entry<Integer, Map<Integer, DyadBuilder>> e : dyads.entrySet()) {
      ImmutableList.Builder<Dyad> ds = ImmutableList.builder();
      for (DyadBuilder b : e.getValue().values()) {
        ds.add(b.build());
      }
      out.put(
          e.getKey(),
          new War(e.getKey(), names.getOrDefault(e.getKey(), "war " + e.getKey()), ds.build()));
    }
    return out.buildOrThrow();
  }

  private static Optional<LocalDate> dayOf(Csv.Row row, int year, String month, String day) {
    int m = row.required(month);
    int d = row.required(day);
    try {
      return Optional.of(LocalDate.of(year, m, d));
    } catch (DateTimeException e) {
      row.problem(month, month + "/" + day + " is not a date in " + year + ": " + m + "/" + d);
      return Optional.empty();
    }
  }

  private static final class DyadBuilder {
    final int initiator;
    final String initiatorName;
    final int target;
    final String targetName;
    final boolean joiner;
    final String where;
    LocalDate start = LocalDate.MAX;
    LocalDate end = LocalDate.MIN;

    DyadBuilder(
        int initiator,
        String initiatorName,
        int target,
        String targetName,
        boolean joiner,
        String where) {
      this.initiator = initiator;
      this.initiatorName = initiatorName;
      this.target = target;
      this.targetName = targetName;
      this.joiner = joiner;
      this.where = where;
    }

    void add(LocalDate s, LocalDate e) {
      start = s.isBefore(start) ? s : start;
      end = e.isAfter(end) ? e : end;
    }

    Dyad build() {
      return new Dyad(initiator, initiatorName, target, targetName, start, end, joiner, where);
    }
  }

  // ---------------------------------------------------------------- pairs

  private static ImmutableList<Pair> readPairs(Csv csv) {
    List<String> columns = new ArrayList<>(List.of("sample", "warid", "atopid", "warname"));
    for (String scheme : List.of("LLM", "BF")) {
      for (String c : List.of("nonagg", "consul", "cfna", "honor", "violate")) {
        columns.add(c + scheme);
      }
    }
    for (Obligation o : Obligation.values()) {
      columns.add(o.column());
    }
    if (!csv.requireColumns(columns.toArray(new String[0]))) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Pair> out = ImmutableList.builder();
    for (Csv.Row row : csv.rows()) {
      EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
      for (Obligation o : Obligation.values()) {
        if (row.flag(o.column())) {
          obligations.add(o);
        }
      }
      Coding llm = coding(row, "LLM");
      Coding bf = coding(row, "BF");
      int sample = row.required("sample");
      out.add(
          new Pair(
              row.required("atopid"),
              row.required("warid"),
              row.text("warname"),
              sample == 1,
              obligations,
              llm,
              bf,
              csv.file() + ":" + row.line()));
    }
    return out.build();
  }

  private static Coding coding(Csv.Row row, String scheme) {
    Coding c =
        new Coding(
            row.flag("nonagg" + scheme),
            row.flag("consul" + scheme),
            row.flag("cfna" + scheme),
            row.flag("honor" + scheme),
            row.flag("violate" + scheme));
    if (c.honoured() && c.violated()) {
      row.problem("honor" + scheme, "honoured and violated at once under " + scheme);
    }
    if ((c.honoured() || c.violated())
        && (c.notMet() || c.nonAggressionOnly() || c.consultationOnly())) {
      row.problem("honor" + scheme, "met and 'does not apply' at once under " + scheme);
    }
    if (!c.honoured()
        && !c.violated()
        && !c.notMet()
        && !c.nonAggressionOnly()
        && !c.consultationOnly()) {
      row.problem(
          "cfna" + scheme, "neither honoured, violated nor 'does not apply' under " + scheme);
    }
    return c;
  }

  // ---------------------------------------------------------------- records

  /**
   * One member of an alliance in one phase: its entry and exit, what it promises and on what
   * conditions.
   *
   * @param atopId the alliance's ATOP id
   * @param member the member's Correlates of War state code
   * @param phase the ATOP phase number (0 for an alliance with one phase)
   * @param sequence this member's phase count within the alliance, from 1
   * @param entry the day the member enters the phase
   * @param exit the day it leaves it, or empty while the alliance is in force
   * @param obligations what it promises
   * @param conditions each obligation's conditions
   * @param adversaries the specific adversaries named ({@code statthr1}, {@code statthr2}), as
   *     state codes; at most two
   * @param where the row's place, {@code file:line}
   */
  public record MemberPhase(
      int atopId,
      int member,
      int phase,
      int sequence,
      LocalDate entry,
      Optional<LocalDate> exit,
      Set<Obligation> obligations,
      Map<Obligation, Set<ConditionFlag>> conditions,
      List<Integer> adversaries,
      String where) {
    /**
     * Creates the record, checking that no component is null.
     *
     * @param atopId see the record's description
     * @param member see the record's description
     * @param phase see the record's description
     * @param sequence see the record's description
     * @param entry see the record's description
     * @param exit see the record's description
     * @param obligations see the record's description
     * @param conditions see the record's description
     * @param adversaries see the record's description
     * @param where see the record's description
     * @throws NullPointerException if a component is null
     */
    public MemberPhase {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(exit, "exit");
      obligations = ImmutableSet.copyOf(Objects.requireNonNull(obligations, "obligations"));
      ImmutableMap.Builder<Obligation, Set<ConditionFlag>> c = ImmutableMap.builder();
      Objects.requireNonNull(conditions, "conditions")
          .forEach((k, v) -> c.put(k, ImmutableSet.copyOf(v)));
      conditions = c.buildOrThrow();
      adversaries = ImmutableList.copyOf(Objects.requireNonNull(adversaries, "adversaries"));
      Objects.requireNonNull(where, "where");
    }

    /**
     * Returns an obligation's conditions.
     *
     * @param obligation the obligation, not null
     * @return its conditions, empty if it has none
     * @throws NullPointerException if obligation is null
     */
    public Set<ConditionFlag> conditionsOf(Obligation obligation) {
      Objects.requireNonNull(obligation, "obligation");
      return conditions.getOrDefault(obligation, ImmutableSet.of());
    }
  }

  /**
   * An alliance: its dates, its members and each member's phases.
   *
   * @param atopId the ATOP id
   * @param begin the day it was signed
   * @param end the day it ended, or empty if it is in force
   * @param wartime whether ATOP codes it as formed during a war ({@code wartime})
   * @param members the member codes listed at alliance level ({@code mem1…mem59})
   * @param phases the member-level rows
   */
  public record Alliance(
      int atopId,
      LocalDate begin,
      Optional<LocalDate> end,
      boolean wartime,
      Set<Integer> members,
      List<MemberPhase> phases) {
    /**
     * Creates the record, checking that no component is null.
     *
     * @param atopId see the record's description
     * @param begin see the record's description
     * @param end see the record's description
     * @param wartime see the record's description
     * @param members see the record's description
     * @param phases see the record's description
     * @throws NullPointerException if a component is null
     */
    public Alliance {
      Objects.requireNonNull(begin, "begin");
      Objects.requireNonNull(end, "end");
      members = ImmutableSet.copyOf(Objects.requireNonNull(members, "members"));
      phases = ImmutableList.copyOf(Objects.requireNonNull(phases, "phases"));
    }

    /**
     * Returns the member codes of the member-level rows, in first-appearance order.
     *
     * @return the members
     */
    public ImmutableSet<Integer> memberCodes() {
      ImmutableSet.Builder<Integer> out = ImmutableSet.builder();
      phases.forEach(p -> out.add(p.member()));
      return out.build();
    }

    /**
     * Returns each member's phases.
     *
     * @return the phases by member code
     */
    public ImmutableSetMultimap<Integer, MemberPhase> phasesByMember() {
      ImmutableSetMultimap.Builder<Integer, MemberPhase> out = ImmutableSetMultimap.builder();
      phases.forEach(p -> out.put(p.member(), p));
      return out.build();
    }
  }

  /**
   * One initiator–target pair of states within a war, with the days the initiator fought the target
   * (its rows for all years joined).
   *
   * @param initiator the initiator's state code (corrected by name where the file is inconsistent)
   * @param initiatorName the initiator's name in the file
   * @param target the target's state code
   * @param targetName the target's name in the file
   * @param start the first day of fighting
   * @param end the last day of fighting
   * @param joiner whether the initiator joined a war already under way
   * @param where the first row's place, {@code file:line}
   */
  public record Dyad(
      int initiator,
      String initiatorName,
      int target,
      String targetName,
      LocalDate start,
      LocalDate end,
      boolean joiner,
      String where) {
    /**
     * Creates the record, checking that no component is null.
     *
     * @param initiator see the record's description
     * @param initiatorName see the record's description
     * @param target see the record's description
     * @param targetName see the record's description
     * @param start see the record's description
     * @param end see the record's description
     * @param joiner see the record's description
     * @param where see the record's description
     * @throws NullPointerException if a component is null
     */
    public Dyad {
      Objects.requireNonNull(initiatorName, "initiatorName");
      Objects.requireNonNull(targetName, "targetName");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * A war: its number, name and dyads.
   *
   * @param id the war's number ({@code larger_war_id})
   * @param name its name in the file
   * @param dyads its initiator–target pairs
   */
  public record War(int id, String name, List<Dyad> dyads) {
    /**
     * Creates the record, checking that no component is null.
     *
     * @param id see the record's description
     * @param name see the record's description
     * @param dyads see the record's description
     * @throws NullPointerException if a component is null
     */
    public War {
      Objects.requireNonNull(name, "name");
      dyads = ImmutableList.copyOf(Objects.requireNonNull(dyads, "dyads"));
    }

    /**
     * Returns the first day of fighting.
     *
     * @return the day
     */
    public LocalDate start() {
      return dyads.stream().map(Dyad::start).min(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Returns the last day of fighting.
     *
     * @return the day
     */
    public LocalDate end() {
      return dyads.stream().map(Dyad::end).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Returns the name of each state in the war, by code.
     *
     * @return the names
     */
    public ImmutableMap<Integer, String> stateNames() {
      Map<Integer, String> out = new TreeMap<>();
      for (Dyad d : dyads) {
        out.putIfAbsent(d.initiator(), d.initiatorName());
        out.putIfAbsent(d.target(), d.targetName());
      }
      return ImmutableMap.copyOf(out);
    }
  }

  /**
   * One scheme's coding of a pair. Under each scheme a pair is exactly one of honoured, violated or
   * "does not apply", and "does not apply" is non-aggression-only, consultation-only or casus
   * foederis not met: so the casus foederis was met exactly when the pair is honoured or violated.
   *
   * @param nonAggressionOnly excluded as a non-aggression-only pact
   * @param consultationOnly excluded as a consultation-only pact
   * @param notMet casus foederis not met ({@code cfna})
   * @param honoured the commitment was honoured
   * @param violated the commitment was violated
   */
  public record Coding(
      boolean nonAggressionOnly,
      boolean consultationOnly,
      boolean notMet,
      boolean honoured,
      boolean violated) {
    /**
     * Returns whether the casus foederis was met: honoured or violated.
     *
     * @return true if met
     */
    public boolean met() {
      return honoured || violated;
    }

    /**
     * Returns whether the coders left the pair out of the question (non-aggression-only or
     * consultation-only pact).
     *
     * @return true if excluded
     */
    public boolean excluded() {
      return nonAggressionOnly || consultationOnly;
    }

    /**
     * Returns the coding as a short label: {@code honoured}, {@code violated}, {@code not met},
     * {@code excluded (non-aggression)} or {@code excluded (consultation)}.
     *
     * @return the label
     */
    public String label() {
      if (honoured) {
        return "honoured";
      }
      if (violated) {
        return "violated";
      }
      if (nonAggressionOnly && consultationOnly) {
        return "excluded (non-aggression, consultation)";
      }
      if (nonAggressionOnly) {
        return "excluded (non-aggression)";
      }
      if (consultationOnly) {
        return "excluded (consultation)";
      }
      return "not met";
    }
  }

  /**
   * One coded alliance–war pair.
   *
   * @param atopId the alliance's ATOP id
   * @param warId the war's number
   * @param warName the war's name in the pair file
   * @param early whether the pair is in the 1816–1944 sample ({@code sample = 1}) rather than the
   *     1945–2003 extension
   * @param obligations the alliance's obligations as the pair file lists them
   * @param llm the Leeds–Long–Mitchell coding
   * @param bf the Berkemeier–Fuhrmann coding
   * @param where the row's place, {@code file:line}
   */
  public record Pair(
      int atopId,
      int warId,
      String warName,
      boolean early,
      Set<Obligation> obligations,
      Coding llm,
      Coding bf,
      String where) {
    /**
     * Creates the record, checking that no component is null.
     *
     * @param atopId see the record's description
     * @param warId see the record's description
     * @param warName see the record's description
     * @param early see the record's description
     * @param obligations see the record's description
     * @param llm see the record's description
     * @param bf see the record's description
     * @param where see the record's description
     * @throws NullPointerException if a component is null
     */
    public Pair {
      Objects.requireNonNull(warName, "warName");
      obligations = ImmutableSet.copyOf(Objects.requireNonNull(obligations, "obligations"));
      Objects.requireNonNull(llm, "llm");
      Objects.requireNonNull(bf, "bf");
      Objects.requireNonNull(where, "where");
    }

    /**
     * Returns the pair's key, {@code atopid:warid}.
     *
     * @return the key
     */
    public String key() {
      return atopId + ":" + warId;
    }
  }
}

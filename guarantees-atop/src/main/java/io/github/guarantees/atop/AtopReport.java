package io.github.guarantees.atop;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The agreement report: every coded alliance–war pair decided by the library, compared with the
 * Leeds–Long–Mitchell (LLM) and Berkemeier–Fuhrmann (BF) codings, overall, on the pairs the coders
 * decided (met versus not met), per obligation type and per period; a confusion table; every
 * disagreement grouped by its {@link DisagreementCause}; the agreement with each named assumption
 * switched off; and, for comparison, a transparent rule written without the library.
 *
 * <pre>{@code
 * String markdown = AtopReport.of(AtopData.load()).markdown();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtopReport {
  private final AtopData data;
  private final ImmutableList<Row> rows;
  private final ImmutableList<AtopData.Pair> unjoined;
  private final ImmutableMap<Integer, ImportedAlliance> imported;

  /** One joined pair and every decision on it. */
  private static final class Row {
    final AtopData.Pair pair;
    final Decision decision;
    final boolean rule;
    final Map<Assumption, Boolean> without;

    Row(AtopData.Pair pair, Decision decision, boolean rule, Map<Assumption, Boolean> without) {
      this.pair = pair;
      this.decision = decision;
      this.rule = rule;
      this.without = without;
    }

    boolean without(Assumption a) {
      return without.getOrDefault(a, decision.met());
    }
  }

  private AtopReport(
      AtopData data,
      ImmutableList<Row> rows,
      ImmutableList<AtopData.Pair> unjoined,
      ImmutableMap<Integer, ImportedAlliance> imported) {
    this.data = data;
    this.rows = rows;
    this.unjoined = unjoined;
    this.imported = imported;
  }

  /**
   * Decides every pair (with all assumptions, and with each switched off) and imports every
   * alliance.
   *
   * @param data the data, not null
   * @return the report
   * @throws NullPointerException if data is null
   */
  public static AtopReport of(AtopData data) {
    Objects.requireNonNull(data, "data");
    CasusFoederis all = CasusFoederis.of(data);
    Map<Assumption, CasusFoederis> off = new EnumMap<>(Assumption.class);
    for (Assumption a : Assumption.values()) {
      Set<Assumption> on = Assumption.all();
      on.remove(a);
      off.put(a, CasusFoederis.of(data, on));
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    ImmutableList.Builder<AtopData.Pair> unjoined = ImmutableList.builder();
    for (AtopData.Pair p : data.pairs()) {
      var d = all.decide(p.atopId(), p.warId());
      if (d.isEmpty()) {
        unjoined.add(p);
        continue;
      }
      Map<Assumption, Boolean> without = new EnumMap<>(Assumption.class);
      off.forEach((a, c) -> without.put(a, c.decide(p.atopId(), p.warId()).orElseThrow().met()));
      boolean rule =
          TransparentRule.met(
              data.alliance(p.atopId()).orElseThrow(), data.war(p.warId()).orElseThrow());
      rows.add(new Row(p, d.get(), rule, without));
    }
    ImmutableMap.Builder<Integer, ImportedAlliance> imported = ImmutableMap.builder();
    AllianceImporter importer = AllianceImporter.of(data);
    data.alliances().forEach((id, a) -> imported.put(id, importer.importAlliance(a)));
    return new AtopReport(data, rows.build(), unjoined.build(), imported.buildOrThrow());
  }

  /**
   * The headline figures: agreements with each coding, overall and on decided pairs.
   *
   * @param joined the pairs that join to the war data and to ATOP
   * @param decided the joined pairs the LLM coders decided (not excluded)
   * @param llm agreements with LLM on the joined pairs
   * @param llmDecided agreements with LLM on the decided pairs
   * @param bf agreements with BF on the joined pairs
   * @param bfDecided agreements with BF on the pairs BF decided
   * @param bfDecidedPairs the joined pairs the BF coders decided
   * @param ruleLlm the transparent rule's agreements with LLM on the joined pairs
   * @param ruleLlmDecided the transparent rule's agreements with LLM on the decided pairs
   */
  public record Figures(
      int joined,
      int decided,
      int llm,
      int llmDecided,
      int bf,
      int bfDecided,
      int bfDecidedPairs,
      int ruleLlm,
      int ruleLlmDecided) {}

  /**
   * Returns the headline figures.
   *
   * @return the figures
   */
  public Figures figures() {
    return new Figures(
        rows.size(),
        count(r -> !r.pair.llm().excluded()),
        count(r -> r.decision.met() == r.pair.llm().met()),
        count(r -> !r.pair.llm().excluded() && r.decision.met() == r.pair.llm().met()),
        count(r -> r.decision.met() == r.pair.bf().met()),
        count(r -> !r.pair.bf().excluded() && r.decision.met() == r.pair.bf().met()),
        count(r -> !r.pair.bf().excluded()),
        count(r -> r.rule == r.pair.llm().met()),
        count(r -> !r.pair.llm().excluded() && r.rule == r.pair.llm().met()));
  }

  private int count(Predicate<Row> p) {
    return (int) rows.stream().filter(p).count();
  }

  /**
   * Returns the report as Markdown, the text of {@code docs/ATOP.md}.
   *
   * @return the Markdown
   */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    Figures f = figures();
    md.append("# ATOP: the casus foederis of 576 alliance–war pairs\n\n")
        .append(
            "Generated by `guarantees atop --report` (`AtopReport` in `guarantees-atop`); do not"
                + " edit by hand. A test regenerates it and fails if it differs, or if agreement falls"
                + " below the figures it last recorded.\n\n")
        .append(
            "Every ATOP v4.01 alliance is imported as an agreement of the library's model (one"
                + " pledge per member, phase and obligation, each with the activation its ATOP"
                + " conditions call for), every war of the Reiter–Stam–Horowitz file as a scenario,"
                + " and the casus foederis of a pair is **met** when the library's evaluator finds a"
                + " defence, offence or neutrality pledge of the alliance ACTIVE at some instant of"
                + " the war (or a non-aggression pledge VIOLATED). The coders' casus is met when the"
                + " pair is honoured or violated; a blank `cfna` does not mean met.\n\n")
        .append(
            "Data: ATOP v4.01 (Leeds, Ritter, Mitchell and Long 2002); Reiter, Stam and"
                + " Horowitz interstate war participants (revised 2016); Berkemeier and Fuhrmann"
                + " (2018), with the Leeds, Long and Mitchell (2000) scheme. See"
                + " `guarantees-atop/NOTICE`.\n\n");

    md.append("## Agreement against the targets\n\n")
        .append("| measure | pairs | library | transparent rule | target |\n")
        .append("| --- | ---: | ---: | ---: | ---: |\n")
        .append(row("LLM, pairs that join the war data", f.joined(), f.llm(), f.ruleLlm(), "≥ 95%"))
        .append(
            row(
                "LLM, decided pairs (met vs not met)",
                f.decided(),
                f.llmDecided(),
                f.ruleLlmDecided(),
                "≥ 93%"))
        .append(
            row(
                "BF, pairs that join the war data",
                f.joined(),
                f.bf(),
                count(r -> r.rule == r.pair.bf().met()),
                ""))
        .append(
            row(
                "BF, decided pairs (met vs not met)",
                f.bfDecidedPairs(),
                f.bfDecided(),
                count(r -> !r.pair.bf().excluded() && r.rule == r.pair.bf().met()),
                ""))
        .append('\n')
        .append(
            "Decided pairs leave out the pacts the coders exclude (non-aggression-only and"
                + " consultation-only). The transparent rule is written over the rows without the"
                + " library (`TransparentRule`): defence when a partner is a dyad's target, offence"
                + " when it is the initiator, neutrality when it fights (as target if `neucoatt`),"
                + " while both members are in the alliance, with the adversary and non-member"
                + " conditions; non-aggression when a member is the initiator of a dyad whose"
                + " target is a partner; no other condition.\n\n");
    Predicate<Row> flaggedAndNotMet = r -> r.pair.llm().excluded() && r.pair.llm().notMet();
    int alsoNotMet = count(flaggedAndNotMet);
    int wider = f.decided() + alsoNotMet;
    md.append("A reading of the pair file, not used above: ")
        .append(alsoNotMet)
        .append(
            " joined pairs carry an LLM exclusion flag (non-aggression or consultation) together"
                + " with `cfnaLLM` = 1. Read as decided \"not met\" rather than excluded, the"
                + " decided pairs number ")
        .append(wider)
        .append(": the library agrees on ")
        .append(
            pct(f.llmDecided() + count(r -> flaggedAndNotMet.test(r) && !r.decision.met()), wider))
        .append(", the transparent rule on ")
        .append(pct(f.ruleLlmDecided() + count(r -> flaggedAndNotMet.test(r) && !r.rule), wider))
        .append(".\n\n");

    md.append("## Data and joins\n\n");
    long failed = 0;
    md.append("- Alliances imported: ")
        .append(imported.size())
        .append(" of ")
        .append(data.alliances().size())
        .append(", ")
        .append(failed)
        .append(" failed, no hand edits.\n");
    md.append("- Pairs: ")
        .append(data.pairs().size())
        .append("; join the war data and ATOP: ")
        .append(rows.size())
        .append(".\n");
    Map<String, List<String>> why = new TreeMap<>();
    for (AtopData.Pair p : unjoined) {
      String reason =
          data.war(p.warId()).isEmpty()
              ? "war " + p.warId() + " is not in the war file"
              : "alliance " + p.atopId() + " is not in ATOP 4.01";
      why.computeIfAbsent(reason, k -> new ArrayList<>()).add(p.key());
    }
    why.forEach(
        (reason, keys) ->
            md.append("  - ")
                .append(reason)
                .append(": ")
                .append(keys.size())
                .append(" pairs (")
                .append(String.join(", ", keys))
                .append(")\n"));
    md.append("- Readings of the war file that are not literal (")
        .append(data.codeCorrections().size())
        .append("):\n");
    for (String c : data.codeCorrections()) {
      md.append("  - `").append(c).append("`\n");
    }
    md.append('\n');

    md.append("## Named assumptions\n\n| assumption | rule |\n| --- | --- |\n");
    for (Assumption a : Assumption.values()) {
      md.append("| `").append(a.name()).append("` | ").append(a.sentence()).append(" |\n");
    }
    md.append('\n');

    md.append("## What could not be represented\n\n")
        .append("Each alliance's rows were imported whole; where a row says something the model")
        .append(" cannot hold as data, the importer names the limitation (and the assumption that")
        .append(" decides it instead).\n\n")
        .append("| limitation | decided by | alliances | ATOP ids |\n| --- | --- | ---: | --- |\n");
    Map<Limitation, Set<Integer>> byLimitation = new EnumMap<>(Limitation.class);
    int clean = 0;
    for (ImportedAlliance a : imported.values()) {
      if (a.limitations().isEmpty()) {
        clean++;
      }
      for (Limitation l : a.limitations()) {
        byLimitation.computeIfAbsent(l, k -> new TreeSet<>()).add(a.alliance().atopId());
      }
    }
    byLimitation.forEach(
        (l, ids) ->
            md.append("| ")
                .append(l.sentence())
                .append(" | ")
                .append(l.decidedBy().map(a -> "`" + a.name() + "`").orElse("—"))
                .append(" | ")
                .append(ids.size())
                .append(" | ")
                .append(join(ids))
                .append(" |\n"));
    md.append("\nAlliances with no limitation: ")
        .append(clean)
        .append(" of ")
        .append(imported.size())
        .append(".\n\n");

    md.append("## Confusion tables\n\n");
    confusion(md, "LLM", true);
    confusion(md, "BF", false);

    md.append("## Per obligation type\n\n")
        .append(
            "A pair counts under each obligation its alliance has (the pair file's columns).\n\n")
        .append("| obligation | pairs | LLM | decided pairs | LLM, decided | BF |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Obligation o : Obligation.values()) {
      segment(md, "`" + o.column() + "`", r -> r.pair.obligations().contains(o));
    }
    md.append('\n');

    md.append("## Per period\n\n")
        .append("| period | pairs | LLM | decided pairs | LLM, decided | BF |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    segment(md, "1816–1944", r -> r.pair.early());
    segment(md, "1945–2003", r -> !r.pair.early());
    md.append('\n');

    md.append("## Sensitivity: each assumption switched off\n\n")
        .append("| switched off | LLM | change | LLM, decided | change | decisions changed |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Assumption a : Assumption.values()) {
      int agree = count(r -> r.without(a) == r.pair.llm().met());
      int agreeDecided = count(r -> !r.pair.llm().excluded() && r.without(a) == r.pair.llm().met());
      int changed = count(r -> r.without(a) != r.decision.met());
      md.append("| `")
          .append(a.name())
          .append("` | ")
          .append(pct(agree, f.joined()))
          .append(" | ")
          .append(delta(agree - f.llm(), f.joined()))
          .append(" | ")
          .append(pct(agreeDecided, f.decided()))
          .append(" | ")
          .append(delta(agreeDecided - f.llmDecided(), f.decided()))
          .append(" | ")
          .append(changed)
          .append(" |\n");
    }
    md.append('\n');

    md.append("## Disagreements with the LLM coding, by cause\n\n");
    Map<DisagreementCause, List<Row>> byCause = new EnumMap<>(DisagreementCause.class);
    for (Row r : rows) {
      if (r.decision.met() != r.pair.llm().met()) {
        byCause.computeIfAbsent(cause(r), k -> new ArrayList<>()).add(r);
      }
    }
    md.append("| cause | pairs |\n| --- | ---: |\n");
    byCause.forEach(
        (c, rs) ->
            md.append("| `").append(c.name()).append("` | ").append(rs.size()).append(" |\n"));
    md.append('\n');
    byCause.forEach(
        (c, rs) -> {
          md.append("### `")
              .append(c.name())
              .append("` (")
              .append(rs.size())
              .append(")\n\n")
              .append(c.sentence())
              .append(".\n\n")
              .append(
                  "| pair | war | library | LLM | BF | assumptions that flip it |"
                      + " explanation |\n")
              .append("| --- | --- | --- | --- | --- | --- | --- |\n");
          for (Row r : rs) {
            List<String> flips = new ArrayList<>();
            r.without.forEach(
                (a, met) -> {
                  if (met != r.decision.met()) {
                    flips.add("`" + a.name() + "`");
                  }
                });
            md.append("| ")
                .append(r.pair.key())
                .append(" | ")
                .append(cell(r.pair.warName()))
                .append(" | ")
                .append(r.decision.met() ? "met" : "not met")
                .append(" | ")
                .append(r.pair.llm().label())
                .append(" | ")
                .append(r.pair.bf().label())
                .append(" | ")
                .append(flips.isEmpty() ? "—" : String.join(", ", flips))
                .append(" | ")
                .append(cell(r.decision.reason()))
                .append(" |\n");
          }
          md.append('\n');
        });
    return md.toString();
  }

  /** The first cause that applies to a disagreeing row. */
  private DisagreementCause cause(Row r) {
    boolean coders = r.pair.llm().met();
    for (Assumption a : Assumption.values()) {
      if (r.without(a) == coders) {
        return DisagreementCause.ASSUMPTION;
      }
    }
    if (r.pair.llm().met() != r.pair.bf().met() && r.decision.met() == r.pair.bf().met()) {
      return DisagreementCause.SCHEMES_DIFFER;
    }
    AtopData.Alliance alliance = data.alliance(r.pair.atopId()).orElseThrow();
    AtopData.War war = data.war(r.pair.warId()).orElseThrow();
    boolean inForce =
        alliance.phases().stream()
            .anyMatch(
                p ->
                    !p.entry().isAfter(war.end())
                        && p.exit().map(e -> !e.isBefore(war.start())).orElse(true));
    if (!inForce) {
      return DisagreementCause.NOT_IN_FORCE_DURING_WAR;
    }
    if (r.decision.met() && r.pair.llm().excluded()) {
      return DisagreementCause.EXCLUDED_BY_CODERS;
    }
    if (r.decision.met()) {
      return DisagreementCause.CODERS_STRICTER;
    }
    Set<Integer> targets = new TreeSet<>();
    Set<Integer> initiators = new TreeSet<>();
    for (AtopData.Dyad d : war.dyads()) {
      for (AtopData.MemberPhase p : alliance.phases()) {
        boolean overlaps =
            !p.entry().isAfter(d.end()) && p.exit().map(e -> !e.isBefore(d.start())).orElse(true);
        if (overlaps && p.member() == d.target()) {
          targets.add(p.member());
        }
        if (overlaps && p.member() == d.initiator()) {
          initiators.add(p.member());
        }
      }
    }
    if (targets.isEmpty() && initiators.isEmpty()) {
      return DisagreementCause.NO_MEMBER_FOUGHT;
    }
    if (targets.isEmpty()) {
      return DisagreementCause.PARTNER_LISTED_AS_INITIATOR;
    }
    return DisagreementCause.OTHER;
  }

  private void confusion(StringBuilder md, String scheme, boolean llm) {
    md.append("**")
        .append(scheme)
        .append("** (joined pairs)\n\n")
        .append("| library \\ coders | met | not met | excluded | total |\n")
        .append("| --- | ---: | ---: | ---: | ---: |\n");
    for (boolean met : new boolean[] {true, false}) {
      int a = count(r -> r.decision.met() == met && coding(r, llm).met());
      int b =
          count(
              r -> r.decision.met() == met && !coding(r, llm).met() && !coding(r, llm).excluded());
      int c = count(r -> r.decision.met() == met && coding(r, llm).excluded());
      md.append("| ")
          .append(met ? "met" : "not met")
          .append(" | ")
          .append(a)
          .append(" | ")
          .append(b)
          .append(" | ")
          .append(c)
          .append(" | ")
          .append(a + b + c)
          .append(" |\n");
    }
    md.append('\n');
  }

  private static AtopData.Coding coding(Row r, boolean llm) {
    return llm ? r.pair.llm() : r.pair.bf();
  }

  private void segment(StringBuilder md, String name, Predicate<Row> in) {
    int n = count(in);
    int llm = count(r -> in.test(r) && r.decision.met() == r.pair.llm().met());
    int decided = count(r -> in.test(r) && !r.pair.llm().excluded());
    int llmDecided =
        count(
            r -> in.test(r) && !r.pair.llm().excluded() && r.decision.met() == r.pair.llm().met());
    int bf = count(r -> in.test(r) && r.decision.met() == r.pair.bf().met());
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(n)
        .append(" | ")
        .append(pct(llm, n))
        .append(" | ")
        .append(decided)
        .append(" | ")
        .append(pct(llmDecided, decided))
        .append(" | ")
        .append(pct(bf, n))
        .append(" |\n");
  }

  private static String row(String name, int n, int library, int rule, String target) {
    return "| "
        + name
        + " | "
        + n
        + " | "
        + pct(library, n)
        + " | "
        + pct(rule, n)
        + " | "
        + target
        + " |\n";
  }

  static String pct(int k, int n) {
    if (n == 0) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * k / n, k, n);
  }

  private static String delta(int k, int n) {
    return String.format(Locale.ROOT, "%+.1f", 100.0 * k / n);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }

  private static String join(Set<Integer> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(i -> out.add(String.valueOf(i)));
    return String.join(", ", out);
  }

  static EnumSet<Assumption> none() {
    return EnumSet.noneOf(Assumption.class);
  }
}

package io.github.guarantees.spark;

import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Pledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a sweep's aggregates as Markdown: what was swept, the attack-to-response histogram (an
 * ASCII bar chart in a table), and a table of the pledges' statuses at the as-of instant.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SweepReport {
  private static final int BAR = 40;

  private SweepReport() {}

  /**
   * Renders the report.
   *
   * @param sweep the sweep, not null
   * @param aggregates its aggregates, not null
   * @param source how the scenarios were made, one line of Markdown (e.g. the spec and seed); not
   *     null
   * @return the Markdown text
   * @throws NullPointerException if an argument is null
   */
  public static String markdown(Sweep sweep, SweepAggregates aggregates, String source) {
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(aggregates, "aggregates");
    Objects.requireNonNull(source, "source");
    Agreement agreement = sweep.agreement();
    Response response = sweep.response();
    StringBuilder md = new StringBuilder();
    md.append("# Sweep: ").append(agreement.title()).append("\n\n");
    md.append("- agreement: `").append(agreement.id()).append("`\n");
    md.append("- scenarios: ")
        .append(aggregates.scenarios())
        .append(", ")
        .append(source)
        .append('\n');
    md.append("- attack: the first `").append(response.attackTrigger());
    if (response.attackParty() != null) {
      md.append("` by `").append(response.attackParty());
    }
    md.append("` event at or before the as-of instant\n");
    md.append("- ")
        .append(response.label())
        .append(": the first instant at or after the attack at")
        .append(" which one of these pledges is ACTIVE: ");
    md.append(
        response.pledges().isEmpty()
            ? "(none)"
            : "`" + String.join("`, `", response.pledges()) + "`");
    md.append("\n\n");

    List<String> binding = new ArrayList<>();
    for (Pledge p : agreement.pledges()) {
      if (p.bindingForce().isAtLeast(BindingForce.LEGALLY_BINDING_ASSISTANCE)) {
        binding.add(p.id());
      }
    }
    md.append("## Binding response\n\n");
    if (binding.isEmpty()) {
      md.append("No pledge of `")
          .append(agreement.id())
          .append("` is graded legally binding or stronger: after every one of the ")
          .append(aggregates.attacks())
          .append(" attacks, no binding pledge is ACTIVE up to the as-of instant.")
          .append(" The histogram below therefore measures the ")
          .append(response.label())
          .append(" at any binding force.\n\n");
    } else {
      md.append("Pledges graded legally binding or stronger: `")
          .append(String.join("`, `", binding))
          .append("`.\n\n");
    }

    long attacks = aggregates.attacks();
    md.append("## Delay from attack to ").append(response.label()).append("\n\n");
    md.append(attacks)
        .append(" of ")
        .append(aggregates.scenarios())
        .append(" scenarios have an attack (")
        .append(percent(attacks, aggregates.scenarios()))
        .append("). More than 72 hours without the ")
        .append(response.label())
        .append(" in effect (or none by the as-of instant): ")
        .append(aggregates.longerThan(72))
        .append(" (")
        .append(percent(aggregates.longerThan(72), attacks))
        .append(" of attacks).\n\n");
    long max = 1;
    for (Map.Entry<GapBucket, Long> e : aggregates.gaps().entrySet()) {
      if (e.getKey() != GapBucket.NO_ATTACK) {
        max = Math.max(max, e.getValue());
      }
    }
    md.append("| delay | attacks | share | |\n| --- | ---: | ---: | --- |\n");
    for (Map.Entry<GapBucket, Long> e : aggregates.gaps().entrySet()) {
      if (e.getKey() == GapBucket.NO_ATTACK) {
        continue;
      }
      long n = e.getValue();
      int width = (int) Math.round((double) n * BAR / max);
      md.append("| ")
          .append(e.getKey().label())
          .append(" | ")
          .append(n)
          .append(" | ")
          .append(percent(n, attacks))
          .append(" | `")
          .append("#".repeat(width))
          .append(" ".repeat(BAR - width))
          .append("` |\n");
    }
    md.append('\n');

    md.append("## Status of each pledge at the as-of instant\n\n");
    List<Status> seen = new ArrayList<>();
    for (Status s : Status.values()) {
      if (aggregates.statuses().containsColumn(s)) {
        seen.add(s);
      }
    }
    md.append("| pledge | binding force |");
    for (Status s : seen) {
      md.append(' ').append(s.name()).append(" |");
    }
    md.append(" ever ACTIVE |\n| --- | --- |");
    md.append(" ---: |".repeat(seen.size() + 1)).append('\n');
    for (Pledge p : agreement.pledges()) {
      md.append("| `")
          .append(p.id())
          .append("` | ")
          .append(p.bindingForce().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append(" |");
      for (Status s : seen) {
        Long n = aggregates.statuses().get(p.id(), s);
        md.append(' ').append(n == null ? "" : percent(n, aggregates.scenarios())).append(" |");
      }
      md.append(' ')
          .append(percent(aggregates.everActive().getOrDefault(p.id(), 0L), aggregates.scenarios()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String percent(long n, long of) {
    return of == 0 ? "–" : String.format(Locale.ROOT, "%.2f %%", 100.0 * n / of);
  }
}

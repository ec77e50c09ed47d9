package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Source;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a pledge or contribution has its status: the trace of each condition (which events made it
 * hold or fail), the source clause, and, when it does not fire, what is missing — the smallest sets
 * of further events that would make it fire — or, where no added event can, the obstacles.
 *
 * <p>Built on demand by {@link Assessment#explain(String)}; decisions never pay for it. This class
 * is immutable and thread-safe.
 */
public final class Explanation {
  private final String subject;
  private final Status status;
  private final Source source;
  private final ConditionTrace trigger;
  private final ConditionTrace activation;
  private final Optional<ConditionTrace> contributionCondition;
  private final Optional<Caveat> blockedBy;
  private final Optional<String> termEnded;
  private final Optional<String> obligation;
  private final ImmutableList<Cause> causes;

  /** The most sets of missing events an explanation lists; the rest are counted ("and N more"). */
  public static final int MAX_MISSING_SETS = 8;

  /**
   * The most evaluations the search for what is missing makes for one explanation (each is one pass
   * of the kernel over the explained conditions: the evaluation's sweep continued over one
   * placement of candidate events added after the as-of instant, or a proof that a set of candidate
   * events cannot make them hold). Past it the search stops: what it verified is reported, flagged
   * as cut short ({@link Cause.NeedsEvents#searchCut()}, {@link
   * Cause.NoFurtherEvents#searchCut()}).
   */
  public static final int MAX_MISSING_WORK = 1_000;

  Explanation(
      String subject,
      Status status,
      Source source,
      ConditionTrace trigger,
      ConditionTrace activation,
      Optional<ConditionTrace> contributionCondition,
      Optional<Caveat> blockedBy,
      Optional<String> termEnded,
      Optional<String> obligation,
      ImmutableList<Cause> causes) {
    this.subject = subject;
    this.status = status;
    this.source = source;
    this.trigger = trigger;
    this.activation = activation;
    this.contributionCondition = contributionCondition;
    this.blockedBy = blockedBy;
    this.termEnded = termEnded;
    this.obligation = obligation;
    this.causes = causes;
  }

  /**
   * Returns why it has its status, as data: {@link Cause.Fires} for a pledge that fires; the events
   * that are missing ({@link Cause.NeedsEvents}) or, where none were found, every broken {@code
   * not} and {@link Cause.NoFurtherEvents}; the caveat, the ended term, the passed deadline or the
   * breach that decided it; and, for an obligation, where it stands.
   *
   * @return the causes, the deciding one first
   */
  public ImmutableList<Cause> causes() {
    return causes;
  }

  /**
   * Returns what is explained, e.g. {@code pledge 'multinational-force'} or {@code contribution of
   * UK to pledge 'multinational-force'}.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the status explained.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the clause the pledge encodes.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the trace of the pledge's trigger condition.
   *
   * @return the trace
   */
  public ConditionTrace trigger() {
    return trigger;
  }

  /**
   * Returns the trace of the pledge's activation condition.
   *
   * @return the trace
   */
  public ConditionTrace activation() {
    return activation;
  }

  /**
   * Returns the trace of the contribution's own condition, for a contribution.
   *
   * @return the trace, or empty for a pledge
   */
  public Optional<ConditionTrace> contributionCondition() {
    return contributionCondition;
  }

  /**
   * Returns the caveat that blocks a contribution.
   *
   * @return the caveat, or empty
   */
  public Optional<Caveat> blockedBy() {
    return blockedBy;
  }

  /**
   * Returns how the term ended, when the status is {@link Status#EXPIRED}.
   *
   * @return the reason, or empty
   */
  public Optional<String> termEnded() {
    return termEnded;
  }

  /**
   * Returns where the pledge's obligation stands, for a pledge with a {@linkplain
   * io.github.guarantees.model.Deadline deadline} or a {@linkplain
   * io.github.guarantees.model.Pledge#refrainsFrom() restraint}: what fulfils it and by when while
   * it is open (e.g. {@code due: consultations-held by 2026-09-02T06:00:00Z (within 24 hours of
   * first activation at 2026-09-01T06:00:00Z)}), which event fulfilled it, which deadline passed,
   * or which event breached it.
   *
   * @return the obligation's state, or empty for a pledge with neither
   */
  public Optional<String> obligation() {
    return obligation;
  }

  /**
   * Returns the smallest sets of further events that would make it fire, smallest first; empty when
   * it fires or when no added event can make it fire (see {@link #obstacles()}).
   *
   * @return the missing event sets
   */
  public ImmutableList<ImmutableSet<Occurred>> missing() {
    for (Cause c : causes) {
      if (c instanceof Cause.NeedsEvents n) {
        return n.eventSets();
      }
    }
    return ImmutableList.of();
  }

  /**
   * Returns what no added event can overcome: a caveat, an ended term, a broken {@code not}, a
   * deadline that passed, a breached restraint.
   *
   * @return the obstacles, empty if none
   */
  public ImmutableList<String> obstacles() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Cause c : causes) {
      c.accept(new Obstacle(status)).ifPresent(out::add);
    }
    return out.build();
  }

  /** The causes no added event can overcome, in words; null for the others. */
  private static final class Obstacle implements Cause.Visitor<Optional<String>> {
    private final Status status;

    Obstacle(Status status) {
      this.status = status;
    }

    @Override
    public Optional<String> fires(Cause.Fires c) {
      return Optional.empty();
    }

    @Override
    public Optional<String> needsEvents(Cause.NeedsEvents c) {
      return Optional.empty();
    }

    @Override
    public Optional<String> brokenNot(Cause.BrokenNot c) {
      return Optional.of(render(c));
    }

    @Override
    public Optional<String> noFurtherEvents(Cause.NoFurtherEvents c) {
      return Optional.of(render(c));
    }

    @Override
    public Optional<String> blockedByCaveat(Cause.BlockedByCaveat c) {
      return Optional.of(render(c) + ": " + c.caveat().description());
    }

    @Override
    public Optional<String> termEnded(Cause.TermEnded c) {
      return Optional.of("term ended: " + render(c));
    }

    @Override
    public Optional<String> agreementEnded(Cause.AgreementEnded c) {
      return Optional.of(render(c));
    }

    @Override
    public Optional<String> deadlineAhead(Cause.DeadlineAhead c) {
      return Optional.empty();
    }

    @Override
    public Optional<String> deadlineOpen(Cause.DeadlineOpen c) {
      return Optional.empty();
    }

    @Override
    public Optional<String> deadlinePassed(Cause.DeadlinePassed c) {
      return status == Status.VIOLATED ? Optional.of(render(c)) : Optional.empty();
    }

    @Override
    public Optional<String> fulfilled(Cause.Fulfilled c) {
      return Optional.empty();
    }

    @Override
    public Optional<String> restraint(Cause.Restraint c) {
      return Optional.empty();
    }

    @Override
    public Optional<String> breached(Cause.Breached c) {
      return status == Status.VIOLATED ? Optional.of(render(c)) : Optional.empty();
    }

    @Override
    public Optional<String> powerExercised(Cause.PowerExercised c) {
      return Optional.of(render(c));
    }

    @Override
    public Optional<String> exerciseIgnored(Cause.ExerciseIgnored c) {
      return Optional.of(render(c));
    }
  }

  /**
   * Returns a one-line reason for the status, e.g. {@code needs: ukraine-request}.
   *
   * @return the reason
   */
  public String reason() {
    return switch (status) {
      case ACTIVE ->
          (contributionCondition.isPresent()
                  ? "fires: pledge active and own condition holds"
                  : "fires: trigger and activation hold")
              + open();
      case BLOCKED, EXPIRED, VIOLATED -> String.join("; ", obstacles());
      case FULFILLED -> obligation.orElse("fulfilled");
      case DORMANT -> "not in play; " + needs() + open();
      case PENDING -> "in play; " + needs() + open();
      case SUSPENDED -> "was active, has lapsed; " + needs() + open();
    };
  }

  private String open() {
    return obligation.map(o -> "; " + o).orElse("");
  }

  private String needs() {
    for (Cause c : causes) {
      if (c instanceof Cause.NeedsEvents n) {
        return "needs: " + formatMissing(n);
      }
    }
    ImmutableList<String> obstacles = obstacles();
    return obstacles.isEmpty() ? "nothing can make it fire" : String.join("; ", obstacles);
  }

  static String formatMissing(Cause.NeedsEvents n) {
    return formatMissing(n.eventSets())
        + (n.more() > 0 ? ", and " + n.more() + " more" : "")
        + (n.searchCut() ? " (the search stopped after " + MAX_MISSING_WORK + " evaluations)" : "");
  }

  /**
   * Renders a cause in English, as {@link #reason()}, {@link #termEnded()} and {@link
   * #obligation()} word it.
   *
   * @param cause the cause, not null
   * @return the text
   * @throws NullPointerException if cause is null
   */
  public static String render(Cause cause) {
    return Objects.requireNonNull(cause, "cause").accept(CauseText.INSTANCE);
  }

  /**
   * Formats missing event sets as {@code a + b, or c}.
   *
   * @param missing the sets
   * @return the text
   */
  static String formatMissing(ImmutableList<ImmutableSet<Occurred>> missing) {
    return missing.stream()
        .map(set -> set.stream().map(PatternText::of).collect(Collectors.joining(" + ")))
        .collect(Collectors.joining(", or "));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(subject).append(": ").append(status).append(" — ").append(reason()).append('\n');
    out.append("  source: ").append(source.citation()).append('\n');
    out.append("    \"").append(source.quote()).append("\"\n");
    blockedBy.ifPresent(
        c ->
            out.append("  blocked by caveat '")
                .append(c.id())
                .append("': ")
                .append(c.description())
                .append('\n'));
    termEnded.ifPresent(t -> out.append("  term: ").append(t).append('\n'));
    obligation.ifPresent(o -> out.append("  obligation: ").append(o).append('\n'));
    out.append("  trigger:\n").append(trigger.render("    "));
    out.append("  activation:\n").append(activation.render("    "));
    contributionCondition.ifPresent(
        t -> out.append("  contribution condition:\n").append(t.render("    ")));
    for (Cause c : causes) {
      if (c instanceof Cause.NeedsEvents n) {
        out.append("  missing: ").append(formatMissing(n)).append('\n');
      }
    }
    for (String o : obstacles()) {
      out.append("  obstacle: ").append(o).append('\n');
    }
    return out.toString();
  }
}

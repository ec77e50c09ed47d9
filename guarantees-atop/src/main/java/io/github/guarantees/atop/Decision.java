package io.github.guarantees.atop;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's decision on one alliance–war pair: whether the casus foederis was met, the pledge
 * that made it so (the first to fire) and its explanation, or, if it was not met, the explanation
 * of the pledge that came closest.
 *
 * @param atopId the alliance's ATOP id
 * @param warId the war's number
 * @param met whether the casus foederis was met
 * @param pledgeId the deciding pledge: the first to fire if met, else the one explained; empty if
 *     the alliance has no pledge that could decide
 * @param at when the deciding pledge first fired (met), or the instant it is explained at
 * @param status the deciding pledge's status at that instant
 * @param explanation the evaluator's explanation of the deciding pledge, if any
 * @param assumptions the assumptions the deciding pledge rests on
 */
public record Decision(
    int atopId,
    int warId,
    boolean met,
    Optional<String> pledgeId,
    Optional<Instant> at,
    Optional<Status> status,
    Optional<Explanation> explanation,
    ImmutableSet<Assumption> assumptions) {
  /**
   * Creates the record, checking that no component is null.
   *
   * @param atopId see the record's description
   * @param warId see the record's description
   * @param met see the record's description
   * @param pledgeId see the record's description
   * @param at see the record's description
   * @param status see the record's description
   * @param explanation see the record's description
   * @param assumptions see the record's description
   * @throws NullPointerException if a component is null
   */
  public Decision {
    Objects.requireNonNull(pledgeId, "pledgeId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(assumptions, "assumptions");
  }

  /**
   * Returns the pair's key, {@code atopid:warid}.
   *
   * @return the key
   */
  public String key() {
    return atopId + ":" + warId;
  }

  /**
   * Returns the decision's reason in one line: the deciding pledge, its status and the evaluator's
   * reason.
   *
   * @return the reason
   */
  public String reason() {
    if (pledgeId.isEmpty()) {
      return "no defence, offence or neutrality pledge could decide";
    }
    return pledgeId.get()
        + " "
        + status.map(s -> s.name()).orElse("")
        + at.map(i -> " on " + i.toString().substring(0, 10)).orElse("")
        + explanation.map(e -> ": " + e.reason()).orElse("");
  }
}

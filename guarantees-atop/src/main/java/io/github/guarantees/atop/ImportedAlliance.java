package io.github.guarantees.atop;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.model.Agreement;
import java.util.Objects;

/**
 * An ATOP alliance imported as an agreement, with what the importer could not represent and the
 * assumptions each pledge rests on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportedAlliance {
  private final AtopData.Alliance alliance;
  private final Agreement agreement;
  private final ImmutableSet<Limitation> limitations;
  private final ImmutableMap<String, ImmutableSet<Assumption>> assumptions;
  private final ImmutableSet<Assumption> switchedOn;

  ImportedAlliance(
      AtopData.Alliance alliance,
      Agreement agreement,
      ImmutableSet<Limitation> limitations,
      ImmutableMap<String, ImmutableSet<Assumption>> assumptions,
      ImmutableSet<Assumption> switchedOn) {
    this.alliance = alliance;
    this.agreement = agreement;
    this.limitations = limitations;
    this.assumptions = assumptions;
    this.switchedOn = switchedOn;
  }

  /**
   * Returns the alliance as read.
   *
   * @return the alliance
   */
  public AtopData.Alliance alliance() {
    return alliance;
  }

  /**
   * Returns the agreement.
   *
   * @return the agreement
   */
  public Agreement agreement() {
    return agreement;
  }

  /**
   * Returns what the alliance's rows say that the model could not represent as data.
   *
   * @return the limitations, empty if none
   */
  public ImmutableSet<Limitation> limitations() {
    return limitations;
  }

  /**
   * Returns the assumptions a pledge rests on.
   *
   * @param pledgeId the pledge's id, not null
   * @return the assumptions, empty if none or if the agreement has no such pledge
   * @throws NullPointerException if pledgeId is null
   */
  public ImmutableSet<Assumption> assumptions(String pledgeId) {
    Objects.requireNonNull(pledgeId, "pledgeId");
    return assumptions.getOrDefault(pledgeId, ImmutableSet.of());
  }

  /**
   * Returns the assumptions the import was made with.
   *
   * @return the assumptions switched on
   */
  public ImmutableSet<Assumption> switchedOn() {
    return switchedOn;
  }
}

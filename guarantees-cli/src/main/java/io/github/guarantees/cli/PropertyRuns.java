package io.github.guarantees.cli;

import io.github.guarantees.analysis.Analysis;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.PropertyVisitor;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.io.NamedProperty;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a property against an agreement for {@code analyse} and {@code compare --property}: a
 * property that chooses no pledge or contribution of the agreement is not checked (a proof of it
 * would say nothing) but reported as selecting nothing.
 */
final class PropertyRuns {
  private PropertyRuns() {}

  /**
   * Checks a property that names only what the agreement has.
   *
   * @return the finding, its verdict empty if the property selects nothing
   */
  static AnalysisReports.Finding run(Agreement agreement, NamedProperty p, Budget budget) {
    Optional<Verdict> verdict =
        selectsSomething(agreement, p.property())
            ? Optional.of(Analysis.check(agreement, p.property(), budget))
            : Optional.empty();
    return new AnalysisReports.Finding(p, agreement, verdict, List.of(), Optional.empty());
  }

  /**
   * Checks a property against an instrument that may not share all its vocabulary: the triggers the
   * property names and the instrument does not declare are added to a copy of it, with no pledge
   * reading them (the instrument ignores such events, as {@code compare} does); an item the
   * instrument does not have selects nothing.
   */
  static AnalysisReports.Finding across(Agreement instrument, NamedProperty p, Budget budget) {
    List<String> missing = new ArrayList<>();
    for (String t : triggers(p.property())) {
      if (!instrument.triggersById().containsKey(t)) {
        missing.add(t);
      }
    }
    Agreement asked = instrument;
    if (!missing.isEmpty()) {
      Agreement.Builder b = Agreement.builder().from(instrument);
      for (String t : missing) {
        b.addTrigger(t, "read by the property only: " + instrument.id() + " declares no " + t);
      }
      asked = b.build();
    }
    Optional<Verdict> verdict = Optional.empty();
    if (selectsSomething(asked, p.property())) {
      verdict = Optional.of(Analysis.check(asked, p.property(), budget));
    }
    return new AnalysisReports.Finding(p, instrument, verdict, missing, Optional.empty());
  }

  /** The triggers a property's conditions and patterns name. */
  static Set<String> triggers(Property property) {
    Set<String> out = new LinkedHashSet<>();
    property.accept(
        new PropertyVisitor<Boolean>() {
          @Override
          public Boolean neverActiveUnless(Property.NeverActiveUnless p) {
            return out.addAll(p.condition().triggers());
          }

          @Override
          public Boolean respondsWithin(Property.RespondsWithin p) {
            out.addAll(p.trigger().triggers());
            p.after().map(Condition::triggers).ifPresent(out::addAll);
            return true;
          }

          @Override
          public Boolean neverTogether(Property.NeverTogether p) {
            return false;
          }

          @Override
          public Boolean canFire(Property.CanFire p) {
            p.after().map(Condition::triggers).ifPresent(out::addAll);
            return true;
          }

          @Override
          public Boolean always(Property.Always p) {
            return false;
          }

          @Override
          public Boolean readingsAgree(Property.ReadingsAgree p) {
            return false;
          }
        });
    return out;
  }

  /**
   * Whether each selector of the property chooses something, each item exists and the reading it
   * compares (if any) is one of the agreement's.
   */
  static boolean selectsSomething(Agreement agreement, Property property) {
    return property.accept(
        new PropertyVisitor<Boolean>() {
          @Override
          public Boolean neverActiveUnless(Property.NeverActiveUnless p) {
            return some(p.selector());
          }

          @Override
          public Boolean respondsWithin(Property.RespondsWithin p) {
            return some(p.selector());
          }

          @Override
          public Boolean neverTogether(Property.NeverTogether p) {
            return some(p.first()) && some(p.second());
          }

          @Override
          public Boolean canFire(Property.CanFire p) {
            return exists(p.item());
          }

          @Override
          public Boolean always(Property.Always p) {
            return exists(p.item());
          }

          @Override
          public Boolean readingsAgree(Property.ReadingsAgree p) {
            return agreement.readingNames().contains(p.reading()) && some(p.selector());
          }

          private boolean some(Selector s) {
            return !s.select(agreement).isEmpty();
          }

          private boolean exists(Item item) {
            for (Pledge p : agreement.instances()) {
              if (p.id().equals(item.pledge())) {
                return item.party().isEmpty() || p.contribution(item.party().get()).isPresent();
              }
            }
            return false;
          }
        });
  }
}

package io.github.clsante.cls.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The follow-up of the contract (French: <i>suivi</i>): activity and financial reports, programmings and
 * evaluations.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface FollowUp {

  /** @return the annual activity reports */
  List<AnnualReport> activityReports();

  /** @return the annual financial reports */
  List<AnnualReport> financialReports();

  /** @return the programmings */
  List<Programming> programmings();

  /** @return the evaluations */
  List<Evaluation> evaluations();

  /** @return a follow-up with nothing recorded */
  static FollowUp none() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableFollowUp.Builder builder() {
    return ImmutableFollowUp.builder();
  }
}

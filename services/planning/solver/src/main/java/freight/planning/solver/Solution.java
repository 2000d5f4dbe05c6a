package freight.planning.solver;

import java.util.List;

/** The answer: each used vehicle's jobs in visiting order, and the jobs no vehicle could take. */
record Solution(
    double cost,
    List<Route> routes,
    List<String> unassigned,
    long solveMillis,
    String solver) {

  record Route(String vehicleId, List<Visit> visits) {}

  /** A job on a route with the solver's own arrival and departure times (the caller may recompute). */
  record Visit(String jobId, double arrival, double departure) {}
}

package freight.planning.solver;

import java.util.List;

/**
 * A routing problem in the solver-neutral JSON format (docs/decisions/0090): locations are
 * indexes into the distance and duration matrices; capacities and demands are integer vectors of
 * the same dimensions (the caller chooses the units: kg and dm³ for the service); times are
 * seconds on one axis the caller chooses (seconds after the plan day's midnight for the service).
 */
record Problem(
    long timeLimitMs,
    Integer maxIterations,
    Integer threads,
    Long randomSeed,
    Boolean unlimitedFleet,
    Double unservedPenalty,
    double[][] distances,
    double[][] durations,
    List<Vehicle> vehicles,
    List<Job> jobs) {

  record Vehicle(
      String id,
      int start,
      Integer end,
      int[] capacity,
      Double earliestStart,
      Double latestArrival,
      List<String> skills,
      Double fixedCost,
      Double costPerDistance,
      Double costPerTime) {}

  /**
   * `pickup`: loaded at its location and carried to the end depot; `delivery`: loaded at the
   * start depot and unloaded at its location (jsprit's Pickup and Delivery).
   */
  record Job(
      String id,
      int location,
      String kind,
      int[] demand,
      Double serviceTime,
      List<double[]> windows,
      List<String> skills,
      String vehicleId) {}
}

package freight.planning.solver;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Delivery;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Pickup;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.FastVehicleRoutingTransportCostsMatrix;
import com.graphhopper.jsprit.core.util.Solutions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Translates the neutral problem into jsprit's model, searches within the time limit, and back. */
final class JspritSolver {
  static final String NAME = "jsprit-core 1.8";

  Solution solve(Problem problem) {
    long started = System.currentTimeMillis();
    ProblemCheck.check(problem);
    Location[] locations = locations(problem.distances().length);
    VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance();
    builder.setRoutingCost(costs(problem));
    builder.setFleetSize(
        Boolean.TRUE.equals(problem.unlimitedFleet())
            ? VehicleRoutingProblem.FleetSize.INFINITE
            : VehicleRoutingProblem.FleetSize.FINITE);
    for (Problem.Vehicle vehicle : problem.vehicles()) builder.addVehicle(vehicle(vehicle, locations));
    for (Problem.Job job : problem.jobs()) builder.addJob(job(job, locations));
    VehicleRoutingProblem vrp = builder.build();

    VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm(problem, vrp).searchSolutions());
    return answer(best, System.currentTimeMillis() - started);
  }

  private static Location[] locations(int count) {
    Location[] locations = new Location[count];
    for (int i = 0; i < count; i++)
      locations[i] = Location.Builder.newInstance().setIndex(i).setId(Integer.toString(i)).build();
    return locations;
  }

  private static FastVehicleRoutingTransportCostsMatrix costs(Problem problem) {
    double[][] distances = problem.distances();
    double[][] durations = problem.durations();
    int n = distances.length;
    FastVehicleRoutingTransportCostsMatrix.Builder matrix =
        FastVehicleRoutingTransportCostsMatrix.Builder.newInstance(n, false);
    for (int from = 0; from < n; from++)
      for (int to = 0; to < n; to++)
        matrix.addTransportTimeAndDistance(
            from, to, durations == null ? 0 : durations[from][to], distances[from][to]);
    return matrix.build();
  }

  private static VehicleImpl vehicle(Problem.Vehicle v, Location[] locations) {
    VehicleTypeImpl.Builder type = VehicleTypeImpl.Builder.newInstance("type:" + v.id());
    for (int d = 0; d < v.capacity().length; d++) type.addCapacityDimension(d, v.capacity()[d]);
    type.setFixedCost(orZero(v.fixedCost()));
    type.setCostPerDistance(v.costPerDistance() == null ? 1 : v.costPerDistance());
    type.setCostPerTransportTime(orZero(v.costPerTime()));
    type.setCostPerWaitingTime(0);
    VehicleImpl.Builder vehicle =
        VehicleImpl.Builder.newInstance(v.id())
            .setType(type.build())
            .setStartLocation(locations[v.start()])
            .setEndLocation(locations[v.end() == null ? v.start() : v.end()]);
    if (v.earliestStart() != null) vehicle.setEarliestStart(v.earliestStart());
    if (v.latestArrival() != null) vehicle.setLatestArrival(v.latestArrival());
    if (v.skills() != null) for (String skill : v.skills()) vehicle.addSkill(skill);
    // a stop pinned to this vehicle requires its own skill (Problem.Job.vehicleId)
    vehicle.addSkill(pinSkill(v.id()));
    return vehicle.build();
  }

  private static Service job(Problem.Job j, Location[] locations) {
    Service.Builder<? extends Service> job =
        "pickup".equals(j.kind()) ? Pickup.Builder.newInstance(j.id()) : Delivery.Builder.newInstance(j.id());
    job.setLocation(locations[j.location()]);
    for (int d = 0; d < j.demand().length; d++) job.addSizeDimension(d, j.demand()[d]);
    if (j.serviceTime() != null) job.setServiceTime(j.serviceTime());
    if (j.windows() != null) for (double[] w : j.windows()) job.addTimeWindow(w[0], w[1]);
    if (j.skills() != null) for (String skill : j.skills()) job.addRequiredSkill(skill);
    if (j.vehicleId() != null) job.addRequiredSkill(pinSkill(j.vehicleId()));
    return job.build();
  }

  private static String pinSkill(String vehicleId) {
    return ("pin:" + vehicleId).toLowerCase(Locale.ROOT);
  }

  private static VehicleRoutingAlgorithm algorithm(Problem problem, VehicleRoutingProblem vrp) {
    Jsprit.Builder builder = Jsprit.Builder.newInstance(vrp);
    builder.setProperty(
        Jsprit.Parameter.THREADS, Integer.toString(problem.threads() == null ? 1 : problem.threads()));
    if (problem.randomSeed() != null) builder.setRandom(new Random(problem.randomSeed()));
    if (problem.unservedPenalty() != null)
      builder.setObjectiveFunction(objective(vrp, problem.unservedPenalty()));
    VehicleRoutingAlgorithm algorithm = builder.buildAlgorithm();
    algorithm.setMaxIterations(
        problem.maxIterations() == null ? Integer.MAX_VALUE : problem.maxIterations());
    TimeTermination termination = new TimeTermination(problem.timeLimitMs());
    algorithm.addTerminationCriterion(termination);
    algorithm.addListener(termination);
    return algorithm;
  }

  /** Routes' fixed and distance costs, plus the penalty for each job left unserved (R40). */
  private static SolutionCostCalculator objective(VehicleRoutingProblem vrp, double penalty) {
    return solution -> {
      double costs = 0;
      for (VehicleRoute route : solution.getRoutes()) {
        costs += route.getVehicle().getType().getVehicleCostParams().fix;
        TourActivity previous = route.getStart();
        for (TourActivity activity : route.getActivities()) {
          costs += leg(vrp, route, previous, activity);
          previous = activity;
        }
        costs += leg(vrp, route, previous, route.getEnd());
      }
      return costs + penalty * solution.getUnassignedJobs().size();
    };
  }

  private static double leg(
      VehicleRoutingProblem vrp, VehicleRoute route, TourActivity from, TourActivity to) {
    return vrp.getTransportCosts()
        .getTransportCost(
            from.getLocation(), to.getLocation(), from.getEndTime(), route.getDriver(), route.getVehicle());
  }

  private static Solution answer(VehicleRoutingProblemSolution best, long millis) {
    List<Solution.Route> routes = new ArrayList<>();
    for (VehicleRoute route : best.getRoutes()) {
      List<Solution.Visit> visits = new ArrayList<>();
      for (TourActivity activity : route.getActivities())
        if (activity instanceof TourActivity.JobActivity jobActivity)
          visits.add(
              new Solution.Visit(
                  jobActivity.getJob().getId(), activity.getArrTime(), activity.getEndTime()));
      if (!visits.isEmpty()) routes.add(new Solution.Route(route.getVehicle().getId(), visits));
    }
    List<String> unassigned = new ArrayList<>();
    for (Job job : best.getUnassignedJobs()) unassigned.add(job.getId());
    return new Solution(best.getCost(), routes, unassigned, millis, NAME);
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}

package freight.planning.solver;

import java.util.HashSet;
import java.util.Set;

/** Refuses a malformed problem with a message naming the field, before jsprit sees it. */
final class ProblemCheck {
  private ProblemCheck() {}

  static void check(Problem p) {
    require(p != null, "problem: missing");
    require(p.timeLimitMs() > 0, "timeLimitMs: must be positive");
    require(p.distances() != null && p.distances().length > 0, "distances: missing");
    int n = p.distances().length;
    for (double[] row : p.distances()) require(row.length == n, "distances: not square");
    if (p.durations() != null) {
      require(p.durations().length == n, "durations: not the size of distances");
      for (double[] row : p.durations()) require(row.length == n, "durations: not square");
    }
    require(p.vehicles() != null && !p.vehicles().isEmpty(), "vehicles: none");
    require(p.jobs() != null, "jobs: missing");
    Set<String> vehicleIds = new HashSet<>();
    int dimensions = p.vehicles().get(0).capacity() == null ? 0 : p.vehicles().get(0).capacity().length;
    for (Problem.Vehicle v : p.vehicles()) {
      require(v.id() != null && vehicleIds.add(v.id()), "vehicles[].id: missing or repeated");
      require(inRange(v.start(), n) && (v.end() == null || inRange(v.end(), n)),
          "vehicles[" + v.id() + "]: location outside the matrix");
      require(v.capacity() != null && v.capacity().length == dimensions,
          "vehicles[" + v.id() + "].capacity: every vehicle needs the same dimensions");
    }
    Set<String> jobIds = new HashSet<>();
    for (Problem.Job j : p.jobs()) {
      require(j.id() != null && jobIds.add(j.id()), "jobs[].id: missing or repeated");
      require(inRange(j.location(), n), "jobs[" + j.id() + "].location: outside the matrix");
      require("pickup".equals(j.kind()) || "delivery".equals(j.kind()),
          "jobs[" + j.id() + "].kind: pickup or delivery");
      require(j.demand() != null && j.demand().length == dimensions,
          "jobs[" + j.id() + "].demand: the vehicles' dimensions");
      require(j.vehicleId() == null || vehicleIds.contains(j.vehicleId()),
          "jobs[" + j.id() + "].vehicleId: no such vehicle");
      if (j.windows() != null)
        for (double[] w : j.windows())
          require(w.length == 2 && w[0] <= w[1], "jobs[" + j.id() + "].windows: [from, to]");
    }
  }

  private static boolean inRange(int index, int n) {
    return index >= 0 && index < n;
  }

  private static void require(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }
}

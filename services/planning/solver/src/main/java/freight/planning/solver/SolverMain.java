package freight.planning.solver;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The helper's protocol: one JSON request per line on stdin, `{"id": "...", "problem": {...}}`,
 * one JSON answer per line on stdout, `{"id": "...", "ok": true, "solution": {...}}` or
 * `{"id": "...", "ok": false, "error": "..."}`. The first line it writes is
 * `{"ready": true, "solver": "..."}`. Requests are solved one after another; the process ends
 * when stdin closes. Nothing else is ever written to stdout.
 */
public final class SolverMain {
  private SolverMain() {}

  public static void main(String[] args) throws Exception {
    Gson gson = new Gson();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    // jsprit or a library printing to System.out would corrupt the protocol: send it to stderr
    System.setOut(System.err);
    JspritSolver solver = new JspritSolver();
    out.println("{\"ready\":true,\"solver\":\"" + JspritSolver.NAME + "\"}");
    out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      out.println(answer(gson, solver, line));
      out.flush();
    }
  }

  static String answer(Gson gson, JspritSolver solver, String line) {
    JsonObject reply = new JsonObject();
    try {
      JsonObject request = JsonParser.parseString(line).getAsJsonObject();
      if (request.has("id")) reply.add("id", request.get("id"));
      Problem problem = gson.fromJson(request.get("problem"), Problem.class);
      Solution solution = solver.solve(problem);
      reply.addProperty("ok", true);
      reply.add("solution", gson.toJsonTree(solution));
    } catch (RuntimeException e) {
      reply.addProperty("ok", false);
      reply.addProperty("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return gson.toJson(reply);
  }
}

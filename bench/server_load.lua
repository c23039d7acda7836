-- wrk script for bench/run_server_load.sh: every request POSTs the bundled
-- article (CHRONICLE_ARTICLE) to /annotate; done() prints the figures the
-- script records, one "name value" per line.
local path = os.getenv("CHRONICLE_ARTICLE") or "examples/harbour-talks.txt"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.path = "/annotate?date=2025-02-12&tz=America/Toronto"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("seconds %.1f\n", summary.duration / 1e6))
  io.write(string.format("requests_per_s %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s_ms %.2f\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms %.2f\n", latency.max / 1000))
  io.write(string.format("errors_connect %d\nerrors_read %d\nerrors_write %d\nerrors_status %d\nerrors_timeout %d\n",
                         e.connect, e.read, e.write, e.status, e.timeout))
end

-- wrk script for bench/dashboard-benchmark.sh (issue 9 point 5): GET the procurement dashboard with many logged-in
-- sessions instead of one shared cookie, check every answer, and print the exact p95.
--
--   wrk -t2 -c50 -d60s --latency -s bench/dashboard.lua http://localhost:8080/app/home.xhtml -- <sessions file> <threads>
--
-- Arguments after "--": the sessions file (one JSESSIONID value a line, written by DashboardBenchmark; default
-- ear/target/dashboard-sessions.txt) and the number of wrk threads (default 2; must equal -t, lua cannot see it).
--
-- Sessions: every wrk thread has a lua state of its own. setup() (main state) numbers the threads 1, 2, ...; thread n
-- takes the n-th slice of the file (-t2 with 50 sessions: thread 1 sessions 1-25, thread 2 sessions 26-50) and its
-- request() goes round the slice, one session after the other. wrk tells request() nothing about the connection, so a
-- session is not pinned to a connection; with as many sessions in a slice as the thread has connections (-c50 -t2: 25),
-- consecutive requests of a thread use different sessions, and a session has at most one request in flight unless one
-- of its requests is still outstanding when its turn comes round again 25 requests later.
--
-- Checks: response() counts answers that are not 200 (wrk itself counts only status > 399, so a redirect to the login
-- page, which answers fast, would go unnoticed) and 200s whose body lacks "procurementDashboard" (a plain find; at the
-- few hundred requests per second a JSF page allows, the cost to wrk is small). done() (main state) adds the threads'
-- counters up through thread:get and prints them with the exact p95 from wrk's latency histogram.

local marker = "procurementDashboard"

-- main state: the threads, for setup() and done()
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

-- thread states

function init(args)
   local file = args[1] or "ear/target/dashboard-sessions.txt"
   local thread_count = tonumber(args[2] or "2")
   local all = {}
   local f = assert(io.open(file, "r"), "cannot read the sessions file " .. file)
   for line in f:lines() do
      line = line:gsub("%s+$", "")
      if line ~= "" then
         table.insert(all, line)
      end
   end
   f:close()

   local size = math.ceil(#all / thread_count)
   local first = (id - 1) * size + 1
   local last = math.min(id * size, #all)
   if first > last then
      error(string.format("thread %d has no session: %d sessions for %d threads in %s", id, #all, thread_count, file))
   end

   prepared = {}
   for i = first, last do
      table.insert(prepared, wrk.format("GET", wrk.path, {
         ["Cookie"] = "JSESSIONID=" .. all[i],
         ["Accept"] = "text/html",
      }))
   end
   sessions = #prepared
   first_session = first
   last_session = last
   turn = 0
   non_200 = 0
   without_marker = 0
end

function request()
   turn = turn % sessions + 1
   return prepared[turn]
end

function response(status, headers, body)
   if status ~= 200 then
      non_200 = non_200 + 1
   elseif not string.find(body, marker, 1, true) then
      without_marker = without_marker + 1
   end
end

-- main state again, after the run

function done(summary, latency, requests)
   local non_200, without_marker = 0, 0
   for _, thread in ipairs(threads) do
      non_200 = non_200 + thread:get("non_200")
      without_marker = without_marker + thread:get("without_marker")
      io.write(string.format("  thread %d: sessions %d-%d\n", thread:get("id"), thread:get("first_session"),
         thread:get("last_session")))
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("p95 %.2f ms (exact, from wrk's latency histogram)\n", latency:percentile(95.0) / 1000))
   io.write(string.format("dashboard-lua: p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d rps=%.2f"
      .. " non_200=%d without_marker=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
      latency:percentile(50.0) / 1000, latency:percentile(90.0) / 1000, latency:percentile(95.0) / 1000,
      latency:percentile(99.0) / 1000, latency.max / 1000, summary.requests, summary.requests / seconds,
      non_200, without_marker, e.connect, e.read, e.write, e.status, e.timeout))
end

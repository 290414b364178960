-- wrk reporter: one machine-readable line with the percentiles the goals are stated in.
-- With DISTINCT=1 every request asks for a different date filter, so no answer comes from the cache.
local counter = 0
local distinct = os.getenv("DISTINCT") == "1"

request = function()
  if not distinct then return wrk.format(nil, wrk.path) end
  counter = counter + 1
  local day = os.date("!%Y-%m-%d", 1645660800 + (counter % 1700) * 86400)
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "to=" .. day .. "&n=" .. counter .. "-" .. math.random(1, 1000000))
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end

-- wrk's figures for one page as one JSON line, which crimex_portal/benchmark/load.py reads.
-- Latencies in microseconds, as wrk measures them. "status" counts answers of 400 and above.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK-REPORT {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, '
      .. '"max_us": %d, "errors": {"connect": %d, "read": %d, "write": %d, "status": %d, '
      .. '"timeout": %d}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency.max,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout
  ))
end

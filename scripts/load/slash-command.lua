-- wrk script: POSTs one correctly signed `/where-ai` slash command, again and again.
-- The runner signs the body once (v0 = HMAC-SHA256 of "v0:{ts}:{body}", valid for 5 minutes) and passes
-- body, timestamp and signature in SLACK_BODY, SLACK_TS and SLACK_SIG.
-- done() prints one RESULT line the runner parses (latencies in microseconds).
wrk.method = "POST"
wrk.body = os.getenv("SLACK_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("SLACK_TS")
wrk.headers["X-Slack-Signature"] = os.getenv("SLACK_SIG")

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    "RESULT requests=%d ok=%d seconds=%.3f p50_us=%d p99_us=%d p999_us=%d max_us=%d errors=%d non2xx=%d timeouts=%d\n",
    summary.requests + e.timeout, summary.requests - e.status, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max,
    errors, e.status, e.timeout))
end

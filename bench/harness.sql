-- bench/harness.sql — helpers of the benchmark, created in schema bench of
-- the throwaway benchmark cluster (never in a user database).

CREATE SCHEMA IF NOT EXISTS bench;

-- Peak resident set size of this backend so far (VmHWM, kB).  Each
-- measurement runs in a fresh connection, so the value read after a query is
-- that query's peak (plus the ~15 MB of an idle backend and the shared
-- buffers pages it touched: compare with the md5 reference, which touches
-- the same pages).
CREATE FUNCTION bench.peak_rss_kb() RETURNS bigint
LANGUAGE sql VOLATILE
AS $$
	SELECT substring(pg_catalog.pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::bigint
$$;

-- Run one query, discard its result; return the wall-clock seconds it took
-- and the backend's peak RSS afterwards.
CREATE FUNCTION bench.run(query text, OUT seconds float8, OUT peak_rss_kb bigint)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
	t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	EXECUTE query;
	seconds := extract(epoch FROM clock_timestamp() - t0);
	peak_rss_kb := bench.peak_rss_kb();
END
$$;

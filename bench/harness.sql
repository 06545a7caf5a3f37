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

-- CPU seconds (user + system) used by this backend so far: the run time the
-- scheduler counts in nanoseconds (first field of /proc/self/schedstat) where
-- the kernel keeps it, else fields 14 and 15 of /proc/self/stat, in clock
-- ticks of 1/100 s (USER_HZ on Linux), 3 % of a 0.3 s query.  The
-- benchmark's rates use CPU time, which other processes on a shared machine
-- disturb far less than wall-clock time.
CREATE FUNCTION bench.cpu_seconds() RETURNS float8
LANGUAGE sql VOLATILE
AS $$
	SELECT coalesce(
		split_part(pg_catalog.pg_read_file('/proc/self/schedstat', 0, 200, true), ' ', 1)::bigint / 1e9,
		(SELECT (split_part(f, ' ', 12)::bigint + split_part(f, ' ', 13)::bigint) / 100.0
		 FROM (SELECT regexp_replace(pg_catalog.pg_read_file('/proc/self/stat'), '^.*\) ', '') AS f) AS stat))
$$;

-- Run one query, discard its result; return the wall-clock and CPU seconds it
-- took and the backend's peak RSS afterwards.
CREATE FUNCTION bench.run(query text, OUT wall_seconds float8, OUT cpu_seconds float8,
	OUT peak_rss_kb bigint)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
	t0 timestamptz;
	c0 float8;
BEGIN
	t0 := clock_timestamp();
	c0 := bench.cpu_seconds();
	EXECUTE query;
	cpu_seconds := bench.cpu_seconds() - c0;
	wall_seconds := extract(epoch FROM clock_timestamp() - t0);
	peak_rss_kb := bench.peak_rss_kb();
END
$$;

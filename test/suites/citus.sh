#!/usr/bin/env bash
# test/suites/citus.sh — frnews on Citus gives the answers of one node.
#
# Builds Citus once per machine ($FRNEWS_SHARED/citus/build.sh, cached), starts
# a coordinator and two workers ($FRNEWS_SHARED/citus/cluster.sh), creates
# frnews at 0.5.0, loads 10,000 articles of the shared corpus twice on the
# coordinator: a plain table (the single-node answer) and a distributed one
# (hash on id, 32 shards on the two workers and the coordinator), both with
# generated columns of IMMUTABLE functions; updates frnews to the current
# version on the cluster; distributes the user dictionary; then compares
# every query below on both tables by a hash of its result rows (rows that
# carry their order, e.g. a KNN rank, are compared in order).
#
# The cluster runs the system PostgreSQL 15, so frnews is installed into the
# system tree even when FRNEWS_STAGE is set (Citus's cluster script cannot
# use a private copy).  FRNEWS_SHARED (default ../shared, relative to the
# repository) locates the shared folder.  Last line: "citus: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/pgenv.sh
SHARED=${FRNEWS_SHARED:-../shared}
CORPUS=("$SHARED/corpus/orangesum_fr.part1.jsonl.gz" "$SHARED/corpus/orangesum_fr.part2.jsonl.gz")
N_ARTICLES=${FRN_CITUS_ARTICLES:-10000}

PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $1${2:+: $2}"; }
finish() {
	echo "citus: $PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ]
	exit
}
if [ ! -x "$SHARED/citus/cluster.sh" ] || [ ! -r "${CORPUS[0]}" ]; then
	echo "citus: $SHARED/citus or the corpus is absent"
	echo "citus: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
[ "$(id -u)" -eq 0 ] || { fail "must run as root (builds Citus, starts the cluster)"; finish; }
T0=$(date +%s)

bash "$SHARED/citus/build.sh" || { fail "build Citus"; finish; }
FRNEWS_STAGE= frn_build_install || { fail "build and install frnews into the system server"; finish; }

CDIR=$(mktemp -d /tmp/frnews-citus.XXXXXX)
trap 'bash "$SHARED/citus/cluster.sh" stop "$CDIR"' EXIT
bash "$SHARED/citus/cluster.sh" start "$CDIR" >/dev/null || { fail "start the Citus cluster"; finish; }
export PGHOST=$CDIR PGPORT=56000 PGUSER=postgres PGDATABASE=postgres
psql_q() { psql -X -At -v ON_ERROR_STOP=1 -q "$@" 2>&1; }
ok "Citus cluster: coordinator and $(psql_q -c "SELECT count(*) FROM citus_get_active_worker_nodes()") workers"

# ------------------------------------------------------------------------
# frnews at 0.5.0, the articles (plain and distributed), a reference table.
GEN="norm_title text GENERATED ALWAYS AS (fr_normalize(title)) STORED,
	sig fr_sig GENERATED ALWAYS AS (fr_signature(body)) STORED"
out=$(psql_q <<SQL
CREATE EXTENSION frnews VERSION '0.5.0';
CREATE TABLE articles_local (id text PRIMARY KEY, title text, body text, $GEN);
CREATE TABLE articles (id text PRIMARY KEY, title text, body text, $GEN);
SET citus.shard_count = 32;
SELECT create_distributed_table('articles', 'id');
CREATE TABLE watch (surface text PRIMARY KEY, kind text NOT NULL);
SELECT create_reference_table('watch');
CREATE TABLE watch_local (LIKE watch);
SQL
) || { fail "create frnews 0.5.0 and the tables" "$out"; finish; }
python3 bench/load_corpus.py --limit "$N_ARTICLES" "${CORPUS[@]}" |
	psql_q -c "COPY articles_local (id, title, body) FROM STDIN" >/dev/null || { fail "load the corpus"; finish; }
out=$(psql_q -c "INSERT INTO articles (id, title, body) SELECT id, title, body FROM articles_local" \
	-c "INSERT INTO watch SELECT surface, kind FROM (SELECT DISTINCT ON (surface) surface, kind FROM articles_local,
		LATERAL fr_entities_builtin(body) ORDER BY surface, kind) s ORDER BY surface LIMIT 300" \
	-c "INSERT INTO watch_local SELECT * FROM watch" \
	-c "CREATE INDEX articles_sig_gin ON articles USING gin (sig)" \
	-c "CREATE INDEX articles_sig_flat ON articles USING fr_flat (sig)" \
	-c "CREATE INDEX articles_sig_gist ON articles USING gist (sig)" \
	-c "ANALYZE articles" -c "ANALYZE articles_local" \
	-c "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM articles_local) || ' ' || (SELECT count(*) FROM watch)")
if [ "$(tail -1 <<<"$out")" = "$N_ARTICLES $N_ARTICLES 300" ]; then
	ok "$N_ARTICLES articles distributed (32 shards) and on one node; reference table of 300 names; GIN, fr_flat, GiST indexes"
else
	fail "load the tables" "$out"
	finish
fi

# ------------------------------------------------------------------------
# ALTER EXTENSION frnews UPDATE on the cluster, with the tables in place.
out=$(psql_q -c "ALTER EXTENSION frnews UPDATE" \
	-c "SELECT extversion FROM pg_extension WHERE extname = 'frnews'" \
	-c "SELECT string_agg(result, ' ' ORDER BY nodeport) FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'frnews'\$\$)")
want=$(sed -n "s/^default_version = '\(.*\)'/\1/p" frnews.control)
if [ "$out" = "$want"$'\n'"$want $want" ]; then
	ok "ALTER EXTENSION frnews UPDATE: 0.5.0 -> $want on the coordinator and both workers"
else
	fail "ALTER EXTENSION frnews UPDATE" "$out"
	finish
fi
out=$(psql_q -c "SELECT fr_dictionary_distribute()" -c "SELECT fr_dictionary_distribute()" \
	-c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid = 'fr_dictionary'::regclass")
[ "$(tail -1 <<<"$out")" = n ] && ok "fr_dictionary_distribute(): fr_dictionary is a reference table (twice: no error)" ||
	fail "fr_dictionary_distribute()" "$out"

# ------------------------------------------------------------------------
# same NAME QUERY [SETUP]: QUERY ({T} = the table, {W} = the watch table) has
# the same result rows on the distributed table as on the plain one.  The
# rows are hashed in the order of their text, so a query that must keep an
# order puts its rank in the rows.
rows_hash() {
	psql_q -c "${3:-SELECT 1}" -c "SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(r::text, E'\n' ORDER BY r::text)), '-')
		FROM (${1//\{T\}/$2}) r" | tail -1
}
same() {
	local name=$1 q=$2 setup=${3:-} a b
	q=${q//\{W\}/watch}
	a=$(rows_hash "$q" articles "$setup")
	b=$(rows_hash "${q//watch/watch_local}" articles_local "$setup")
	if [ "$a" = "$b" ] && [[ "$a" == *" rows, md5 "* ]] && [[ "$a" != "0 rows"* ]]; then
		ok "$name: $a"
	else
		fail "$name" "distributed: $a; one node: $b"
	fi
}

QUERIES=(
	"fr_tokens in LATERAL|SELECT id, t.* FROM {T} a, LATERAL fr_tokens(a.title) t"
	"fr_sentences in LATERAL (lead)|SELECT id, s.* FROM {T} a, LATERAL fr_sentences(left(a.body, 600)) s"
	"fr_normalize, fr_stem, fr_sig_words in SELECT|SELECT id, fr_normalize(title), fr_stem(split_part(title, ' ', 2)), fr_sig_words(title) FROM {T}"
	"generated columns (fr_normalize, fr_signature)|SELECT id, norm_title, sig, sig = fr_signature(body) FROM {T}"
	"fr_amounts in LATERAL|SELECT id, m.*, fr_money_value(m.amount), fr_money_currency(m.amount) FROM {T} a, LATERAL fr_amounts(a.body) m"
	"fr_amounts with the currency argument|SELECT id, m.amount FROM {T} a, LATERAL fr_amounts(a.body, 'CAD') m"
	"fr_percents in LATERAL|SELECT id, p.*, fr_percent_value(p.value) FROM {T} a, LATERAL fr_percents(a.body) p"
	"fr_number, fr_parse_money, fr_money, fr_percent in SELECT|SELECT id, fr_number(replace(fr_money_value(amount)::text, '.', ',')), fr_parse_money(amount::text), fr_money(12.5, 'EUR') * 2, fr_percent(length(id)) FROM {T} a, LATERAL fr_amounts(a.body) m WHERE surface ~ '^[0-9]'"
	"fr_entities in LATERAL|SELECT id, e.* FROM {T} a, LATERAL fr_entities(a.body) e"
	"fr_entities_builtin, fr_entity_keys|SELECT id, (SELECT count(*) FROM fr_entities_builtin(body)), fr_entity_keys(title) FROM {T}"
	"fr_annotate, fr_highlight (ids ending in 3)|SELECT id, fr_annotate(body), md5(fr_highlight(body)) FROM {T} WHERE id LIKE '%3'"
	"sum, avg, min, max over fr_money by currency (combine across nodes)|SELECT fr_money_currency(amount) c, sum(amount), avg(amount), min(amount), max(amount), count(*) FROM {T} a, LATERAL fr_amounts(a.body) m GROUP BY 1"
	"sum, avg, min, max over fr_percent (combine across nodes)|SELECT kind, sum(value), avg(value), min(value), max(value), count(*) FROM {T} a, LATERAL fr_percents(a.body) p GROUP BY kind"
	"fr_money aggregates without GROUP BY|SELECT sum(amount), min(amount), max(amount) FROM {T} a, LATERAL fr_amounts(a.body) m WHERE fr_money_currency(amount) = 'EUR'"
	"fr_money and fr_percent operators and ORDER BY|SELECT row_number() OVER (ORDER BY amount DESC, id, start) AS rank, id, amount, amount + amount, amount - amount, amount / 4 FROM {T} a, LATERAL fr_amounts(a.body) m WHERE fr_money_currency(amount) = 'EUR' ORDER BY amount DESC, id, start LIMIT 200"
	"fr_similarity, fr_related between articles|SELECT id, fr_similarity(sig, fr_signature(title)), fr_similarity(title, left(body, 300)), fr_related(sig, fr_signature(title), fr_entity_keys(body), fr_entity_keys(title)), fr_related(title, left(body, 300)) FROM {T} WHERE id LIKE '%1'"
	"join with the reference table (entities named in it)|SELECT a.id, w.surface, w.kind FROM {T} a, LATERAL fr_entities(a.body) e JOIN {W} w ON w.surface = e.surface"
	"fr_sig % (GIN, default threshold)|SELECT a.id FROM {T} a WHERE a.sig % (SELECT sig FROM articles_local ORDER BY id LIMIT 1)"
	"fr_sig % fr_sig_query (GIN, 0.3)|SELECT a.id, q.id FROM (SELECT id, sig FROM articles_local ORDER BY id LIMIT 5) q, {T} a WHERE a.sig % fr_sig_query(q.sig, 0.3)"
	"fr_signature GROUP BY (hash class): duplicates|SELECT sig, count(*) FROM {T} GROUP BY sig HAVING count(*) > 1"
)
QSIG=$(psql_q -c "SELECT sig FROM articles_local ORDER BY id OFFSET 7 LIMIT 1")
KNN_Q="WITH k AS (SELECT id, sig <-> '$QSIG'::fr_sig AS d FROM {T} ORDER BY sig <-> '$QSIG'::fr_sig LIMIT 25)
	SELECT array_agg(d ORDER BY d) AS distances, array_agg(id ORDER BY d, id) FILTER (WHERE d < (SELECT max(d) FROM k)) AS ids FROM k"
for q in "${QUERIES[@]}"; do same "${q%%|*}" "${q#*|}"; done

# KNN through each index on the shards, against a sequential scan on one node.
for idx in flat gist; do
	other=$([ $idx = flat ] && echo articles_sig_gist || echo articles_sig_flat)
	plan=$(psql_q -c "BEGIN" -c "DROP INDEX $other" -c "SET LOCAL citus.propagate_set_commands = local" \
		-c "SET LOCAL enable_seqscan = off" -c "SET LOCAL citus.explain_all_tasks = on" -c "EXPLAIN (COSTS OFF) ${KNN_Q//\{T\}/articles}" -c "ROLLBACK")
	n=$(grep -c "Index Scan using articles_sig_${idx}_[0-9]* on articles_[0-9]*" <<<"$plan")
	if [ "$n" -eq 32 ]; then ok "KNN plan: index articles_sig_$idx scanned on each of the 32 shards"; else fail "KNN plan with $idx" "$n shard index scans: $(grep -m3 -E 'Scan|Task' <<<"$plan" | tr '\n' ' ')"; fi
	a=$(psql_q -c "BEGIN" -c "DROP INDEX $other" -c "SET LOCAL citus.propagate_set_commands = local" \
		-c "SET LOCAL enable_seqscan = off" -c "${KNN_Q//\{T\}/articles}" -c "ROLLBACK")
	b=$(psql_q -c "${KNN_Q//\{T\}/articles_local}")
	if [ -n "$b" ] && [ "$a" = "$b" ]; then ok "KNN through $idx on the shards = seqscan on one node (25 nearest)"; else fail "KNN through $idx" "distributed: $a; one node: $b"; fi
done
for idx in gin; do
	plan=$(psql_q -c "BEGIN" -c "SET LOCAL citus.propagate_set_commands = local" -c "SET LOCAL citus.explain_all_tasks = on" \
		-c "SET LOCAL enable_seqscan = off" -c "EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE sig % '$QSIG'::fr_sig" -c "COMMIT")
	n=$(grep -c "Bitmap Index Scan on articles_sig_gin_[0-9]*" <<<"$plan")
	if [ "$n" -eq 32 ]; then ok "% plan: GIN index scanned on each of the 32 shards"; else fail "% plan with GIN" "$n: $(grep -m3 Scan <<<"$plan" | tr '\n' ' ')"; fi
done

# ------------------------------------------------------------------------
# Settings.  Citus sends SET LOCAL to the workers when
# citus.propagate_set_commands = local; a plain SET stays on the coordinator.
DOLLAR_Q="SELECT id, m.amount FROM {T} a, LATERAL fr_amounts(a.body) m WHERE m.surface ~ '\\\$|dollar'"
setting_check() {
	local name=$1 q=$2 set=$3 a b c
	a=$(psql_q -c "BEGIN" -c "SET LOCAL citus.propagate_set_commands = local" -c "SET LOCAL $set" -c "$(sed 's/{T}/articles/' <<<"SELECT count(*) || ' ' || md5(string_agg(r::text, ',' ORDER BY r::text)) FROM ($q) r")" -c "COMMIT")
	b=$(psql_q -c "SET $set" -c "$(sed 's/{T}/articles_local/' <<<"SELECT count(*) || ' ' || md5(string_agg(r::text, ',' ORDER BY r::text)) FROM ($q) r")")
	c=$(psql_q -c "$(sed 's/{T}/articles_local/' <<<"SELECT count(*) || ' ' || md5(string_agg(r::text, ',' ORDER BY r::text)) FROM ($q) r")")
	if [ "$a" = "$b" ] && [ "$b" != "$c" ]; then
		ok "$name: SET LOCAL (citus.propagate_set_commands = local) reaches the workers ($b; default: $c)"
	else
		fail "$name" "distributed $a, one node $b, default $c"
	fi
	a=$(psql_q -c "SET $set" -c "$(sed 's/{T}/articles/' <<<"SELECT count(*) || ' ' || md5(string_agg(r::text, ',' ORDER BY r::text)) FROM ($q) r")")
	echo "     (a plain SET $set on the coordinator: distributed $a — $([ "$a" = "$b" ] && echo carried || echo not carried))"
}
setting_check "frnews.dollar_currency" "$DOLLAR_Q" "frnews.dollar_currency = 'CAD'"
setting_check "frnews.similarity_threshold" "SELECT a.id FROM {T} a WHERE a.sig % (SELECT sig FROM articles_local ORDER BY id LIMIT 1 OFFSET 3)" \
	"frnews.similarity_threshold = 0.02"

# ------------------------------------------------------------------------
# Every type between nodes, in text and in binary: results computed on the
# workers, and values shipped from the coordinator into a distributed table
# (INSERT ... SELECT re-partitions by another column).
TYPES_Q="SELECT id, sig, fr_sig_query(sig, 0.4)::text, (SELECT array_agg(amount ORDER BY start) FROM fr_amounts(body, 'USD')) am,
	(SELECT array_agg(value ORDER BY start) FROM fr_percents(body)) pc FROM {T}"
for proto in off on; do
	same "every type worker -> coordinator, binary protocol $proto" "$TYPES_Q" "SET citus.enable_binary_protocol = $proto"
	out=$(psql_q -c "SET citus.enable_binary_protocol = $proto" -c "DROP TABLE IF EXISTS typed" \
		-c "CREATE TABLE typed (k int, id text, sig fr_sig, am fr_money[], pc fr_percent[], one fr_money, p fr_percent)" \
		-c "SELECT create_distributed_table('typed', 'k')" \
		-c "INSERT INTO typed SELECT length(id), id, sig, am, pc, am[1], pc[1] FROM (${TYPES_Q//\{T\}/articles}) s" \
		-c "SELECT count(*) FROM typed t JOIN (${TYPES_Q//\{T\}/articles_local}) s USING (id) WHERE t.sig = s.sig AND t.am IS NOT DISTINCT FROM s.am AND t.pc IS NOT DISTINCT FROM s.pc AND t.one IS NOT DISTINCT FROM s.am[1]" 2>&1)
	if [ "$(tail -1 <<<"$out")" = "$N_ARTICLES" ]; then
		ok "every type re-partitioned between nodes, binary protocol $proto: $N_ARTICLES rows equal"
	else
		fail "re-partition, binary protocol $proto" "$(tail -3 <<<"$out")"
	fi
done

# ------------------------------------------------------------------------
# The user dictionary: an entry made on the coordinator takes effect on every
# node from the next statement (issue 14: "Orange" NONE).
ORANGE_Q="SELECT id, e.start FROM {T} a, LATERAL fr_entities(a.body) e WHERE e.surface = 'Orange'"
n_before=$(psql_q -c "SELECT count(*) FROM (${ORANGE_Q//\{T\}/articles_local}) r")
same "Orange entities before the dictionary entry" "$ORANGE_Q"
out=$(psql_q -c "INSERT INTO fr_dictionary VALUES ('Orange', 'NONE')" \
	-c "SELECT count(*) FROM (${ORANGE_Q//\{T\}/articles}) r" -c "SELECT count(*) FROM (${ORANGE_Q//\{T\}/articles_local}) r")
if [ "$n_before" -gt 0 ] && [ "$(tail -2 <<<"$out" | tr '\n' ' ')" = "0 0 " ]; then
	ok "('Orange', 'NONE') inserted on the coordinator: 0 Orange entities distributed as on one node (were $n_before)"
else
	fail "('Orange', 'NONE') on every node" "before $n_before; after (distributed, one node): $(tail -2 <<<"$out" | tr '\n' ' ')"
fi
same "fr_entities with a dictionary entry" "SELECT id, e.* FROM {T} a, LATERAL fr_entities(a.body) e"
out=$(psql_q -c "BEGIN" -c "DELETE FROM fr_dictionary" -c "COMMIT" -c "SELECT count(*) FROM (${ORANGE_Q//\{T\}/articles}) r" \
	-c "INSERT INTO fr_dictionary VALUES ('Orange', 'NONE')" -c "SELECT count(*) FROM (${ORANGE_Q//\{T\}/articles}) r" \
	-c "TRUNCATE fr_dictionary" -c "SELECT count(*) FROM (${ORANGE_Q//\{T\}/articles}) r")
if [ "$(tr '\n' ' ' <<<"$out")" = "$n_before 0 $n_before " ]; then
	ok "dictionary DELETE in a transaction block, INSERT, TRUNCATE: seen by the workers from the next statement ($n_before, 0, $n_before)"
else
	fail "dictionary DELETE/ROLLBACK/TRUNCATE" "$(tr '\n' ' ' <<<"$out")"
fi

echo "     (citus suite: $(($(date +%s) - T0)) s)"
finish

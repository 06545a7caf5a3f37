-- ALTER EXTENSION frnews UPDATE from 0.1.0 to 0.2.0 in a fresh database:
-- the money and percentage objects appear, belong to the extension and
-- carry a comment.
SELECT current_database() AS regress_db \gset
CREATE DATABASE frn_upgrade;
\c frn_upgrade
CREATE EXTENSION frnews VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'frnews';
SELECT count(*) AS money_types FROM pg_type WHERE typname IN ('fr_money', 'fr_percent');
ALTER EXTENSION frnews UPDATE TO '0.2.0';
SELECT extversion FROM pg_extension WHERE extname = 'frnews';
SELECT classid::regclass AS catalog, count(*) AS objects
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
WHERE d.deptype = 'e' GROUP BY 1 ORDER BY 1::text;
-- every object of the extension has a comment
SELECT pg_describe_object(d.classid, d.objid, 0) AS without_comment
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
WHERE d.deptype = 'e' AND obj_description(d.objid, d.classid::regclass::text) IS NULL
ORDER BY 1;
SELECT '5,93 milliards de dollars'::fr_money AS m, '47 %'::fr_percent AS p,
       (SELECT count(*) FROM fr_amounts('10 € et 20 $')) AS amounts;
\c :regress_db
DROP DATABASE frn_upgrade;

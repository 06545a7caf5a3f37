-- test/sql/extension_objects.sql — every object of the extension frnews in
-- the current database with its full definition, one fact a line, sorted,
-- into the psql variable :objects (used by sql/packaging.sql to compare a
-- fresh install with an upgraded one).  OIDs differ from one database to the
-- other, so every reference is written by name (regtype, regprocedure, ...).
WITH m AS (
	SELECT d.classid, d.objid
	FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	WHERE d.refclassid = 'pg_extension'::regclass AND e.extname = 'frnews' AND d.deptype = 'e'
), lines(line) AS (
	SELECT 'extension ' || extname || ' ' || extversion || ' in ' || extnamespace::regnamespace
		|| ' relocatable ' || extrelocatable
		|| ' config ' || coalesce(extconfig::regclass[]::text, '-') || ' ' || coalesce(extcondition::text, '-')
	FROM pg_extension WHERE extname = 'frnews'
	UNION ALL
	SELECT 'member ' || pg_describe_object(m.classid, m.objid, 0) FROM m
	UNION ALL
	SELECT 'comment ' || pg_describe_object(c.classoid, c.objoid, c.objsubid) || ': ' || c.description
	FROM pg_description c JOIN m ON m.classid = c.classoid AND m.objid = c.objoid
	UNION ALL
	SELECT 'initial privileges ' || pg_describe_object(i.classoid, i.objoid, i.objsubid)
		|| ' ' || i.privtype::text || ' ' || i.initprivs::text
	FROM pg_init_privs i JOIN m ON m.classid = i.classoid AND m.objid = i.objoid
	UNION ALL
	-- functions: arguments, defaults, result, language, volatility,
	-- strictness, security, parallel safety, cost, rows, body or symbol
	SELECT 'function ' || pg_get_functiondef(p.oid) || ' acl ' || coalesce(p.proacl::text, '-')
	FROM pg_proc p JOIN m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
	WHERE p.prokind <> 'a'
	UNION ALL
	SELECT 'aggregate ' || a.aggfnoid::regprocedure || ' ' || jsonb_build_object(
		'kind', a.aggkind, 'direct_args', a.aggnumdirectargs,
		'sfunc', a.aggtransfn::regprocedure, 'finalfunc', a.aggfinalfn::regprocedure,
		'combinefunc', a.aggcombinefn::regprocedure, 'serialfunc', a.aggserialfn::regprocedure,
		'deserialfunc', a.aggdeserialfn::regprocedure, 'msfunc', a.aggmtransfn::regprocedure,
		'minvfunc', a.aggminvtransfn::regprocedure, 'mfinalfunc', a.aggmfinalfn::regprocedure,
		'finalextra', a.aggfinalextra, 'mfinalextra', a.aggmfinalextra,
		'finalmodify', a.aggfinalmodify, 'mfinalmodify', a.aggmfinalmodify,
		'sortop', a.aggsortop::regoperator, 'stype', a.aggtranstype::regtype,
		'sspace', a.aggtransspace, 'mstype', a.aggmtranstype::regtype,
		'msspace', a.aggmtransspace, 'initcond', a.agginitval, 'minitcond', a.aggminitval,
		'parallel', p.proparallel, 'strict', p.proisstrict, 'acl', p.proacl)
	FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
	JOIN m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
	UNION ALL
	-- types with their support functions (regproc columns print as names)
	SELECT 'type ' || t.oid::regtype || ' ' || (to_jsonb(t)
		- ARRAY['oid', 'typnamespace', 'typowner', 'typrelid', 'typelem', 'typarray',
				'typbasetype', 'typcollation']
		|| jsonb_build_object('elem', t.typelem::regtype, 'array', t.typarray::regtype,
			'basetype', t.typbasetype::regtype, 'collation', t.typcollation::regcollation))
	FROM pg_type t JOIN m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
	UNION ALL
	-- columns of composite types and tables
	SELECT 'column ' || a.attrelid::regclass || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
		|| ' #' || a.attnum || ' notnull ' || a.attnotnull
		|| ' default ' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '-')
		|| ' identity ' || a.attidentity::text || ' generated ' || a.attgenerated::text
		|| ' collation ' || coalesce(nullif(a.attcollation, 0)::regcollation::text, '-')
		|| ' acl ' || coalesce(a.attacl::text, '-')
	FROM pg_attribute a
	JOIN pg_class c ON c.oid = a.attrelid
	LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
	WHERE a.attnum > 0 AND NOT a.attisdropped
	  AND (c.oid IN (SELECT objid FROM m WHERE classid = 'pg_class'::regclass)
		   OR c.reltype IN (SELECT objid FROM m WHERE classid = 'pg_type'::regclass))
	UNION ALL
	SELECT 'operator ' || o.oid::regoperator || ' ' || (to_jsonb(o)
		- ARRAY['oid', 'oprnamespace', 'oprowner', 'oprleft', 'oprright', 'oprresult',
				'oprcom', 'oprnegate']
		|| jsonb_build_object('result', o.oprresult::regtype,
			'commutator', o.oprcom::regoperator, 'negator', o.oprnegate::regoperator))
	FROM pg_operator o JOIN m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid
	UNION ALL
	SELECT 'operator class ' || pg_describe_object('pg_opclass'::regclass, c.oid, 0)
		|| ' for ' || c.opcintype::regtype || ' default ' || c.opcdefault
		|| ' storage ' || c.opckeytype::regtype
		|| ' in ' || pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0)
	FROM pg_opclass c JOIN m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid
	UNION ALL
	-- operator family members, whichever object the member belongs to
	SELECT 'family member ' || pg_describe_object('pg_opfamily'::regclass, f.oid, 0)
		|| ': strategy ' || o.amopstrategy || ' ' || o.amopopr::regoperator
		|| ' (' || o.amoplefttype::regtype || ', ' || o.amoprighttype::regtype || ') purpose '
		|| o.amoppurpose::text || coalesce(' order by ' || pg_describe_object('pg_opfamily'::regclass, nullif(o.amopsortfamily, 0), 0), '')
	FROM pg_opfamily f JOIN pg_amop o ON o.amopfamily = f.oid
	JOIN m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid
	UNION ALL
	SELECT 'family member ' || pg_describe_object('pg_opfamily'::regclass, f.oid, 0)
		|| ': function ' || p.amprocnum || ' ' || p.amproc::regprocedure
		|| ' (' || p.amproclefttype::regtype || ', ' || p.amprocrighttype::regtype || ')'
	FROM pg_opfamily f JOIN pg_amproc p ON p.amprocfamily = f.oid
	JOIN m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid
	UNION ALL
	SELECT 'cast ' || format('(%s AS %s)', c.castsource::regtype, c.casttarget::regtype)
		|| ' function ' || coalesce(nullif(c.castfunc, 0)::regprocedure::text, '-')
		|| ' context ' || c.castcontext::text || ' method ' || c.castmethod::text
	FROM pg_cast c JOIN m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
	UNION ALL
	SELECT 'access method ' || a.amname || ' type ' || a.amtype::text || ' handler ' || a.amhandler::regprocedure
	FROM pg_am a JOIN m ON m.classid = 'pg_am'::regclass AND m.objid = a.oid
	UNION ALL
	-- tables: kind, persistence, options, grants, constraints, indexes, triggers
	SELECT 'relation ' || c.oid::regclass || ' kind ' || c.relkind::text || ' persistence ' || c.relpersistence::text
		|| ' options ' || coalesce(c.reloptions::text, '-') || ' acl ' || coalesce(c.relacl::text, '-')
		|| ' row security ' || c.relrowsecurity
	FROM pg_class c JOIN m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
	UNION ALL
	SELECT 'constraint ' || k.conname || ' on ' || k.conrelid::regclass || ' ' || pg_get_constraintdef(k.oid)
	FROM pg_constraint k JOIN m ON m.classid = 'pg_class'::regclass AND m.objid = k.conrelid
	UNION ALL
	SELECT 'index ' || pg_get_indexdef(i.indexrelid)
	FROM pg_index i JOIN m ON m.classid = 'pg_class'::regclass AND m.objid = i.indrelid
	UNION ALL
	SELECT 'trigger ' || pg_get_triggerdef(g.oid) || ' enabled ' || g.tgenabled::text
	FROM pg_trigger g JOIN m ON m.classid = 'pg_class'::regclass AND m.objid = g.tgrelid
	WHERE NOT g.tgisinternal
)
SELECT string_agg(regexp_replace(line, E'\\s*\n\\s*', ' ', 'g'), E'\n' ORDER BY line) AS objects,
	count(*) AS object_lines,
	(SELECT count(*) FROM m) AS members,
	(SELECT coalesce(string_agg(DISTINCT classid::regclass::text, ', '), '') FROM m
	 WHERE classid NOT IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass,
		'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_cast'::regclass,
		'pg_am'::regclass, 'pg_class'::regclass)) AS undescribed_catalogs
FROM lines
\gset

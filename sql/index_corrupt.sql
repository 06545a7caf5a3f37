--
-- Corrupt index pages give an error, never a crash (docs/limits.md).
--
-- The page is written over the index's file with lo_export (superuser),
-- into a block that is not in shared buffers yet, so the next read takes it
-- from disk.  It passes PostgreSQL's own check of a page header (pd_lower <=
-- pd_upper <= pd_special), so only the access method can refuse it.  Page
-- images are little-endian with BLCKSZ 8192, as on every platform tested.
--
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

-- An 8 kB page image from its parts: header fields, line pointers, tuple
-- bytes at the end (before the special space) and the special space.
CREATE FUNCTION corrupt_le16(v int) RETURNS bytea LANGUAGE sql IMMUTABLE
AS $$ SELECT set_byte(set_byte('\x0000'::bytea, 0, v & 255), 1, (v >> 8) & 255) $$;
CREATE FUNCTION corrupt_le32(v bigint) RETURNS bytea LANGUAGE sql IMMUTABLE
AS $$ SELECT corrupt_le16((v & 65535)::int) || corrupt_le16(((v >> 16) & 65535)::int) $$;
CREATE FUNCTION corrupt_page(nitems int, item_off int, item_len int, tuple bytea,
							 special bytea) RETURNS bytea LANGUAGE sql IMMUTABLE
AS $$
	SELECT page
	FROM (SELECT '\x0000000000000000'::bytea			-- pd_lsn
				 || '\x00000000'::bytea					-- pd_checksum, pd_flags
				 || corrupt_le16(24 + 4 * nitems)		-- pd_lower
				 || corrupt_le16(8192 - length(special) - length(tuple))	-- pd_upper
				 || corrupt_le16(8192 - length(special))	-- pd_special
				 || corrupt_le16(8192 + 4)				-- page size, layout version 4
				 || '\x00000000'::bytea					-- pd_prune_xid
				 -- line pointers: lp_off (15 bits), LP_NORMAL (2 bits), lp_len (15 bits)
				 || decode(repeat(encode(corrupt_le32(item_off::bigint | (1 << 15) |
														(item_len::bigint << 17)), 'hex'),
								  nitems), 'hex')
				 || decode(repeat('00', 8192 - 24 - 4 * nitems - length(tuple) - length(special)), 'hex')
				 || tuple || special AS page) p
	WHERE length(page) = 8192
$$;

-- The pages carry no checksum: where data checksums are on (initdb's
-- default from PostgreSQL 18) the server must still read them, without the
-- warning.
SET ignore_checksum_failure = on;
SET client_min_messages = error;

-- fr_flat: a metapage, then a data page whose 2,000 line pointers (more than
-- a page can hold: MaxIndexTuplesPerPage is 680) all point to one 16-byte
-- NULL entry for heap row (0,1).  VACUUM finds that row dead and collects
-- the page's dead entries: it must refuse the page, not overrun its array.
CREATE TABLE corrupt_flat (sig fr_sig);
INSERT INTO corrupt_flat VALUES (NULL);
DELETE FROM corrupt_flat;
CREATE INDEX corrupt_flat_sig ON corrupt_flat USING fr_flat (sig);
SELECT pg_relation_size('corrupt_flat_sig') AS metapage_only;
SELECT lo_from_bytea(0,
	-- block 0: the metapage as fr_flat writes it (magic "frFS", format 1;
	-- special: FLAT_META, format 1, page id)
	'\x0000000000000000 00000000'::bytea || corrupt_le16(32) || corrupt_le16(8184)
	|| corrupt_le16(8184) || corrupt_le16(8192 + 4) || '\x00000000 53467266 01000000'::bytea
	|| decode(repeat('00', 8184 - 32), 'hex') || '\x010001000000 7efa'::bytea
	-- block 1: the hostile data page (special: flags 0, format 1, page id)
	|| corrupt_page(2000, 8168, 16,
					'\x000000000100 1080 00000000 00000000'::bytea,	-- t_tid (0,1), t_info: nulls, 16 bytes
					'\x000001000000 7efa'::bytea)) AS pages \gset
SELECT lo_export(:pages, pg_relation_filepath('corrupt_flat_sig')) AS written, lo_unlink(:pages) AS unlinked;
SELECT pg_relation_size('corrupt_flat_sig') AS two_pages;
VACUUM corrupt_flat;
SET enable_seqscan = off;
SELECT count(*) FROM (SELECT sig FROM corrupt_flat ORDER BY sig <-> fr_signature('réforme') LIMIT 3) s;
RESET enable_seqscan;
DROP TABLE corrupt_flat;

-- fr_flat: an entry whose heap TID has block number 0xFFFFFFFF (P_NEW to the
-- buffer manager): the heap fetch of an index scan would add a page to the
-- table.
CREATE TABLE corrupt_tid (sig fr_sig);
CREATE INDEX corrupt_tid_sig ON corrupt_tid USING fr_flat (sig);
SELECT lo_from_bytea(0,
	'\x0000000000000000 00000000'::bytea || corrupt_le16(32) || corrupt_le16(8184)
	|| corrupt_le16(8184) || corrupt_le16(8192 + 4) || '\x00000000 53467266 01000000'::bytea
	|| decode(repeat('00', 8184 - 32), 'hex') || '\x010001000000 7efa'::bytea
	|| corrupt_page(1, 8168, 16,
					'\xffffffff0100 1080 00000000 00000000'::bytea,	-- t_tid (4294967295,1)
					'\x000001000000 7efa'::bytea)) AS pages \gset
SELECT lo_export(:pages, pg_relation_filepath('corrupt_tid_sig')) AS written, lo_unlink(:pages) AS unlinked;
SET enable_seqscan = off;
SELECT count(*) FROM (SELECT sig FROM corrupt_tid ORDER BY sig <-> fr_signature('réforme') LIMIT 3) s;
RESET enable_seqscan;
SELECT pg_relation_size('corrupt_tid') AS heap_size;
DROP TABLE corrupt_tid;

-- GiST (fr_sig_gist_ops): the sorted build of an empty table writes its root
-- leaf page straight to disk.  Its one key is an "indirect" TOAST pointer
-- (header 0x01, tag 1, then a memory address, here 16): detoasting it would
-- follow the address.
CREATE TABLE corrupt_gist (sig fr_sig);
CREATE INDEX corrupt_gist_sig ON corrupt_gist USING gist (sig);
SELECT lo_from_bytea(0, corrupt_page(1, 8152, 18,
	-- t_tid (0,1), t_info: variable width, 18 bytes; the pointer; padding
	'\x000000000100 1240 01 01 1000000000000000 000000000000'::bytea,
	-- special: NSN, right link none, F_LEAF, GiST page id
	'\x0000000000000000 ffffffff 0100 81ff'::bytea)) AS pages \gset
SELECT lo_export(:pages, pg_relation_filepath('corrupt_gist_sig')) AS written, lo_unlink(:pages) AS unlinked;
SET enable_seqscan = off;
SELECT count(*) FROM (SELECT sig FROM corrupt_gist ORDER BY sig <-> fr_signature('réforme') LIMIT 3) s;
RESET enable_seqscan;
DROP TABLE corrupt_gist;

RESET client_min_messages;
RESET ignore_checksum_failure;

DROP FUNCTION corrupt_page(int, int, int, bytea, bytea), corrupt_le32(bigint), corrupt_le16(int);
\if :frn_created
DROP EXTENSION frnews;
\endif

#!/usr/bin/env python3
"""check_meta.py — check META.json against the PGXN Meta Spec 1.0.0 and the tree.

    python3 test/lib/check_meta.py [META.json]

The rules of the spec (required and optional keys with their types, Terms,
Tags, semantic versions, licence names, prereq phases and relations, version
ranges, resources, custom keys x_...), then what the spec cannot know: the
version is frnews.control's default_version, and the files named exist.
Prints every problem; exit status 1 if any.  Last line:
"meta: N passed, N failed" (one count per rule group).
"""
import json
import os
import re
import sys

SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-?[a-zA-Z][0-9a-zA-Z-]*)?$")
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd",
    "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit",
    "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay",
    "sun", "zlib", "open_source", "restricted", "unrestricted", "unknown",
}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
REQUIRED = {"abstract", "license", "maintainer", "meta-spec", "name", "provides", "version"}
OPTIONAL = {"description", "generated_by", "tags", "no_index", "prereqs", "release_status", "resources"}
RANGE_OP = re.compile(r"^\s*(==|!=|>=|<=|>|<)?\s*(\S+)\s*$")

problems = []


def bad(where, what):
    problems.append(f"{where}: {what}")


def is_term(s):
    """A Term: at least two characters, no white space, slash, backslash or control."""
    return isinstance(s, str) and len(s) >= 2 and not re.search(r"[\s/\\\x00-\x1f\x7f]", s)


def is_tag(s):
    return isinstance(s, str) and 1 <= len(s) <= 255 and not re.search(r"[/\\\x00-\x1f\x7f]", s)


def is_string(s):
    return isinstance(s, str) and s != ""


def check_version_range(where, v):
    if v == 0 or v == "0":
        return
    if not isinstance(v, str):
        bad(where, "a version range must be a string")
        return
    for part in v.split(","):
        m = RANGE_OP.match(part)
        if not m or not SEMVER.match(m.group(2)):
            bad(where, f"not a version range: {v!r}")


def check_custom_or_unknown(where, key, known):
    if key not in known and not key.lower().startswith("x_"):
        bad(where, f"unknown key {key!r} (custom keys start with x_)")


def check(meta, root):
    groups = []

    def group(name, f):
        before = len(problems)
        f()
        groups.append(len(problems) == before)

    def keys():
        for k in REQUIRED - meta.keys():
            bad("META.json", f"missing required key {k!r}")
        for k in meta:
            check_custom_or_unknown("META.json", k, REQUIRED | OPTIONAL)

    def basics():
        if not is_term(meta.get("name")):
            bad("name", "must be a Term (2+ characters, no white space, slash or backslash)")
        for k in ("abstract", "description", "generated_by"):
            if k in meta and not is_string(meta[k]):
                bad(k, "must be a non-empty string")
        if not SEMVER.match(str(meta.get("version", ""))):
            bad("version", "must be a semantic version (X.Y.Z)")
        m = meta.get("maintainer")
        if not (is_string(m) or (isinstance(m, list) and m and all(is_string(x) for x in m))):
            bad("maintainer", "must be a string or a list of strings")
        if meta.get("release_status", "stable") not in ("stable", "testing", "unstable"):
            bad("release_status", "must be stable, testing or unstable")
        spec = meta.get("meta-spec")
        if not isinstance(spec, dict) or spec.get("version") != "1.0.0":
            bad("meta-spec", "must be an object with version 1.0.0")
        elif set(spec) - {"version", "url"}:
            bad("meta-spec", "only version and url")

    def license_():
        lic = meta.get("license")
        if isinstance(lic, str):
            ok = lic in LICENSES
        elif isinstance(lic, list):
            ok = bool(lic) and all(x in LICENSES for x in lic)
        elif isinstance(lic, dict):
            ok = bool(lic) and all(is_string(u) for u in lic.values())
        else:
            ok = False
        if not ok:
            bad("license", f"not a PGXN licence: {lic!r}")

    def provides():
        prov = meta.get("provides")
        if not isinstance(prov, dict) or not prov:
            bad("provides", "must be a non-empty object")
            return
        for ext, v in prov.items():
            w = f"provides.{ext}"
            if not is_term(ext):
                bad(w, "extension name must be a Term")
            if not isinstance(v, dict):
                bad(w, "must be an object")
                continue
            for k in ("file", "version"):
                if k not in v:
                    bad(w, f"missing {k!r}")
            for k in v:
                check_custom_or_unknown(w, k, {"file", "version", "abstract", "docfile"})
            if "version" in v and not SEMVER.match(str(v["version"])):
                bad(w + ".version", "must be a semantic version")
            for k in ("file", "docfile"):
                if k in v and not os.path.isfile(os.path.join(root, v[k])):
                    bad(w + "." + k, f"no such file {v[k]!r}")

    def prereqs():
        pre = meta.get("prereqs", {})
        if not isinstance(pre, dict):
            bad("prereqs", "must be an object")
            return
        for phase, rels in pre.items():
            if phase not in PHASES:
                bad("prereqs", f"unknown phase {phase!r}")
            if not isinstance(rels, dict):
                bad(f"prereqs.{phase}", "must be an object")
                continue
            for rel, deps in rels.items():
                if rel not in RELATIONS:
                    bad(f"prereqs.{phase}", f"unknown relation {rel!r}")
                if not isinstance(deps, dict):
                    bad(f"prereqs.{phase}.{rel}", "must be an object")
                    continue
                for name, rng in deps.items():
                    if not is_term(name):
                        bad(f"prereqs.{phase}.{rel}", f"{name!r} is not a Term")
                    check_version_range(f"prereqs.{phase}.{rel}.{name}", rng)

    def lists():
        tags = meta.get("tags", [])
        if not isinstance(tags, list) or not all(is_tag(t) for t in tags):
            bad("tags", "must be a list of tags (1 to 255 characters, no slash)")
        ni = meta.get("no_index", {})
        if not isinstance(ni, dict) or set(ni) - {"file", "directory"}:
            bad("no_index", "must be an object with file and/or directory")
        else:
            for k, v in ni.items():
                v = [v] if isinstance(v, str) else v
                if not isinstance(v, list) or not all(is_string(x) for x in v):
                    bad(f"no_index.{k}", "must be a string or a list of strings")
        res = meta.get("resources", {})
        if not isinstance(res, dict):
            bad("resources", "must be an object")
        else:
            for k in res:
                check_custom_or_unknown("resources", k, {"homepage", "bugtracker", "repository"})

    def tree():
        control = open(os.path.join(root, "frnews.control")).read()
        m = re.search(r"^default_version\s*=\s*'([^']*)'", control, re.M)
        current = m.group(1) if m else None
        if meta.get("version") != current:
            bad("version", f"{meta.get('version')!r} is not frnews.control's default_version {current!r}")
        for ext, v in (meta.get("provides") or {}).items():
            if isinstance(v, dict) and v.get("version") != current:
                bad(f"provides.{ext}.version", f"is not {current!r}")
            if isinstance(v, dict) and v.get("file") != f"extension/{ext}--{current}.sql":
                bad(f"provides.{ext}.file", "is not the complete install script of the current version")

    group("keys", keys)
    group("basics", basics)
    group("license", license_)
    group("provides", provides)
    group("prereqs", prereqs)
    group("lists", lists)
    group("tree", tree)
    return groups


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "META.json"
    root = os.path.dirname(os.path.abspath(path))
    try:
        meta = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"{path}: {e}")
        print("meta: 0 passed, 1 failed")
        return 1
    if not isinstance(meta, dict):
        print(f"{path}: not a JSON object")
        print("meta: 0 passed, 1 failed")
        return 1
    groups = check(meta, root)
    for p in problems:
        print("FAIL " + p)
    print(f"meta: {sum(groups)} passed, {len(groups) - sum(groups)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

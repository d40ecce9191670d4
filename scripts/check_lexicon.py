#!/usr/bin/env python3
"""Check the actor lexicon files in lib/lexicon/data/ (see docs/lexicon-format.md).

Checks every *.json file in the data directory (or the files given on the
command line, checked together with the data directory so that role targets
resolve):

  * the file is valid JSON: an object with optional "actors" and "persons" lists
  * ids are unique within each file and well-formed:
      state         ISO alpha-3, three upper-case letters (ABC)
      organization  upper-case letters/digits with "_" (ARAB_LEAGUE, G7)
      group         same as organization
      person        lower-case ASCII slug (kim-jong-un)
  * an id is not used for two different kinds across files
  * every entry has a non-empty "name" (after merging by id), string-list fields
    are lists of non-empty strings without surrounding blanks or duplicates
  * "ambiguous" entries are among the entry's aliases/metonyms/adjectives
  * "context_aliases" have an alias and a non-empty "requires" list of known ids
  * "members" (organizations only) are objects {"id", "since", "until"?}: id a known state,
    since/until ISO dates with since <= until, and a state's stays in one body do not overlap
  * every person has at least one alias and one role; each role has role
    "leader" or "official", a lower-case title, an "of" that is a known
    state/organization/group id, and "from"/"to" ISO dates (YYYY, YYYY-MM or
    YYYY-MM-DD) with from <= to
  * a canonical alias (alias of one actor) is not also an alias of another
    actor of the same kind, unless listed as ambiguous by at least one of them

Prints one "file: message" line per problem; exits 1 if there is any.
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "lib", "lexicon", "data"))

KINDS = {"state", "organization", "group"}
ID_RE = {
    "state": re.compile(r"^[A-Z]{3}$"),
    "organization": re.compile(r"^[A-Z0-9]+(_[A-Z0-9]+)*$"),
    "group": re.compile(r"^[A-Z0-9]+(_[A-Z0-9]+)*$"),
    "person": re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$"),
}
DATE_RE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ACTOR_LISTS = ("aliases", "metonyms", "adjectives", "ambiguous")
PERSON_LISTS = ("aliases", "short_aliases")
ACTOR_KEYS = {"id", "kind", "name", "context_aliases", "predecessors", "members"} | set(ACTOR_LISTS)
MEMBER_KEYS = {"id", "since", "until"}
PERSON_KEYS = {"id", "name", "roles"} | set(PERSON_LISTS)
ROLE_KEYS = {"role", "title", "of", "from", "to"}


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, fname, msg):
        self.problems.append("%s: %s" % (fname, msg))

    def str_list(self, fname, where, key, value):
        if not isinstance(value, list):
            self.err(fname, "%s: %s must be a list" % (where, key))
            return []
        seen = set()
        for s in value:
            if not isinstance(s, str) or not s.strip():
                self.err(fname, "%s: %s has an empty or non-string item %r" % (where, key, s))
                continue
            if s != s.strip() or "  " in s:
                self.err(fname, "%s: %s item %r has stray blanks" % (where, key, s))
            if s in seen:
                self.err(fname, "%s: %s has duplicate %r" % (where, key, s))
            seen.add(s)
        return [s for s in value if isinstance(s, str)]


def date_key(d):
    m = DATE_RE.match(d)
    return (int(m.group(1)), int(m.group(3) or 0), int(m.group(5) or 0))


def last_key(d):
    """The last day a partial date covers, comparable with date_key of a full date."""
    y, mo, da = date_key(d)
    return (y, mo or 12, da or 31)


def main(argv):
    files = sorted(glob.glob(os.path.join(DATA, "*.json")))
    for extra in argv[1:]:
        if os.path.abspath(extra) not in map(os.path.abspath, files):
            files.append(extra)
    c = Checker()
    if not files:
        print("%s: no lexicon files" % DATA)
        return 1

    docs = {}
    for f in files:
        name = os.path.relpath(f)
        try:
            with open(f, encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, ValueError) as e:
            c.err(name, "cannot parse: %s" % e)
            continue
        if not isinstance(doc, dict):
            c.err(name, "top level must be an object")
            continue
        for k in doc:
            if k not in ("actors", "persons"):
                c.err(name, "unknown top-level key %r" % k)
        docs[name] = doc

    # ---- pass 1: actor ids and kinds across files
    kind_of = {}      # id -> kind
    merged = {}       # id -> merged actor info
    for name, doc in docs.items():
        actors = doc.get("actors", [])
        if not isinstance(actors, list):
            c.err(name, "actors must be a list")
            continue
        seen = set()
        for i, a in enumerate(actors):
            if not isinstance(a, dict):
                c.err(name, "actors[%d] is not an object" % i)
                continue
            aid = a.get("id")
            where = "actor %s" % (aid if isinstance(aid, str) else "#%d" % i)
            if not isinstance(aid, str):
                c.err(name, "%s: missing id" % where)
                continue
            if aid in seen:
                c.err(name, "%s: duplicate id in file" % where)
            seen.add(aid)
            kind = a.get("kind")
            if kind not in KINDS:
                c.err(name, "%s: kind %r is not one of %s" % (where, kind, sorted(KINDS)))
                continue
            if not ID_RE[kind].match(aid):
                c.err(name, "%s: id does not follow the ontology for kind %s" % (where, kind))
            if aid in kind_of and kind_of[aid] != kind:
                c.err(name, "%s: kind %s conflicts with %s in another file" % (where, kind, kind_of[aid]))
            kind_of.setdefault(aid, kind)
            for k in a:
                if k not in ACTOR_KEYS:
                    c.err(name, "%s: unknown field %r" % (where, k))
            m = merged.setdefault(aid, {"kind": kind, "name": None, "files": [],
                                         "aliases": set(), "metonyms": set(),
                                         "adjectives": set(), "ambiguous": set(), "ctx": []})
            m["files"].append(name)
            if "name" in a:
                if not isinstance(a["name"], str) or not a["name"].strip():
                    c.err(name, "%s: empty name" % where)
                else:
                    m["name"] = a["name"]
            for k in ACTOR_LISTS:
                if k in a:
                    m[k].update(c.str_list(name, where, k, a[k]))
            if "members" in a:
                if kind != "organization":
                    c.err(name, "%s: only an organization has members" % where)
                elif not isinstance(a["members"], list):
                    c.err(name, "%s: members must be a list" % where)
                else:
                    m.setdefault("members", []).extend((name, x) for x in a["members"])
            if "context_aliases" in a:
                ca = a["context_aliases"]
                if not isinstance(ca, list):
                    c.err(name, "%s: context_aliases must be a list" % where)
                else:
                    for x in ca:
                        if (not isinstance(x, dict) or not isinstance(x.get("alias"), str)
                                or not x.get("alias").strip()
                                or not isinstance(x.get("requires"), list) or not x["requires"]):
                            c.err(name, "%s: bad context_aliases item %r" % (where, x))
                        else:
                            m["ctx"].append((name, x))

    for aid, m in merged.items():
        f0 = m["files"][0]
        if not m["name"]:
            c.err(f0, "actor %s: no name in any file" % aid)
        forms = m["aliases"] | m["metonyms"] | m["adjectives"]
        if not forms and not m["ctx"]:
            c.err(f0, "actor %s: no aliases, metonyms or adjectives" % aid)
        for x in sorted(m["ambiguous"] - forms):
            c.err(f0, "actor %s: ambiguous %r is not an alias, metonym or adjective" % (aid, x))
        for fname, x in m["ctx"]:
            for r in x["requires"]:
                if r not in kind_of:
                    c.err(fname, "actor %s: context alias %r requires unknown id %r" % (aid, x["alias"], r))

    # members: known states, valid dates, one stay at a time
    for aid, m in merged.items():
        stays = {}
        for fname, x in m.get("members", []):
            if not isinstance(x, dict) or not isinstance(x.get("id"), str):
                c.err(fname, "actor %s: bad members item %r" % (aid, x))
                continue
            for k in x:
                if k not in MEMBER_KEYS:
                    c.err(fname, "actor %s: member %s: unknown field %r" % (aid, x["id"], k))
            if kind_of.get(x["id"]) != "state":
                c.err(fname, "actor %s: member %r is not a known state" % (aid, x["id"]))
            dates = {}
            for k in ("since", "until"):
                v = x.get(k)
                if v is None and k == "until":
                    continue
                if not isinstance(v, str) or not DATE_RE.match(v):
                    c.err(fname, "actor %s: member %s: %s %r is not an ISO date" % (aid, x["id"], k, v))
                else:
                    dates[k] = v
            if "since" not in dates:
                continue
            if "until" in dates and last_key(dates["until"]) < date_key(dates["since"]):
                c.err(fname, "actor %s: member %s: until %s is before since %s"
                      % (aid, x["id"], dates["until"], dates["since"]))
            stays.setdefault(x["id"], []).append((fname, dates["since"], dates.get("until")))
        for sid, spans in stays.items():
            spans = sorted(set(spans), key=lambda t: date_key(t[1]))
            for (f1, s1, u1), (f2, s2, u2) in zip(spans, spans[1:]):
                if u1 is None or last_key(u1) >= date_key(s2):
                    c.err(f2, "actor %s: member %s: stay from %s overlaps the one from %s"
                          % (aid, sid, s2, s1))

    # canonical alias clashes between actors (same written form, both unambiguous)
    owners = {}
    for aid, m in merged.items():
        for s in m["aliases"]:
            if s not in m["ambiguous"]:
                owners.setdefault(s, []).append(aid)
    for s, ids in sorted(owners.items()):
        if len(ids) > 1:
            c.err(merged[ids[0]]["files"][0],
                  "alias %r is an unambiguous alias of several actors: %s" % (s, ", ".join(sorted(ids))))

    # ---- pass 2: persons
    person_ids = {}
    for name, doc in docs.items():
        persons = doc.get("persons", [])
        if not isinstance(persons, list):
            c.err(name, "persons must be a list")
            continue
        seen = set()
        for i, p in enumerate(persons):
            if not isinstance(p, dict):
                c.err(name, "persons[%d] is not an object" % i)
                continue
            pid = p.get("id")
            where = "person %s" % (pid if isinstance(pid, str) else "#%d" % i)
            if not isinstance(pid, str):
                c.err(name, "%s: missing id" % where)
                continue
            if pid in seen:
                c.err(name, "%s: duplicate id in file" % where)
            seen.add(pid)
            if not ID_RE["person"].match(pid):
                c.err(name, "%s: id is not a lower-case ASCII slug" % where)
            if pid in kind_of:
                c.err(name, "%s: id also used by an actor" % where)
            person_ids.setdefault(pid, name)
            for k in p:
                if k not in PERSON_KEYS:
                    c.err(name, "%s: unknown field %r" % (where, k))
            if not isinstance(p.get("name"), str) or not p["name"].strip():
                c.err(name, "%s: missing name" % where)
            al = c.str_list(name, where, "aliases", p.get("aliases", []))
            if not al:
                c.err(name, "%s: no aliases" % where)
            if "short_aliases" in p:
                sh = c.str_list(name, where, "short_aliases", p["short_aliases"])
                for s in set(sh) & set(al):
                    c.err(name, "%s: %r is both alias and short alias" % (where, s))
            roles = p.get("roles")
            if not isinstance(roles, list) or not roles:
                c.err(name, "%s: no roles" % where)
                continue
            for j, r in enumerate(roles):
                rw = "%s role %d" % (where, j)
                if not isinstance(r, dict):
                    c.err(name, "%s: not an object" % rw)
                    continue
                for k in r:
                    if k not in ROLE_KEYS:
                        c.err(name, "%s: unknown field %r" % (rw, k))
                if r.get("role") not in ("leader", "official"):
                    c.err(name, "%s: role %r is not leader/official" % (rw, r.get("role")))
                t = r.get("title")
                if not isinstance(t, str) or not t.strip() or t != t.lower():
                    c.err(name, "%s: title %r must be a non-empty lower-case string" % (rw, t))
                of = r.get("of")
                if of not in kind_of:
                    c.err(name, "%s: of %r is not a known state/organization/group id" % (rw, of))
                dates = {}
                for k in ("from", "to"):
                    if k in r:
                        v = r[k]
                        if not isinstance(v, str) or not DATE_RE.match(v):
                            c.err(name, "%s: %s %r is not an ISO date" % (rw, k, v))
                        else:
                            dates[k] = v
                if "from" not in r:
                    c.err(name, "%s: missing from" % rw)
                if len(dates) == 2 and date_key(dates["from"]) > date_key(dates["to"]):
                    c.err(name, "%s: from %s is after to %s" % (rw, dates["from"], dates["to"]))

    for line in c.problems:
        print(line)
    if c.problems:
        print("%d problem(s)" % len(c.problems), file=sys.stderr)
        return 1
    n_act = len(merged)
    print("ok: %d files, %d actors, %d persons" % (len(docs), n_act, len(person_ids)),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

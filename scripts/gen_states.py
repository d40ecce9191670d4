#!/usr/bin/env python3
"""Generate lib/lexicon/data/states.generated.json from Debian's iso-codes.

Reads ISO 3166-1 (current states) and ISO 3166-3 (former states SUN, DDR,
YUG, CSK) from /usr/share/iso-codes/json and writes one lexicon `actors`
entry per state: id = alpha-3, kind "state", name = common name, aliases =
the ISO name, common name and official name (cleaned up: inverted names such
as "Korea, Republic of" are turned round, "the" is dropped, politically
loaded or useless forms are skipped).  Kosovo (XKX) is added by hand.

The hand-curated overlay lib/lexicon/data/states.json is merged onto this
file by id (lists united); put short names, metonyms and demonyms there.

Usage:
  scripts/gen_states.py            write the file
  scripts/gen_states.py --check    exit 1 if the file differs from what
                                   would be generated
  scripts/gen_states.py --iso-dir DIR --out FILE
"""

import argparse
import json
import os
import re
import sys

ISO_DIR = "/usr/share/iso-codes/json"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "lib", "lexicon", "data", "states.generated.json")

# Canonical names that differ from what iso-codes gives.
NAME_OVERRIDE = {
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "VAT": "Holy See",
    "CPV": "Cape Verde",
    "SWZ": "Eswatini",
    "TUR": "Turkey",
    "RUS": "Russia",
}

# Aliases that must never come out of the generator (ambiguous or loaded).
EXCLUDE = {
    "COG": {"Congo"},  # plain "Congo" is listed as ambiguous under COD
    "TWN": {"Taiwan, Province of China"},
    "FLK": {"Malvinas"},
}

# Extra aliases the generator adds for ISO names that news never uses.
EXTRA = {
    "CPV": ["Cabo Verde"],
    "TUR": ["Türkiye", "Turkey"],
    "RUS": ["Russia"],
    "SWZ": ["Swaziland"],
    "CCK": ["Cocos (Keeling) Islands"],
}

# Former states (ISO 3166-3): canonical name and aliases.
FORMER = {
    "SUN": ("Soviet Union",
            ["Soviet Union", "Union of Soviet Socialist Republics", "USSR", "U.S.S.R."]),
    "DDR": ("East Germany",
            ["East Germany", "German Democratic Republic", "GDR"]),
    "YUG": ("Yugoslavia",
            ["Yugoslavia", "Socialist Federal Republic of Yugoslavia",
             "Federal Republic of Yugoslavia"]),
    "CSK": ("Czechoslovakia",
            ["Czechoslovakia", "Czechoslovak Socialist Republic"]),
}

# Not in ISO 3166 at all.
MANUAL = {
    "XKX": ("Kosovo", ["Kosovo", "Republic of Kosovo"]),
}


def clean(name):
    """Return the usable forms of one ISO name (possibly none)."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    out = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        base = (m.group(1) + (" " + m.group(3) if m.group(3) else "")).strip()
        inner = m.group(2).strip()
        out.append(base)
        # "Holy See (Vatican City State)": the parenthesis is a real name;
        # "(Dutch part)", "(French part)", "(Keeling)", "(Malvinas)" are not used
        if inner.endswith("State"):
            out.append(inner)
        return out
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith(" of") or tail.endswith(" of the"):
            # "Korea, Republic of" -> "Republic of Korea"
            # "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"
            tail = re.sub(r"^The ", "", tail)
            out.append(tail + " " + head)
        elif tail in ("British", "U.S."):
            out.append(tail + " " + head)
        else:
            # "Bonaire, Sint Eustatius and Saba" is a real name, keep it
            if " and " in tail:
                out.append(name)
            # otherwise ("Taiwan, Province of China") skip
        return out
    return [name]


def uniq(seq):
    seen = set()
    res = []
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            res.append(s)
    return res


def build(iso_dir):
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        cur = json.load(f)["3166-1"]
    with open(os.path.join(iso_dir, "iso_3166-3.json"), encoding="utf-8") as f:
        old = json.load(f)["3166-3"]

    actors = {}
    for e in cur:
        aid = e["alpha_3"].upper()
        forms = []
        for key in ("common_name", "name", "official_name"):
            if key in e:
                forms.extend(clean(e[key]))
        forms.extend(EXTRA.get(aid, []))
        forms = [s for s in uniq(forms) if s not in EXCLUDE.get(aid, set())]
        name = NAME_OVERRIDE.get(aid) or e.get("common_name") or (forms[0] if forms else e["name"])
        aliases = uniq([name] + forms)
        aliases = [s for s in aliases if s not in EXCLUDE.get(aid, set())]
        actors[aid] = {"id": aid, "kind": "state", "name": name, "aliases": aliases}

    old_codes = {e["alpha_3"].upper() for e in old}
    for aid, (name, aliases) in FORMER.items():
        if aid not in old_codes:
            raise SystemExit("gen_states: %s missing from iso_3166-3.json" % aid)
        actors[aid] = {"id": aid, "kind": "state", "name": name, "aliases": uniq(aliases)}
    for aid, (name, aliases) in MANUAL.items():
        actors.setdefault(aid, {"id": aid, "kind": "state", "name": name,
                                "aliases": uniq(aliases)})

    return {"actors": [actors[k] for k in sorted(actors)]}


def render(doc):
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if the output file is not up to date")
    ap.add_argument("--iso-dir", default=ISO_DIR)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    text = render(build(args.iso_dir))
    out = os.path.normpath(args.out)
    if args.check:
        try:
            with open(out, encoding="utf-8") as f:
                have = f.read()
        except OSError as err:
            print("%s: cannot read: %s" % (out, err), file=sys.stderr)
            return 1
        if have != text:
            print("%s: out of date; run scripts/gen_states.py" % out, file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d states)" % (out, len(json.loads(text)["actors"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Derive the single-language MOC fixtures from the trilingual seed.

Run from any directory:  python3 derive.py
Reads  000_220169e4c12b3807.txt (never modified) and writes
  moc-ja.txt, moc-en.txt, moc-fr.txt   (UTF-8, LF)
  moc-ja-sjis-crlf.txt                 (moc-ja.txt in Shift_JIS, CRLF)

Every seed line goes to exactly one language file together with the
whitespace-only lines that follow it; the five lines of underscores that open
the signature blocks (and the blank line after each) go to all three files.
Lines are copied byte for byte (trailing spaces kept).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "000_220169e4c12b3807.txt")
SJIS_CODEC = "shift_jis"  # strict JIS X 0208 Shift_JIS; errors="strict" -> fails loudly

with open(SEED, "rb") as f:
    raw = f.read()
assert b"\r" not in raw and raw.endswith(b"\n")
lines = raw.decode("utf-8").split("\n")[:-1]  # each element = one seed line without its LF
n = len(lines)


def first(pred, start=0):
    for i in range(start, n):
        if pred(lines[i]):
            return i
    raise ValueError("anchor not found")


def starts(prefix):
    return lambda s: s.startswith(prefix)


# ---- anchors (0-based indices) -------------------------------------------
en_start = first(starts("MEMORANDUM OF COOPERATION"))
fr_start = first(starts("PROTOCOLE DE COOP"))
cl_ja = first(starts("2023 年"), fr_start)
cl_en = first(starts("SIGNED in Ottawa"), cl_ja)
cl_fr = first(starts("SIGNÉ à Ottawa"), cl_en)
underscores = [i for i in range(cl_fr, n) if re.fullmatch(r"_{10,}\s*", lines[i])]
assert len(underscores) == 5, underscores

# Hand-checked 1-based line numbers of the anchors in this seed.
assert (en_start + 1, fr_start + 1, cl_ja + 1, cl_en + 1, cl_fr + 1) == (429, 921, 1275, 1281, 1287)
assert [u + 1 for u in underscores] == [1298, 1313, 1331, 1347, 1361]

# ---- segments: (lang or 'all', start, end) half-open, 0-based --------------
segments = [
    ("ja", 0, en_start),          # incl. the leading whitespace-only lines of the seed
    ("en", en_start, fr_start),
    ("fr", fr_start, cl_ja),
    ("ja", cl_ja, cl_en),         # closing paragraph
    ("en", cl_en, cl_fr),
    ("fr", cl_fr, underscores[0]),
]
for k, u in enumerate(underscores):
    end = underscores[k + 1] if k + 1 < len(underscores) else n
    ja_i = u + 1
    while not lines[ja_i].strip():
        ja_i += 1
    en_i = first(starts("FOR THE"), ja_i)
    fr_i = first(starts("POUR LE"), en_i)
    assert fr_i < end
    segments += [("all", u, ja_i), ("ja", ja_i, en_i), ("en", en_i, fr_i), ("fr", fr_i, end)]

# sanity: segments tile the seed exactly
pos = 0
for _, a, b in segments:
    assert a == pos and b > a, (a, b, pos)
    pos = b
assert pos == n

out = {"ja": [], "en": [], "fr": []}
for lang, a, b in segments:
    for lg in (("ja", "en", "fr") if lang == "all" else (lang,)):
        out[lg].extend(lines[a:b])

for lg, ls in out.items():
    with open(os.path.join(HERE, f"moc-{lg}.txt"), "wb") as f:
        f.write(("\n".join(ls) + "\n").encode("utf-8"))
    print(f"moc-{lg}.txt: {len(ls)} lines")

# Shift_JIS + CRLF copy of the Japanese file (strict: any unencodable char raises)
ja_text = "\n".join(out["ja"]) + "\n"
sj = ja_text.replace("\n", "\r\n").encode(SJIS_CODEC, errors="strict")
with open(os.path.join(HERE, "moc-ja-sjis-crlf.txt"), "wb") as f:
    f.write(sj)
assert sj.decode(SJIS_CODEC).replace("\r\n", "\n") == ja_text
print(f"moc-ja-sjis-crlf.txt: {len(sj)} bytes ({SJIS_CODEC}, CRLF)")

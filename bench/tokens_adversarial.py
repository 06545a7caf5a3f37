#!/usr/bin/env python3
"""bench/tokens_adversarial.py — texts that exercise every path of the
tokenizer and the fold, NUL-separated on stdout, for the differential check
of bench/sig_core.sh tokens-diff (old and new builds must dump the same).

  1. every code point (surrogates as their invalid 3-byte forms) in contexts
     that reach each branch: alone, inside and after a word, after digits,
     before a period, after an elision, in a hyphenated word, at the end;
  2. random texts (fixed seed) of fragments that the tokenizer treats
     specially: apostrophes, hyphens, every kind of space, combining marks,
     digits and separators, abbreviations, elisions, inverted pronouns,
     URLs, e-mail addresses, ordinals, invalid and truncated UTF-8.
"""
import random
import sys

out = sys.stdout.buffer


def enc(cp):
    return chr(cp).encode("utf-8", "surrogatepass")


def emit(b):
    out.write(b.replace(b"\0", b"") + b"\0")


# 1. every code point in contexts (64 code points per text and context)
contexts = [b"%s", b"a%sb", b"l%se", b"1%s2", b"\xc3\xa9%s", b"A%s.", b"M%s. X", b"qu%sil",
            b"dit-%s", b"%s-t-il", b"12%s", b"x@%s.fr", b"www.%s", b"n%s", b"%s\xcc\x81"]
for block in range(0, 0x110000, 64):
    cps = [enc(cp) for cp in range(block, block + 64) if cp != 0]
    for ctx in contexts:
        emit(b" ".join(ctx % c for c in cps))
        emit(b"".join(ctx % c for c in cps))

# 2. random texts of special fragments
fragments = [
    b" ", b"  ", b"\n", b"\n\n", b"\t", b"\r\n", "\u00a0".encode(), "\u202f".encode(), "\u2009".encode(),
    "\u2007".encode(), "\u200b".encode(), "\ufeff".encode(), "\u2029".encode(), "\u00ad".encode(),
    "\u200d".encode(),
    b"'", "\u2019".encode(), "\u02bc".encode(), "\u2018".encode(), b"`", b"\"", "\u00ab".encode(),
    "\u00bb".encode(), "\u201c".encode(), "\u201d".encode(), "\u203a".encode(),
    b"-", "\u2010".encode(), "\u2011".encode(), "\u2013".encode(), "\u2014".encode(), "\u2212".encode(),
    b".", b"..", b"...", "\u2026".encode(), b",", b";", b":", b"!", b"?", b"(", b")", b"[", b"]",
    b"(...)", b"[\xe2\x80\xa6]", "\u00bf".encode(), "\u00a1".encode(),
    b"%", "\u2030".encode(), b"&", b"@", b"#", "\u00a7".encode(), b"*", "\u2020".encode(), b"+", b"=",
    "\u20ac".encode(), b"$", "\u00a3".encode(), "\u00b0".encode(),
    b"0", b"1", b"12", b"123", b"1234", b"2019", b"1 234", b"1 234 567", b"839.000", b"1\xe2\x80\x99000",
    b"1'000", b"3,14", b"3.14", b"1.2345", "1\u00a0000".encode(), "12\u202f500".encode(), b"-4,2",
    b"+3", b"1er", b"1re", b"2e", b"2nd", "XX\u1d49".encode(), "3\u1d49\u02b3".encode(), b"10km", b"20h30",
    b"G7", b"CAC40", b"5G.",
    b"l", b"L", b"d", b"qu", b"Qu", b"jusqu", b"lorsqu", b"aujourd", b"hui", b"prud", b"hommes", b"O",
    b"Neill", b"l\xe2\x80\x99\xc3\x89tat", b"d'Orsay", b"qu'il",
    b"a", b"e", b"dit", b"elle", b"il", b"t", b"on", b"moi", b"le", b"donne", b"rendez", b"vous",
    b"Etats", b"\xc3\x89tats", b"Unis", b"mot", b"MOT", b"Mot", b"ANSSI", b"\xc3\xa9t\xc3\xa9",
    b"\xc3\x89L\xc3\x89E", b"\xc5\x93uvre", b"\xc5\x92", b"\xc3\x9f", "\u0130".encode(), "\u1e9e".encode(),
    "\u03a3".encode(), "\u01c5".encode(), "\ufb01".encode(), "\u2160".encode(), "\u00b5".encode(),
    "\u0669".encode(), "\uff21".encode(), "\U0001d400".encode(), "\U0001f600".encode(),
    b"e\xcc\x81", b"\xcc\x81", b"\xcc\x81\xcc\xa3\xcc\x81", b"a\xcc\x88\xcc\x88", "\u034f".encode(),
    "\u0345".encode(), b"\xe0\xa4\x95\xe0\xa5\x8d",
    b"M", b"MM", b"Mme", b"Dr", b"St", b"av", b"J", b"C", b"S", b"N", b"n", b"N", b"no", b"etc", b"ex",
    b"Inc", b"Gal", b"G\xc3\xa9n", b"\xc3\xa9d", b"t\xc3\xa9l", b"janv", b"p", b"pp", b"vs",
    b"http://", b"https://", b"HTTP://", b"ftp://", b"www.", b"WWW.", b"exemple.fr", b"a.b",
    b"/chemin?x=1&y=(2)", b"jean.dupont", b"_x", b"%20",
    b"\x80", b"\xbf", b"\xc0\xaf", b"\xc2", b"\xc3", b"\xe2\x80", b"\xe2", b"\xed\xa0\x80", b"\xf0\x9f",
    b"\xf4\x90\x80\x80", b"\xf8", b"\xff", b"\xe0\x80\x80", b"\xf0\x80\x80\x80",
    b"\x01", b"\x1f", b"\x7f", "\u0085".encode(), "\u2028".encode(),
]
rng = random.Random(10)
for n in range(40000):
    k = rng.randrange(1, 60)
    emit(b"".join(rng.choice(fragments) for _ in range(k)))

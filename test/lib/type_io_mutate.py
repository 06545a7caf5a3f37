#!/usr/bin/env python3
"""
test/lib/type_io_mutate.py — inputs for test/lib/type_io_fuzz.sh (seeded).

  type_io_mutate.py text SEED N [latin9]   N random and mutated text inputs of
      fr_money, fr_percent and fr_sig (huge exponents, NaN/Infinity, control
      bytes, every ISO 4217 code, the decimal comma, thin and no-break spaces,
      1 MB strings), one "type<TAB>input" line each in COPY text format;
      latin9: made representable in LATIN9.
  type_io_mutate.py binary SEED N DIR      N mutated binary values per type
      (bit flips, cuts, extensions, numeric headers) of the accepted values
      in DIR/<type>.bin (COPY ... TO (FORMAT binary)), one PGCOPY file each,
      listed in DIR/cases.tsv as "id<TAB>type<TAB>file".
"""
import os, random, re, struct, sys

mode, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)

# ---- text inputs
codes = re.findall(r'"([A-Z]{3})"', open(os.path.join(os.path.dirname(__file__), '../../src/core/frn_iso4217.inc')).read())
# codes the input must refuse or read apart: ISO's no-currency, test and gold codes (XXX, XTS,
# XAU), wrong case, symbols, near-codes, two codes, none
extra_codes = ['XXX', 'XTS', 'XAU', 'usd', 'Eur', 'EU', 'EURO', 'US$', 'C$', '€', '$', '£', '¥', 'CHf', 'ZZZ', 'EUR EUR', '']
spaces = [' ', '\u00a0', '\u202f', '\u2009', '\t', '', '  ', '\u2007', '\n', '\r']
signs = ['', '-', '+', '−', '--', '+-']
def num():
    k = rng.randrange(12)
    if k == 0: return rng.choice(['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '-inf', '+Infinity', 'sNaN', 'INF'])
    if k == 1: return '1e' + str(rng.choice([131071, 131072, 147483648, 99999999999, -16383, -16384, -16385, 1000, -1000, 0, 308, 309]))
    if k == 2: return rng.choice(['9' * rng.randrange(1, 200), '0.' + '0' * rng.randrange(0, 20000) + '1', '1' + '0' * rng.randrange(1, 140000)])
    if k == 3: return '%d,%d' % (rng.randrange(10**6), rng.randrange(10**4))
    if k == 4: return rng.choice(spaces).join(str(rng.randrange(1000)).zfill(3) for _ in range(rng.randrange(1, 6)))
    if k == 5: return '%d.%03d' % (rng.randrange(10**4), rng.randrange(1000))
    if k == 6: return rng.choice(['0', '-0', '0.0', '-0.000', '.5', '5.', ',5', '5,', '1e', 'e5', '1.2.3', '1,2,3', '0x10', '1_000'])
    if k == 7: return rng.choice(['1,5 milliard', 'un million', 'mille', 'cent', 'deux cents', '3 milliards', 'quinze', '1,5 Md', '2 M', '75 millions', '12 Mds'])
    if k == 8: return '%d.%d' % (rng.randrange(10**9), rng.randrange(10**9))
    return str(rng.randrange(-10**12, 10**12)) + rng.choice(['', '.' + str(rng.randrange(10**6)), ',' + str(rng.randrange(100))])
def money():
    k = rng.randrange(6)
    c = rng.choice(codes) if rng.random() < .8 else rng.choice(extra_codes)
    s = rng.choice(signs) + num()
    if k == 0: return s + ' ' + c
    if k == 1: return s + rng.choice(spaces) + rng.choice(['€', '$', 'euros', 'dollars', 'francs', 'livres', 'cents', 'centimes', 'CHF', '£', 'de dollars', "d'euros", 'M€', 'Md€'])
    if k == 2: return rng.choice(['$', '€', 'US$', 'USD ', 'EUR']) + s + rng.choice(['', ' millions', ' milliards', ' M'])
    if k == 3: return c + ' ' + s
    if k == 4: return s + rng.choice(spaces) + c
    return s + c
def percent():
    s = rng.choice(signs) + num()
    return s + rng.choice(['%', ' %', '\u00a0%', '\u202f%', ' pour cent', ' pourcent', ' p. 100', '', '%%', ' points', ' pour mille', '‰', ' %' * 2])
def sig():
    k = rng.randrange(5)
    n = rng.choice([16, 32, 64, 128, 256, 512, 1024, 0, 1, 8, 17, 2048, 65536, 4294967312])
    hx = ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(4 * (n if n < 5000 else 16)))
    if k == 0: return 'v1/%d/%s' % (n, hx)
    if k == 1: return 'v%s/%d/%s' % (rng.choice(['0', '2', '1 ', '01', '']), n, hx)
    if k == 2: return 'v1/%s/%s' % (rng.choice(['+16', '016', ' 16', '16 ', '-16', '1.6e1', '0x10', '']), hx)
    if k == 3: return 'v1/16/' + '0000' * 16
    return 'v1/16/' + hx[:rng.randrange(0, 70)] + rng.choice(['', 'g', ' ', '/', '\u00e9'])
alphabet = list('0123456789 ,.-+eE%$€£/vVxX\u00a0\u202f\u2009\u0301\u00e9Œ\x01\x07\x1b\x7f\ufeff\u200b') + ['\u2212', '\U0001F600']
def mutate_text(s):
    s = list(s)
    for _ in range(rng.randrange(1, 5)):
        op = rng.randrange(5)
        i = rng.randrange(len(s) + 1)
        if op == 0 and s: del s[min(i, len(s) - 1)]
        elif op == 1: s.insert(i, rng.choice(alphabet))
        elif op == 2 and s: s[min(i, len(s) - 1)] = rng.choice(alphabet)
        elif op == 3 and s: j = rng.randrange(len(s)); s = s[:j] + s[j:j + rng.randrange(1, 6)] * rng.randrange(2, 5) + s[j + 5:]
        else: s = s[:i]
    return ''.join(s)

# ---- binary inputs
HDR = b'PGCOPY\n\xff\r\n\x00' + b'\x00' * 8
def fields(path):
    d = open(path, 'rb').read(); p = len(HDR); out = []
    while True:
        (nf,) = struct.unpack('>h', d[p:p + 2]); p += 2
        if nf == -1: return out
        (ln,) = struct.unpack('>i', d[p:p + 4]); p += 4
        out.append(d[p:p + ln]); p += ln
def mutate_binary(b):
    b = bytearray(b)
    for _ in range(rng.randrange(1, 4)):
        op = rng.randrange(9)
        i = rng.randrange(len(b) + 1)
        if op == 0 and b: b[min(i, len(b) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1 and b: b[min(i, len(b) - 1)] = rng.choice([0, 1, 0x7f, 0x80, 0xff, 0x40, 0xc0, 0xd0, 0xf0, rng.randrange(256)])
        elif op == 2: b = b[:i]
        elif op == 3: b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        elif op == 4 and len(b) >= 2: j = rng.randrange(len(b) - 1); b[j:j + 2] = rng.choice([b'\xff\xff', b'\x7f\xff', b'\x80\x00', b'\x00\x00', b'\xc0\x00', b'\xd0\x00', b'\xf0\x00', b'\x3f\xff', b'\x40\x00'])
        elif op == 5: b = b + b[rng.randrange(len(b) + 1):]
        elif op == 6: b = bytearray(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
        elif op == 7 and len(b) > 3: b[3:] = b[3:][::-1]
        elif op == 8 and len(b) > 4: del b[rng.randrange(len(b))]
    return bytes(b)


def text_cases(latin9):
	gens = {'fr_money': money, 'fr_percent': percent, 'fr_sig': sig}
	out = sys.stdout
	def emit(t, s):
	    if latin9:
	        s = s.encode('iso8859-15', 'replace').decode('iso8859-15').replace('?', ' ')
	    s = s.replace('\x00', '')
	    out.write(t + '\t' + s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r') + '\n')
	for i in range(n):
	    t = rng.choice(list(gens))
	    s = gens[t]()
	    if rng.random() < .5: s = mutate_text(s)
	    emit(t, s)
	# every currency code, both ways, with the decimal comma
	for c in codes + extra_codes:
	    emit('fr_money', '1234,56 ' + c); emit('fr_money', '-0.5 ' + c); emit('fr_money', c + ' 12')
	# 1 MB strings
	emit('fr_money', '1' * (1 << 20) + ' EUR'); emit('fr_money', '9' * 131072 + ' EUR'); emit('fr_money', '0.' + '0' * 16382 + '1 EUR')
	emit('fr_percent', '1' * (1 << 20) + '%'); emit('fr_percent', '0.' + '0' * 16383 + '1%'); emit('fr_percent', '0.' + '0' * 16382 + '1%')
	emit('fr_sig', 'v1/1024/' + 'f' * 4096 + 'f' * (1 << 20))


def binary_cases(outdir):
	lst = open(os.path.join(outdir, 'cases.tsv'), 'w')
	k = 0
	for typ in ['fr_money', 'fr_percent', 'fr_sig']:
		vals = fields(os.path.join(outdir, typ + '.bin'))
		for _ in range(n):
			v = mutate_binary(rng.choice(vals))
			k += 1
			f = os.path.join(outdir, 'c%06d.bin' % k)
			open(f, 'wb').write(HDR + struct.pack('>hi', 1, len(v)) + v + b'\xff\xff')
			lst.write('%d\t%s\t%s\n' % (k, typ, f))


if mode == 'text':
	text_cases(len(sys.argv) > 4 and sys.argv[4] == 'latin9')
else:
	binary_cases(sys.argv[4])

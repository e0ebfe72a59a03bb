#!/usr/bin/env python3
"""Derive strongs-hebrew.tsv from Debian's sword-dict-strongs-hebrew 3.0-1
(Strong's Hebrew Dictionary, public domain): one line per entry,
number, kind (name when the KJV renderings after " - " are all
capitalized words, else word), the
Hebrew headword(s) as printed (pointed), and for names the KJV
renderings, comma-separated.

Usage: python3 extract_strongs.py /usr/share/sword/modules/lexdict/zld/strongshebrew/ > strongs-hebrew.tsv
"""
import re, struct, sys, zlib

d = sys.argv[1]
idx = open(d + '/dict.idx', 'rb').read()
dat = open(d + '/dict.dat', 'rb').read()
zdx = open(d + '/dict.zdx', 'rb').read()
zdt = open(d + '/dict.zdt', 'rb').read()
blocks = {}

def block(b):
    # A zLD block: zlib data holding a count, then (offset, size) pairs.
    if b not in blocks:
        off, size = struct.unpack('<II', zdx[b*8:b*8+8])
        raw = zlib.decompress(zdt[off:off+size])
        cnt = struct.unpack('<I', raw[:4])[0]
        blocks[b] = [raw[o:o+s] for o, s in (struct.unpack('<II', raw[4+i*8:12+i*8]) for i in range(cnt))]
    return blocks[b]

print('# Strong\'s Hebrew Dictionary (James Strong, 1890; public domain), from Debian sword-dict-strongs-hebrew 3.0-1, by extract_strongs.py')
print('# number\tkind\thebrew\tkjv')
for i in range(len(idx) // 8):
    off, size = struct.unpack('<II', idx[i*8:i*8+8])
    rec = dat[off:off+size]
    k = rec.index(b'\n')
    key = rec[:k].rstrip(b'\\').decode('latin-1').strip()
    b, e = struct.unpack('<II', rec[k+1:k+9])
    t = block(b)[e].decode('utf-8', 'replace').replace('\n', ' ')
    orth = re.search(r'<orth>(.*?)</orth>', t)
    if not key.isdigit() or not orth:
        continue
    # Spellings of one word stand apart by several spaces; a name of two
    # words has one between them.
    heb = '|'.join(' '.join(f.split()) for f in re.split(r'\s{2,}', orth.group(1).strip()))
    kind, names = 'word', ''
    kjv = re.search(r' - (.*?)</def>', t)
    if kjv:
        # The KJV renderings: up to the first full stop, without markup.
        r = re.sub(r'<[^>]*>|[{}()]', '', kjv.group(1)).split('. ')[0].rstrip('. ')
        forms = [w for piece in re.split(r'[,;]', r) for w in piece.split()]
        if forms and all(re.fullmatch(r"[A-Z][a-z]+(-[A-Za-z][a-z]*)*", f) for f in forms):
            kind, names = 'name', ','.join(dict.fromkeys(forms))
    print(f'{int(key)}\t{kind}\t{heb}\t{names}')

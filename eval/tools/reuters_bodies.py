#!/usr/bin/env python3
"""Write each story of Reuters-21578 as a plain-text article, the layout chronicle reads.

  reuters_bodies.py REUTERS_DIR OUT_DIR

REUTERS_DIR is ../shared/corpora/reuters21578 (22 SGML files, research use only: the
text is never committed). For every <REUTERS> element with a <BODY>, this writes
OUT_DIR/reut2-NNN/NEWID.txt: the title, a blank line, then the body with the wire's
hard line wraps joined and each indented line starting a paragraph (blank-line
separated), the dateline ("SALVADOR, Feb 26 - ") kept in front of the first paragraph
and the closing "Reuter" signature dropped. Gold sets over these files (eval/events)
keep offsets into them, so the output must not change: the layout is fixed here and
the script is deterministic. It also writes OUT_DIR/dates.tsv (NEWID path, ISO date).
"""
import html
import os
import re
import sys

STORY = re.compile(r'<REUTERS\b[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)
MONTHS = {m: i + 1 for i, m in enumerate(
    ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'])}


def field(story, tag):
    m = re.search(r'<%s>(.*?)</%s>' % (tag, tag), story, re.S)
    return html.unescape(m.group(1)) if m else ''


def clean(text):
    # Control characters of the wire (&#3; ends a story, &#2; starts one) are not text.
    return re.sub(r'[\x00-\x08\x0b-\x1f\x7f]', '', text)


def paragraphs(body):
    paras, current = [], []
    for line in body.split('\n'):
        if line.startswith(' ') and current:
            paras.append(' '.join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    if current:
        paras.append(' '.join(current))
    if paras and re.fullmatch(r'Reuters?', paras[-1]):
        paras.pop()
    elif paras:
        paras[-1] = re.sub(r'\s+Reuters?$', '', paras[-1])
    return paras


def iso_date(text):
    m = re.match(r'\s*(\d+)-([A-Z]{3})-(\d{4})', text)
    return '%s-%02d-%02d' % (m.group(3), MONTHS[m.group(2)], int(m.group(1))) if m else ''


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    dates = []
    for name in sorted(os.listdir(src)):
        if not re.fullmatch(r'reut2-\d{3}\.sgm', name):
            continue
        folder = name[:-4]
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        with open(os.path.join(src, name), encoding='latin-1') as f:
            data = f.read()
        for m in STORY.finditer(data):
            newid, story = m.group(1), m.group(2)
            body = clean(field(story, 'BODY'))
            if not body.strip():
                continue
            title = ' '.join(clean(field(story, 'TITLE')).split())
            dateline = ' '.join(clean(field(story, 'DATELINE')).split())
            paras = paragraphs(body)
            if not paras:
                continue
            if dateline:
                paras[0] = dateline + ' ' + paras[0]
            path = os.path.join(folder, newid + '.txt')
            with open(os.path.join(out, path), 'w', encoding='utf-8') as f:
                f.write(title + '\n\n' + '\n\n'.join(paras) + '\n')
            dates.append((path, iso_date(field(story, 'DATE'))))
    with open(os.path.join(out, 'dates.tsv'), 'w', encoding='utf-8') as f:
        for path, date in dates:
            f.write(path + '\t' + date + '\n')
    print('%d stories in %s' % (len(dates), out), file=sys.stderr)


if __name__ == '__main__':
    main()
